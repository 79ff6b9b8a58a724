import { z } from 'zod';
import type { App, CapabilityRoutes } from '../context.ts';
import { requireActor } from '../auth/permissions.ts';
import { NotFoundError } from '../errors.ts';
import * as s from './training.schemas.ts';
import * as service from './training.service.ts';
import * as documents from './training.documents.ts';
import * as regs from './registrations.service.ts';
import * as cohort from './cohort.service.ts';
import {
  getSessionView,
  listSessionsView,
  managedSessionsView,
  myRegistrations,
} from './training.present.ts';
import { DOCUMENT_TYPES, SEND_A_DOCUMENT, trainingResourceRoutes } from './resources.routes.ts';
import { acceptRawFiles, rawFileBodyLimit, requireFileBody, sendStoredFile } from '../http/file-transfer.ts';
import { BusyError, gateFor } from './registration-gate.ts';
import { sessionIcs } from './training.mail.ts';
import * as repo from './training.repository.ts';
import { followRoutes } from './follows.routes.ts';

/**
 * Training sessions. Public reads (published, closed, archived); registration for signed-in people; everything else
 * for facilitators (platform role facilitator or admin).
 */
export const trainingRoutes: CapabilityRoutes = async (app, ctx) => {
  const tags = ['training'];

  app.get(
    '/training-sessions',
    { schema: { tags, summary: 'Sessions de formation à venir ou passées', querystring: s.listQuery } },
    async (request) =>
      listSessionsView(ctx, request.actor, request.query.when, request.query.drafts === 'true'),
  );
  app.post(
    '/training-sessions',
    {
      schema: {
        tags,
        summary: 'Créer une session (brouillon) avec ses rencontres',
        body: s.createSessionBody,
      },
    },
    async (request, reply) => {
      const { id } = await service.createSession(ctx, request.actor, request.body);
      return reply.status(201).send(await getSessionView(ctx, request.actor, id));
    },
  );
  app.get(
    '/training-sessions/:id',
    { schema: { tags, summary: 'Une session (publique)', params: s.sessionParams } },
    async (request) => getSessionView(ctx, request.actor, request.params.id),
  );
  app.put(
    '/training-sessions/:id',
    {
      schema: {
        tags,
        summary: 'Modifier une session et ses rencontres (avec sa version)',
        params: s.sessionParams,
        body: s.updateSessionBody,
      },
    },
    async (request) => {
      await service.updateSession(ctx, request.actor, request.params.id, request.body);
      return getSessionView(ctx, request.actor, request.params.id);
    },
  );
  app.post(
    '/training-sessions/:id/status',
    { schema: { tags, summary: 'Publier, clore, archiver', params: s.sessionParams, body: s.statusBody } },
    async (request) => {
      await service.setStatus(
        ctx,
        request.actor,
        request.params.id,
        request.body.status,
        request.body.version,
      );
      return getSessionView(ctx, request.actor, request.params.id);
    },
  );

  await app.register(async (files) => {
    acceptRawFiles(files, DOCUMENT_TYPES, documents.MAX_FILE_BYTES);
    const typed = files as App;
    typed.put(
      '/training-sessions/:id/membership-form',
      {
        bodyLimit: rawFileBodyLimit(documents.MAX_FILE_BYTES),
        schema: {
          tags,
          summary: 'Déposer le bulletin d’adhésion (PDF ou DOCX, 5 Mo au plus)',
          params: s.sessionParams,
        },
      },
      async (request, reply) => {
        const body = requireFileBody(request.body, SEND_A_DOCUMENT);
        await documents.putMembershipForm(ctx, request.actor, request.params.id, body);
        return reply.status(204).send(null);
      },
    );
  });
  app.get(
    '/training-sessions/:id/membership-form',
    { schema: { tags, summary: 'Télécharger le bulletin d’adhésion', params: s.sessionParams } },
    async (request, reply) => {
      const form = await documents.getMembershipForm(ctx, request.actor, request.params.id);
      return sendStoredFile(reply, { contentType: form.type, name: form.name, data: form.bytes });
    },
  );

  app.get(
    '/training-sessions/:id/calendar.ics',
    {
      schema: {
        tags,
        summary: 'Invitation agenda (.ics, Europe/Paris, un événement par rencontre)',
        params: s.sessionParams,
      },
    },
    async (request, reply) => {
      const session = await service.readableSession(ctx, request.actor, request.params.id);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="session-${session.id.slice(0, 8)}.ics"`)
        .send(await sessionIcs(ctx, ctx.db, session, null));
    },
  );
  app.get(
    '/training-sessions/:id/feed/:token',
    {
      schema: {
        tags,
        summary: 'Flux agenda à s’abonner (lecture seule, jeton dans l’adresse)',
        params: z.object({ id: z.uuid(), token: z.string().max(120) }),
      },
    },
    async (request, reply) => {
      const token = request.params.token.replace(/\.ics$/, '');
      const session = await repo.findSession(ctx.db, request.params.id);
      if (!session || session.status === 'draft' || session.feed_token !== token) throw new NotFoundError();
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(await sessionIcs(ctx, ctx.db, session, null));
    },
  );

  app.post(
    '/training-sessions/:id/registrations',
    {
      schema: {
        tags,
        summary:
          'M’inscrire (confirmée ou en liste d’attente) ; 503 avec Retry-After si la file d’attente est pleine',
        params: s.sessionParams,
        body: s.registerBody,
      },
    },
    async (request, reply) => {
      try {
        const actor = requireActor(request.actor);
        return reply
          .status(201)
          .send(
            await gateFor(ctx).run(request.params.id, () =>
              regs.register(ctx, actor, request.params.id, request.body),
            ),
          );
      } catch (error) {
        if (error instanceof BusyError) void reply.header('retry-after', String(error.retryAfterSeconds));
        throw error;
      }
    },
  );
  app.delete(
    '/training-sessions/:id/registrations/me',
    {
      schema: {
        tags,
        summary: 'Annuler mon inscription (la place va à la liste d’attente)',
        params: s.sessionParams,
      },
    },
    async (request, reply) => {
      await regs.cancelOwn(ctx, request.actor, request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/training-sessions/:id/registrations/me/accept',
    { schema: { tags, summary: 'Accepter la place proposée', params: s.sessionParams } },
    async (request) => {
      await regs.acceptOffer(ctx, request.actor, request.params.id);
      return getSessionView(ctx, request.actor, request.params.id);
    },
  );
  app.get(
    '/training-sessions/:id/registrations',
    { schema: { tags, summary: 'Inscriptions (animation)', params: s.sessionParams } },
    async (request) => cohort.registrationsList(ctx, request.actor, request.params.id),
  );
  app.post(
    '/training-sessions/:id/registrations/:registrationId/actions',
    {
      schema: {
        tags,
        summary: 'Confirmer l’adhésion, refuser avec motif, déplacer',
        params: s.registrationParams,
        body: s.facilitatorActionBody,
      },
    },
    async (request) => {
      await regs.facilitatorAction(
        ctx,
        request.actor,
        request.params.id,
        request.params.registrationId,
        request.body.action,
        request.body.reason,
      );
      return cohort.registrationsList(ctx, request.actor, request.params.id);
    },
  );
  app.get(
    '/training-sessions/:id/participants.csv',
    { schema: { tags, summary: 'Export CSV des inscriptions', params: s.sessionParams } },
    async (request, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="participants.csv"')
        .header('cache-control', 'private, no-store')
        .send(await cohort.participantsCsv(ctx, request.actor, request.params.id)),
  );

  app.get(
    '/training-sessions/:id/attendance',
    { schema: { tags, summary: 'Grille de présence', params: s.sessionParams } },
    async (request) => cohort.attendanceGrid(ctx, request.actor, request.params.id),
  );
  app.put(
    '/training-sessions/:id/attendance',
    { schema: { tags, summary: 'Marquer les présences', params: s.sessionParams, body: s.attendanceBody } },
    async (request) => cohort.markAttendance(ctx, request.actor, request.params.id, request.body.marks),
  );
  app.post(
    '/training-sessions/:id/meetings/:meetingId/check-in',
    { schema: { tags, summary: 'Signaler ma présence pendant la rencontre', params: s.meetingParams } },
    async (request, reply) => {
      await cohort.selfCheckIn(ctx, request.actor, request.params.id, request.params.meetingId);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/training-sessions/:id/registrations/:registrationId/certificate.pdf',
    { schema: { tags, summary: 'Attestation de présence (PDF)', params: s.registrationParams } },
    async (request, reply) =>
      reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', 'attachment; filename="attestation.pdf"')
        .header('cache-control', 'private, no-store')
        .send(await cohort.certificate(ctx, request.actor, request.params.id, request.params.registrationId)),
  );
  app.get(
    '/training-sessions/:id/cohort',
    {
      schema: {
        tags,
        summary: 'La cohorte côte à côte (avec le consentement de chacun)',
        params: s.sessionParams,
      },
    },
    async (request) => cohort.cohort(ctx, request.actor, request.params.id),
  );
  app.post(
    '/training-sessions/:id/survey',
    {
      schema: {
        tags,
        summary: 'Répondre au questionnaire de satisfaction',
        params: s.sessionParams,
        body: s.surveyBody,
      },
    },
    async (request, reply) => {
      await cohort.submitSurvey(ctx, request.actor, request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/training-sessions/:id/survey',
    { schema: { tags, summary: 'Résultats du questionnaire (animation)', params: s.sessionParams } },
    async (request) => cohort.surveyResults(ctx, request.actor, request.params.id),
  );
  app.get(
    '/me/training-sessions',
    { schema: { tags, summary: 'Les sessions que j’anime (brouillons compris)' } },
    async (request) => managedSessionsView(ctx, service.assertFacilitator(request.actor)),
  );
  await trainingResourceRoutes(app, ctx);
  app.get(
    '/me/training-registrations',
    { schema: { tags, summary: 'Mes inscriptions aux formations' } },
    async (request) => myRegistrations(ctx, requireActor(request.actor)),
  );

  await followRoutes(app, ctx);
};
