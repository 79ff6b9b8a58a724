import { z } from 'zod';
import type { CapabilityRoutes } from '../context.ts';
import { clearSessionCookie, setSessionCookie } from '../auth/auth.plugin.ts';
import { requireActor } from '../auth/permissions.ts';
import {
  acceptedView,
  emailBody,
  emailConfirmedView,
  resetPasswordBody,
  sentToView,
  sessionParams,
  sessionView,
  tokenBody,
} from './auth.schemas.ts';
import { userView } from './accounts.schemas.ts';
import { describeUser } from './accounts.service.ts';
import {
  confirmEmail,
  consumeMagicLink,
  requestMagicLink,
  requestPasswordReset,
  resendConfirmation,
  resetPassword,
} from './auth-flows.service.ts';
import { listMySessions, revokeMySession, signOutEverywhere } from './me.service.ts';

/** E-mail confirmation, sign-in by e-mail link, forgotten password, sessions. */
export const authFlowRoutes: CapabilityRoutes = (app, ctx) => {
  const tags = ['accounts'];
  const meta = (request: { ip: string; headers: Record<string, unknown> }) => ({
    ip: request.ip,
    userAgent: request.headers['user-agent'] as string | undefined,
  });

  app.post(
    '/auth/confirm-email',
    {
      schema: {
        tags,
        summary: 'Confirmer son adresse e-mail (lien reçu)',
        body: tokenBody,
        response: { 200: emailConfirmedView },
      },
    },
    async (request) => confirmEmail(ctx, request.body.token, request.ip),
  );
  app.post(
    '/auth/resend-confirmation',
    { schema: { tags, summary: 'Renvoyer le lien de confirmation', response: { 202: sentToView } } },
    async (request, reply) =>
      reply.status(202).send(await resendConfirmation(ctx, requireActor(request.actor))),
  );
  app.post(
    '/auth/magic-link',
    {
      schema: {
        tags,
        summary: 'Recevoir un lien de connexion par e-mail',
        body: emailBody,
        response: { 202: acceptedView },
      },
    },
    async (request, reply) => {
      await requestMagicLink(ctx, request.body.email, request.ip);
      return reply.status(202).send({ accepted: true as const });
    },
  );
  app.post(
    '/auth/magic-link/consume',
    {
      schema: {
        tags,
        summary: 'Se connecter avec un lien reçu par e-mail',
        body: tokenBody,
        response: { 200: userView },
      },
    },
    async (request, reply) => {
      const session = await consumeMagicLink(ctx, request.body.token, meta(request));
      setSessionCookie(reply, ctx, session.secret, session.expiresAt);
      return (await describeUser(ctx, session.userId))!;
    },
  );
  app.post(
    '/auth/password/forgot',
    { schema: { tags, summary: 'Mot de passe oublié', body: emailBody, response: { 202: acceptedView } } },
    async (request, reply) => {
      await requestPasswordReset(ctx, request.body.email, request.ip);
      return reply.status(202).send({ accepted: true as const });
    },
  );
  app.post(
    '/auth/password/reset',
    {
      schema: {
        tags,
        summary: 'Choisir un nouveau mot de passe (lien reçu)',
        body: resetPasswordBody,
        response: { 200: userView },
      },
    },
    async (request, reply) => {
      const session = await resetPassword(ctx, request.body, meta(request));
      setSessionCookie(reply, ctx, session.secret, session.expiresAt);
      return (await describeUser(ctx, session.userId))!;
    },
  );

  app.get(
    '/auth/sessions',
    {
      schema: {
        tags,
        summary: 'Mes sessions actives',
        response: { 200: z.object({ items: z.array(sessionView) }) },
      },
    },
    async (request) => ({
      items: await listMySessions(ctx, requireActor(request.actor)),
    }),
  );
  app.delete(
    '/auth/sessions/:id',
    {
      schema: {
        tags,
        summary: 'Fermer une de mes sessions',
        params: sessionParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const wasCurrent = await revokeMySession(ctx, actor, request.params.id);
      if (wasCurrent) clearSessionCookie(reply, ctx);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/auth/sign-out-everywhere',
    { schema: { tags, summary: 'Se déconnecter partout (y compris ici)', response: { 204: z.null() } } },
    async (request, reply) => {
      await signOutEverywhere(ctx, requireActor(request.actor), request.ip);
      clearSessionCookie(reply, ctx);
      return reply.status(204).send(null);
    },
  );
};
