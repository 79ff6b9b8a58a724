import { z } from 'zod';
import type { CapabilityRoutes } from '../context.ts';
import { languageOf } from '../http/language.ts';
import { getMethodContent } from '../method/method-content.loader.ts';
import { buildResultDocument, renderResultPdf } from './diagnostic-pdf.ts';
import { findOrganisationNames, findProjectTitle } from './diagnostics.repository.ts';
import {
  compareQuery,
  compareView,
  createDiagnosticBody,
  diagnosticListView,
  diagnosticView,
  idParams,
  listQuery,
  pdfQuery,
  projectParams,
  saveAnswersBody,
  sharedWithView,
  shareBody,
  unshareBody,
  updateDiagnosticBody,
  versionBody,
} from './diagnostics.schemas.ts';
import { getDiagnostic, loadReadable } from './diagnostics.service.ts';
import { createDiagnostic, updateDiagnostic } from './diagnostics.editing.ts';
import { listProjectDiagnostics, listSharedWithMe } from './diagnostics.listing.ts';
import { completeDiagnostic, reopenDiagnostic, saveAnswers } from './diagnostics.answers.ts';
import { deleteDiagnostic, restoreDiagnostic } from './diagnostics.trash.ts';
import { compareDiagnostics, shareDiagnostic, unshareDiagnostic } from './diagnostics.sharing.ts';
import { instrumentsRoutes } from './instruments.routes.ts';

// Declared error bodies must accept every error the handler may send with that status (malformed JSON is a 400
// `bad_request`, for instance): a narrower schema would turn them into 500s at serialisation.
const errorBody = (description: string) =>
  z
    .object({
      error: z.looseObject({
        code: z.string(),
        message: z.string(),
        fields: z.record(z.string(), z.string()),
        currentVersion: z.number().nullable().optional(),
      }),
    })
    .describe(description);
const conflict = errorBody(
  '`conflict`: stale `version` (someone saved in between), or a state that forbids the change. `currentVersion` says which version to reload and retry with.',
);
const invalid = errorBody(
  '`validation_failed`: each bad field by name, e.g. `answers.<questionId>` or `instrumentVersion`; nothing was written.',
);

/**
 * Diagnostics of a project. Members of the project's organisation read them (viewers) and answer them (editors,
 * owners); facilitators and organisations they are shared with read them; everyone else gets 404.
 */
export const diagnosticsRoutes: CapabilityRoutes = async (app, ctx) => {
  await instrumentsRoutes(app, ctx);
  const method = getMethodContent();
  const tags = ['diagnostics'];

  app.post(
    '/projects/:projectId/diagnostics',
    {
      schema: {
        tags,
        summary: 'Commencer un diagnostic pour un projet (éditeurs de son organisation)',
        description:
          'Creates a draft with the latest version of the instrument. For `replicator-fit`, `modelRef`/`modelProjectId` and `territory` may be given (or set later with PATCH).',
        params: projectParams,
        body: createDiagnosticBody,
        response: { 201: diagnosticView, 400: invalid },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createDiagnostic(ctx, request.actor, request.params.projectId, request.body)),
  );

  app.get(
    '/projects/:projectId/diagnostics',
    {
      schema: {
        tags,
        summary: 'Historique des diagnostics d’un projet',
        description:
          'Members see every diagnostic of the project; facilitators and other organisations see those shared with them.',
        params: projectParams,
        querystring: listQuery,
        response: { 200: diagnosticListView },
      },
    },
    async (request) => listProjectDiagnostics(ctx, request.actor, request.params.projectId, request.query),
  );

  app.get(
    '/diagnostics/shared-with-me',
    {
      schema: {
        tags,
        summary: 'Les diagnostics partagés avec moi (accompagnateurs, organisations partenaires)',
        description: 'Signed-in users only (401 otherwise). The `trash` parameter is ignored here.',
        querystring: listQuery,
        response: { 200: diagnosticListView },
      },
    },
    async (request) => listSharedWithMe(ctx, request.actor, request.query),
  );

  app.get(
    '/diagnostics/compare',
    {
      schema: {
        tags,
        summary: 'Comparer deux diagnostics terminés du même outil',
        querystring: compareQuery,
        response: { 200: compareView, 400: invalid },
      },
    },
    async (request) => compareDiagnostics(ctx, request.actor, request.query.a, request.query.b),
  );

  app.get(
    '/diagnostics/:id',
    {
      schema: {
        tags,
        summary: 'Un diagnostic : réponses, auteurs, résultat (ou aperçu pour un brouillon)',
        description:
          'The instrument itself is at GET /instruments/{instrumentId}/versions/{instrumentVersion} (cacheable).',
        params: idParams,
        response: { 200: diagnosticView },
      },
    },
    async (request) => getDiagnostic(ctx, request.actor, request.params.id),
  );

  app.patch(
    '/diagnostics/:id',
    {
      schema: {
        tags,
        summary: 'Modifier le titre, le modèle envisagé ou le territoire',
        params: idParams,
        body: updateDiagnosticBody,
        response: { 200: diagnosticView, 400: invalid, 409: conflict },
      },
    },
    async (request) => updateDiagnostic(ctx, request.actor, request.params.id, request.body),
  );

  app.patch(
    '/diagnostics/:id/answers',
    {
      schema: {
        tags,
        summary: 'Enregistrer des réponses (sauvegarde automatique, partielle)',
        description:
          'Merges the given answers into the draft. Every answer is checked against the diagnostic’s instrument version; one bad answer refuses the whole set (400, nothing saved). A stale `version` is a 409 with `currentVersion`: reload and send again.',
        params: idParams,
        body: saveAnswersBody,
        response: { 200: diagnosticView, 400: invalid, 409: conflict },
      },
    },
    async (request) => saveAnswers(ctx, request.actor, request.params.id, request.body),
  );

  app.post(
    '/diagnostics/:id/complete',
    {
      schema: {
        tags,
        summary: 'Terminer : calculer et enregistrer le résultat',
        description:
          'Every question needs an answer (« je ne sais pas » counts): the missing ones are listed as `answers.<questionId>`. The result is computed and stored with the status change, in one write.',
        params: idParams,
        body: versionBody,
        response: { 200: diagnosticView, 400: invalid, 409: conflict },
      },
    },
    async (request) => completeDiagnostic(ctx, request.actor, request.params.id, request.body.version),
  );

  app.post(
    '/diagnostics/:id/reopen',
    {
      schema: {
        tags,
        summary:
          'Rouvrir un diagnostic terminé pour changer des réponses (le résultat enregistré est retiré)',
        params: idParams,
        body: versionBody,
        response: { 200: diagnosticView, 409: conflict },
      },
    },
    async (request) => reopenDiagnostic(ctx, request.actor, request.params.id, request.body.version),
  );

  app.post(
    '/diagnostics/:id/share',
    {
      schema: {
        tags,
        summary: 'Partager en lecture avec des accompagnateurs ou des organisations',
        params: idParams,
        body: shareBody,
        response: { 200: sharedWithView, 400: invalid },
      },
    },
    async (request) => shareDiagnostic(ctx, request.actor, request.params.id, request.body),
  );

  app.post(
    '/diagnostics/:id/unshare',
    {
      schema: {
        tags,
        summary: 'Retirer un partage',
        params: idParams,
        body: unshareBody,
        response: { 200: sharedWithView },
      },
    },
    async (request) => unshareDiagnostic(ctx, request.actor, request.params.id, request.body),
  );

  app.delete(
    '/diagnostics/:id',
    {
      schema: {
        tags,
        summary: 'Mettre un diagnostic à la corbeille (30 jours)',
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteDiagnostic(ctx, request.actor, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/diagnostics/:id/restore',
    {
      schema: {
        tags,
        summary: 'Restaurer un diagnostic de la corbeille',
        params: idParams,
        response: { 200: diagnosticView },
      },
    },
    async (request) => restoreDiagnostic(ctx, request.actor, request.params.id),
  );

  app.get(
    '/diagnostics/:id/result.pdf',
    {
      schema: {
        tags,
        summary: 'Le résultat en PDF (Typst)',
        description: 'application/pdf. For a draft, the provisional result, marked as such on every page.',
        params: idParams,
        querystring: pdfQuery,
      },
    },
    async (request, reply) => {
      const loaded = await loadReadable(ctx, request.actor, request.params.id);
      const lang = request.query.lang ?? languageOf(request.headers['accept-language']);
      const project = await findProjectTitle(ctx.db, loaded.row.project_id);
      const organisationName =
        (await findOrganisationNames(ctx.db, [loaded.row.organisation_id])).get(loaded.row.organisation_id) ??
        null;
      const pdf = renderResultPdf(
        buildResultDocument(loaded.row, loaded.instrument, method, {
          projectTitle: project?.title ?? '',
          organisationName,
          lang,
          now: ctx.now(),
        }),
      );
      const fileName = `diagnostic-${loaded.row.id.slice(0, 8)}.pdf`;
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );
};
