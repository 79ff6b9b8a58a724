import { z } from 'zod';
import type { CapabilityRoutes } from '../context.ts';
import { clearSessionCookie, setSessionCookie } from '../auth/auth.plugin.ts';
import { requireActor } from '../auth/permissions.ts';
import { UnauthorizedError } from '../errors.ts';
import { signInBody, signUpBody, userView } from './accounts.schemas.ts';
import { describeUser, signIn, signOut, signUp } from './accounts.service.ts';
import { authFlowRoutes } from './auth.routes.ts';
import { meRoutes } from './me.routes.ts';
import { adminRoutes } from './admin.routes.ts';
import { oidcRoutes } from './oidc.routes.ts';

export const accountsRoutes: CapabilityRoutes = async (app, ctx) => {
  await authFlowRoutes(app, ctx);
  await meRoutes(app, ctx);
  await adminRoutes(app, ctx);
  await oidcRoutes(app, ctx);

  app.post(
    '/auth/sign-up',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Créer un compte',
        body: signUpBody,
        response: { 201: userView },
      },
    },
    async (request, reply) => {
      const { userId } = await signUp(ctx, request.body);
      const session = await signIn(ctx, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      setSessionCookie(reply, ctx, session.secret, session.expiresAt);
      return reply.status(201).send((await describeUser(ctx, userId))!);
    },
  );

  app.post(
    '/auth/sign-in',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Se connecter par mot de passe',
        body: signInBody,
        response: { 200: userView },
      },
    },
    async (request, reply) => {
      const session = await signIn(ctx, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      setSessionCookie(reply, ctx, session.secret, session.expiresAt);
      return (await describeUser(ctx, session.userId))!;
    },
  );

  app.post(
    '/auth/sign-out',
    { schema: { tags: ['accounts'], summary: 'Se déconnecter', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.actor) await signOut(ctx, request.actor);
      clearSessionCookie(reply, ctx);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags: ['accounts'], summary: 'Le compte connecté', response: { 200: userView } } },
    async (request) => {
      const actor = requireActor(request.actor);
      const user = await describeUser(ctx, actor.userId);
      if (!user) throw new UnauthorizedError();
      return user;
    },
  );
};
