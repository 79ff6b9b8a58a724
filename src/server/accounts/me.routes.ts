import { z } from 'zod';
import type { CapabilityRoutes } from '../context.ts';
import { clearSessionCookie } from '../auth/auth.plugin.ts';
import { requireActor } from '../auth/permissions.ts';
import { userView } from './accounts.schemas.ts';
import {
  changeEmailBody,
  changePasswordBody,
  deleteMeBody,
  emailConfirmedView,
  sentToView,
  tokenBody,
  updateMeBody,
} from './auth.schemas.ts';
import { changePassword, confirmEmailChange, requestEmailChange, updateMe } from './me.service.ts';
import { deleteMyAccount, exportMyData } from './personal-data.service.ts';

/** The signed-in person's own account: profile, password, address, personal data. */
export const meRoutes: CapabilityRoutes = (app, ctx) => {
  const tags = ['accounts'];
  app.patch(
    '/auth/me',
    { schema: { tags, summary: 'Modifier mon profil', body: updateMeBody, response: { 200: userView } } },
    async (request) => updateMe(ctx, requireActor(request.actor), request.body),
  );
  app.post(
    '/auth/me/password',
    {
      schema: {
        tags,
        summary: 'Changer mon mot de passe',
        body: changePasswordBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await changePassword(ctx, requireActor(request.actor), request.body, request.ip);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/auth/me/email',
    {
      schema: {
        tags,
        summary: 'Changer mon adresse e-mail (lien envoyé à la nouvelle)',
        body: changeEmailBody,
        response: { 202: sentToView },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await requestEmailChange(ctx, requireActor(request.actor), request.body)),
  );
  app.post(
    '/auth/me/email/confirm',
    {
      schema: {
        tags,
        summary: 'Confirmer ma nouvelle adresse (lien reçu)',
        body: tokenBody,
        response: { 200: emailConfirmedView },
      },
    },
    async (request) => confirmEmailChange(ctx, request.body.token, request.ip),
  );
  app.get(
    '/auth/me/export',
    { schema: { tags, summary: 'Télécharger toutes mes données (JSON)' } },
    async (request, reply) => {
      const data = await exportMyData(ctx, requireActor(request.actor));
      const day = data.exportedAt.slice(0, 10);
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="essaim-mes-donnees-${day}.json"`)
        .header('cache-control', 'no-store')
        .send(JSON.stringify(data, null, 2));
    },
  );
  app.delete(
    '/auth/me',
    { schema: { tags, summary: 'Supprimer mon compte', body: deleteMeBody, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteMyAccount(ctx, requireActor(request.actor), request.body ?? {}, request.ip);
      clearSessionCookie(reply, ctx);
      return reply.status(204).send(null);
    },
  );
};
