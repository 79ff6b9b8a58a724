import type { FastifyReply } from 'fastify';
import type { CapabilityRoutes } from '../context.ts';
import type { JsonBytes } from './dashboard.cache.ts';
import { languageOf } from '../http/language.ts';
import { exportSeriesCsv, getPublicNetwork } from './dashboard.public.ts';
import { compareSites } from './dashboard.compare.ts';
import { getDashboard, getLateSites, getNetworkSites, getStalledSites } from './dashboard.service.ts';
import {
  compareQuery,
  dashboardQuery,
  exportQuery,
  lateQuery,
  modelParams,
  settingsBody,
  sitesQuery,
  settingsView,
} from './indicators.schemas.ts';
import { getSettings, updateSettings } from './settings.service.ts';

/** Sends an answer serialised beforehand (the network pages keep theirs as JSON text between writes). */
function sendJson(reply: FastifyReply, json: JsonBytes) {
  return reply.type('application/json; charset=utf-8').send(json);
}

/** The network dashboard (carrier's members), its settings, CSV export, and the public page of a network. */
export const dashboardRoutes: CapabilityRoutes = (app, ctx) => {
  const tags = ['indicators'];
  app.get(
    '/models/:modelId/network',
    {
      schema: {
        tags,
        summary: 'Tableau de bord du réseau : carte, entonnoir, indicateurs, sites à l’arrêt, retards',
        params: modelParams,
        querystring: dashboardQuery,
      },
    },
    async (request, reply) =>
      sendJson(
        reply,
        await getDashboard(ctx, request.actor, request.params.modelId, request.query.granularity),
      ),
  );
  app.get(
    '/models/:modelId/network/late',
    {
      schema: {
        tags,
        summary: 'Sites en retard de saisie, les plus en retard d’abord (par pages)',
        params: modelParams,
        querystring: lateQuery,
      },
    },
    async (request, reply) =>
      sendJson(
        reply,
        await getLateSites(
          ctx,
          request.actor,
          request.params.modelId,
          request.query.offset,
          request.query.limit,
        ),
      ),
  );
  app.get(
    '/models/:modelId/network/sites',
    {
      schema: {
        tags,
        summary: 'Sites du réseau par nom, tous ou ceux d’un département (par pages)',
        params: modelParams,
        querystring: sitesQuery,
      },
    },
    async (request, reply) =>
      sendJson(
        reply,
        await getNetworkSites(
          ctx,
          request.actor,
          request.params.modelId,
          request.query.departement,
          request.query.offset,
          request.query.limit,
        ),
      ),
  );
  app.get(
    '/models/:modelId/network/stalled',
    {
      schema: {
        tags,
        summary: 'Sites à l’arrêt dans une étape, les plus anciens d’abord (par pages)',
        params: modelParams,
        querystring: lateQuery,
      },
    },
    async (request, reply) =>
      sendJson(
        reply,
        await getStalledSites(
          ctx,
          request.actor,
          request.params.modelId,
          request.query.offset,
          request.query.limit,
        ),
      ),
  );
  app.get(
    '/models/:modelId/network/compare',
    {
      schema: {
        tags,
        summary: 'Comparer les sites sur un indicateur',
        params: modelParams,
        querystring: compareQuery,
      },
    },
    async (request) => compareSites(ctx, request.actor, request.params.modelId, request.query.indicatorId),
  );
  app.get(
    '/models/:modelId/network/export',
    {
      schema: {
        tags,
        summary: 'Exporter la série d’un indicateur (CSV, point-virgule)',
        params: modelParams,
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const file = await exportSeriesCsv(
        ctx,
        request.actor,
        request.params.modelId,
        request.query.indicatorId,
        request.query.granularity,
        languageOf(request.headers['accept-language']),
      );
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );
  app.get(
    '/models/:modelId/network/settings',
    {
      schema: {
        tags,
        summary: 'Réglages du tableau de bord',
        params: modelParams,
        response: { 200: settingsView },
      },
    },
    async (request) => getSettings(ctx, request.actor, request.params.modelId),
  );
  app.put(
    '/models/:modelId/network/settings',
    {
      schema: {
        tags,
        summary: 'Modifier les réglages (version requise)',
        params: modelParams,
        body: settingsBody,
        response: { 200: settingsView },
      },
    },
    async (request) => updateSettings(ctx, request.actor, request.params.modelId, request.body),
  );
  app.get(
    '/public/networks/:modelId',
    {
      schema: {
        tags,
        summary: 'Page publique d’un réseau : sites publics et chiffres agrégés',
        params: modelParams,
      },
    },
    async (request, reply) => sendJson(reply, await getPublicNetwork(ctx, request.params.modelId)),
  );
};
