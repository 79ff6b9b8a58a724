import { z } from 'zod';
import { renderPlanCsv } from '../../documents/plan-csv.ts';
import { renderPlanPdf } from '../../documents/plan.typ.ts';
import { requireActor } from '../auth/permissions.ts';
import type { CapabilityRoutes } from '../context.ts';
import { languageOf } from '../http/language.ts';
import { buildPlanDocument } from './plans.export.ts';
import { getReminderSettings, setReminderSettings } from './plans.reminders.ts';
import {
  applyProposalsBody,
  commentBody,
  commentListView,
  commentView,
  createItemBody,
  createPlanBody,
  historyView,
  itemParams,
  itemView,
  planListView,
  planParams,
  planView,
  projectParams,
  proposalsQuery,
  proposalsView,
  reminderSettingsBody,
  reminderSettingsView,
  updateItemBody,
  updatePlanBody,
} from './plans.schemas.ts';
import * as comments from './plan-comments.service.ts';
import * as items from './plan-items.service.ts';
import * as proposals from './plan-proposals.service.ts';
import * as service from './plans.service.ts';

const invalid = z
  .object({
    error: z.object({
      // Also `bad_request` (malformed JSON) and `payload_too_large`: a literal here turned those into 500s.
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.string()),
    }),
  })
  .describe(
    'Each bad field by name (`dueDate`, `details.amount`, `details.dependsOn`, `ownerId`…); nothing was written.',
  );
const planConflict = z
  .object({
    error: z.object({
      code: z.literal('conflict'),
      message: z.string(),
      fields: z.record(z.string(), z.string()),
      currentVersion: z.number().nullable(),
    }),
  })
  .describe('Stale `version`: reload, then retry with `currentVersion`.');
const itemConflict = z
  .object({
    error: z.object({
      code: z.literal('conflict'),
      message: z.string(),
      fields: z.record(z.string(), z.string()),
      currentVersion: z.number().nullable(),
      current: itemView.nullable(),
    }),
  })
  .describe('Someone saved this item in between: `current` is its latest state; nothing was overwritten.');
const exportQuery = z.object({ lang: z.enum(['fr', 'en']).optional() });

/**
 * Scaling plans of a project. Members of the project's organisation read them (viewers) and write them (editors,
 * owners); everyone else gets 404.
 */
export const plansRoutes: CapabilityRoutes = async (app, ctx) => {
  const tags = ['plans'];

  app.post(
    '/projects/:projectId/plans',
    {
      schema: {
        tags,
        summary: 'Créer une feuille de route (pré-remplie depuis un diagnostic terminé)',
        params: projectParams,
        body: createPlanBody,
        response: { 201: planView, 400: invalid },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createPlan(ctx, request.actor, request.params.projectId, request.body)),
  );

  app.get(
    '/projects/:projectId/plans',
    {
      schema: {
        tags,
        summary: 'Feuilles de route d’un projet',
        params: projectParams,
        response: { 200: planListView },
      },
    },
    async (request) => service.listPlans(ctx, request.actor, request.params.projectId),
  );

  app.get(
    '/plans/:id',
    {
      schema: {
        tags,
        summary: 'Une feuille de route\u00a0: éléments, totaux du budget, matrice des risques',
        params: planParams,
        response: { 200: planView },
      },
    },
    async (request) => service.getPlan(ctx, request.actor, request.params.id),
  );

  app.patch(
    '/plans/:id',
    {
      schema: {
        tags,
        summary: 'Modifier la feuille de route (stratégie, objectifs, dates, état)',
        params: planParams,
        body: updatePlanBody,
        response: { 200: planView, 400: invalid, 409: planConflict },
      },
    },
    async (request) => service.updatePlan(ctx, request.actor, request.params.id, request.body),
  );

  app.post(
    '/plans/:id/items',
    {
      schema: {
        tags,
        summary: 'Ajouter un élément (prérequis, risque, garde-fou, jalon, ligne de budget, partenaire)',
        params: planParams,
        body: createItemBody,
        response: { 201: itemView, 400: invalid },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await items.createItem(ctx, request.actor, request.params.id, request.body)),
  );

  app.patch(
    '/plans/:id/items/:itemId',
    {
      schema: {
        tags,
        summary: 'Modifier un élément (avec sa version)',
        params: itemParams,
        body: updateItemBody,
        response: { 200: itemView, 400: invalid, 409: itemConflict },
      },
    },
    async (request) =>
      items.updateItem(ctx, request.actor, request.params.id, request.params.itemId, request.body),
  );

  app.delete(
    '/plans/:id/items/:itemId',
    { schema: { tags, summary: 'Retirer un élément', params: itemParams } },
    async (request, reply) => {
      await items.deleteItem(ctx, request.actor, request.params.id, request.params.itemId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/plans/:id/items/:itemId/comments',
    {
      schema: {
        tags,
        summary: 'Commentaires d’un élément',
        params: itemParams,
        response: { 200: commentListView },
      },
    },
    async (request) =>
      comments.listItemComments(ctx, request.actor, request.params.id, request.params.itemId),
  );

  app.post(
    '/plans/:id/items/:itemId/comments',
    {
      schema: {
        tags,
        summary: 'Commenter un élément',
        params: itemParams,
        body: commentBody,
        response: { 201: commentView, 400: invalid },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await comments.addItemComment(
            ctx,
            request.actor,
            request.params.id,
            request.params.itemId,
            request.body.body,
          ),
        ),
  );

  app.get(
    '/plans/:id/history',
    {
      schema: {
        tags,
        summary: 'Historique des changements (qui, quand, quoi)',
        params: planParams,
        response: { 200: historyView },
      },
    },
    async (request) => comments.listPlanHistory(ctx, request.actor, request.params.id),
  );

  app.get(
    '/plans/:id/proposals',
    {
      schema: {
        tags,
        summary: 'Mises à jour proposées par un diagnostic plus récent',
        description:
          'New gaps and vigilance points become proposed items; items whose cause is gone can be closed.',
        params: planParams,
        querystring: proposalsQuery,
        response: { 200: proposalsView, 400: invalid },
      },
    },
    async (request) =>
      proposals.getProposals(ctx, request.actor, request.params.id, request.query.diagnosticId),
  );

  app.post(
    '/plans/:id/proposals',
    {
      schema: {
        tags,
        summary: 'Appliquer les mises à jour choisies',
        params: planParams,
        body: applyProposalsBody,
        response: { 200: planView, 400: invalid, 409: planConflict },
      },
    },
    async (request) => proposals.applyProposals(ctx, request.actor, request.params.id, request.body),
  );

  const exported = async (id: string, actor: Parameters<typeof service.getPlan>[1], lang: 'fr' | 'en') =>
    buildPlanDocument(await service.getPlan(ctx, actor, id), lang, ctx.now());
  const fileName = (id: string, ext: string) => `feuille-de-route-${id.slice(0, 8)}.${ext}`;

  app.get(
    '/plans/:id/export.pdf',
    {
      schema: {
        tags,
        summary: 'Export PDF (couverture, résumé, sections, matrice des risques, budget)',
        params: planParams,
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const doc = await exported(
        request.params.id,
        request.actor,
        request.query.lang ?? languageOf(request.headers['accept-language']),
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${fileName(request.params.id, 'pdf')}"`)
        .header('cache-control', 'private, no-store')
        .send(renderPlanPdf(doc));
    },
  );

  app.get(
    '/plans/:id/export.docx',
    { schema: { tags, summary: 'Export Word (modifiable)', params: planParams, querystring: exportQuery } },
    async (request, reply) => {
      const doc = await exported(
        request.params.id,
        request.actor,
        request.query.lang ?? languageOf(request.headers['accept-language']),
      );
      // docx is loaded with the first Word export, not at start-up (issue #10).
      const { renderPlanDocx } = await import('../../documents/plan-docx.ts');
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', `attachment; filename="${fileName(request.params.id, 'docx')}"`)
        .header('cache-control', 'private, no-store')
        .send(await renderPlanDocx(doc));
    },
  );

  app.get(
    '/plans/:id/export.csv',
    { schema: { tags, summary: 'Export CSV des éléments', params: planParams, querystring: exportQuery } },
    async (request, reply) => {
      const doc = await exported(
        request.params.id,
        request.actor,
        request.query.lang ?? languageOf(request.headers['accept-language']),
      );
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName(request.params.id, 'csv')}"`)
        .header('cache-control', 'private, no-store')
        .send(renderPlanCsv(doc));
    },
  );

  app.get(
    '/me/plan-reminders',
    {
      schema: {
        tags,
        summary: 'Rappels par courriel des échéances\u00a0: activés ou non',
        response: { 200: reminderSettingsView },
      },
    },
    async (request) => getReminderSettings(ctx.db, requireActor(request.actor).userId),
  );

  app.put(
    '/me/plan-reminders',
    {
      schema: {
        tags,
        summary: 'Activer ou désactiver les rappels d’échéances',
        body: reminderSettingsBody,
        response: { 200: reminderSettingsView },
      },
    },
    async (request) =>
      setReminderSettings(ctx.db, requireActor(request.actor).userId, request.body.enabled, ctx.now()),
  );
};
