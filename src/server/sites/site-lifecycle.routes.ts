import { z } from 'zod';
import type { App, AppContext } from '../context.ts';
import {
  deleteSite,
  listDeletedSites,
  listFitDiagnostics,
  restoreSite,
  withdrawSiteRequest,
} from './site-lifecycle.service.ts';
import {
  deleteSiteQuery,
  deletedSiteListView,
  fitDiagnosticListView,
  fitDiagnosticsQuery,
  idParams,
  requestView,
  siteView,
  withdrawBody,
} from './sites.schemas.ts';

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
const invalid = errorBody('`validation_failed`: each bad field by name; nothing was written.');
const conflict = errorBody('`conflict`: stale `version`; `currentVersion` says which version to reload.');

/**
 * The lifecycle around sites and requests: the fit diagnostics a replicator can attach, a request withdrawn by its
 * author, a site put in the trash by the carrier and restored within 30 days.
 */
export async function siteLifecycleRoutes(app: App, ctx: AppContext) {
  const tags = ['sites'];
  app.get(
    '/site-requests/fit-diagnostics',
    {
      schema: {
        tags,
        summary: 'Diagnostics d’adéquation terminés d’une organisation, à joindre à une demande',
        querystring: fitDiagnosticsQuery,
        response: { 200: fitDiagnosticListView },
      },
    },
    async (request) => listFitDiagnostics(ctx, request.actor, request.query.organisationId),
  );
  app.post(
    '/site-requests/:id/withdraw',
    {
      schema: {
        tags,
        summary:
          'Retirer sa demande tant que le porteur n’a pas répondu (version requise ; 409 si elle a changé)',
        params: idParams,
        body: withdrawBody,
        response: { 200: requestView, 400: invalid, 409: conflict },
      },
    },
    async (request) => withdrawSiteRequest(ctx, request.actor, request.params.id, request.body),
  );
  app.get(
    '/sites/trash',
    {
      schema: {
        tags,
        summary: 'Sites portés par mes organisations et supprimés depuis moins de 30 jours',
        response: { 200: deletedSiteListView },
      },
    },
    async (request) => listDeletedSites(ctx, request.actor),
  );
  app.delete(
    '/sites/:id',
    {
      schema: {
        tags,
        summary: 'Mettre un site à la corbeille (porteur ; version requise ; 409 si elle a changé)',
        params: idParams,
        querystring: deleteSiteQuery,
        response: { 204: z.null(), 400: invalid, 409: conflict },
      },
    },
    async (request, reply) => {
      await deleteSite(ctx, request.actor, request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/sites/:id/restore',
    {
      schema: {
        tags,
        summary: 'Restaurer un site supprimé depuis moins de 30 jours (porteur)',
        params: idParams,
        response: { 200: siteView },
      },
    },
    async (request) => restoreSite(ctx, request.actor, request.params.id),
  );
}
