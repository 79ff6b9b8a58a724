import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../context.ts';
import type { Actor } from './actor.ts';
import { SESSION_COOKIE, loadActor } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null. Loaded for API requests only. */
    actor: Actor | null;
  }
}

/** Reads the session cookie of every API request and attaches the actor (or null). */
export async function registerAuth(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const secret = request.cookies[SESSION_COOKIE];
    request.actor = secret ? await loadActor(ctx.db, secret, ctx.now()) : null;
  });
}

export function setSessionCookie(
  reply: FastifyReply,
  ctx: AppContext,
  secret: string,
  expiresAt: Date,
): void {
  void reply.setCookie(SESSION_COOKIE, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.env.PUBLIC_URL.startsWith('https://'),
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, ctx: AppContext): void {
  void reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.env.PUBLIC_URL.startsWith('https://'),
  });
}
