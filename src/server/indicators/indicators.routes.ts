import type { App, AppContext, CapabilityRoutes } from '../context.ts';
import { ValidationError, msg } from '../errors.ts';
import { languageOf } from '../http/language.ts';
import { dashboardRoutes } from './dashboard.routes.ts';
import { createIndicator, deleteIndicator, getDictionary, updateIndicator } from './dictionary.service.ts';
import {
  dictionaryView,
  idParams,
  importQuery,
  importReport,
  indicatorBody,
  indicatorView,
  linkBody,
  linkCreated,
  linkSubmitBody,
  linkView,
  modelParams,
  optOutBody,
  siteParams,
  siteValuesView,
  tokenParams,
  updateIndicatorBody,
  updateValueBody,
  valueInput,
  valueView,
} from './indicators.schemas.ts';
import { createLink, getLink, submitLink } from './links.service.ts';
import { setReminderOptIn } from './settings.service.ts';
import { importValues, MAX_IMPORT_ROWS } from './values.import.ts';
import { addValue, deleteValue, getSiteValues, updateValue } from './values.service.ts';

/**
 * Indicators of a replication network: the carrier's dictionary, values per site and period (form, CSV upload,
 * reporting link without an account), and (dashboard.routes.ts) the network dashboard and its public version.
 */
export const indicatorsRoutes: CapabilityRoutes = async (app, ctx) => {
  const tags = ['indicators'];
  app.get(
    '/models/:modelId/indicators',
    {
      schema: {
        tags,
        summary: 'Le dictionnaire d’indicateurs d’un modèle (tête de réseau et sites)',
        params: modelParams,
        response: { 200: dictionaryView },
      },
    },
    async (request) => getDictionary(ctx, request.actor, request.params.modelId),
  );
  app.post(
    '/models/:modelId/indicators',
    {
      schema: {
        tags,
        summary: 'Ajouter un indicateur (éditeurs de la tête de réseau)',
        params: modelParams,
        body: indicatorBody,
        response: { 201: indicatorView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createIndicator(ctx, request.actor, request.params.modelId, request.body)),
  );
  app.patch(
    '/indicators/:id',
    {
      schema: {
        tags,
        summary: 'Modifier un indicateur (version requise ; 409 si elle a changé)',
        params: idParams,
        body: updateIndicatorBody,
        response: { 200: indicatorView },
      },
    },
    async (request) => updateIndicator(ctx, request.actor, request.params.id, request.body),
  );
  app.delete(
    '/indicators/:id',
    { schema: { tags, summary: 'Retirer un indicateur du dictionnaire', params: idParams } },
    async (request, reply) => {
      await deleteIndicator(ctx, request.actor, request.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/sites/:siteId/indicator-values',
    {
      schema: {
        tags,
        summary: 'Les valeurs d’un site (son organisation et la tête de réseau)',
        params: siteParams,
        response: { 200: siteValuesView },
      },
    },
    async (request) => getSiteValues(ctx, request.actor, request.params.siteId),
  );
  app.post(
    '/sites/:siteId/indicator-values',
    {
      schema: {
        tags,
        summary: 'Saisir une valeur (référence, cible ou réel) pour une période',
        params: siteParams,
        body: valueInput,
        response: { 201: valueView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addValue(ctx, request.actor, request.params.siteId, request.body)),
  );
  app.patch(
    '/indicator-values/:id',
    {
      schema: {
        tags,
        summary: 'Corriger une valeur (version requise)',
        params: idParams,
        body: updateValueBody,
        response: { 200: valueView },
      },
    },
    async (request) => updateValue(ctx, request.actor, request.params.id, request.body),
  );
  app.delete(
    '/indicator-values/:id',
    { schema: { tags, summary: 'Supprimer une valeur', params: idParams } },
    async (request, reply) => {
      await deleteValue(ctx, request.actor, request.params.id);
      return reply.status(204).send();
    },
  );
  app.put(
    '/sites/:siteId/indicator-reminders',
    {
      schema: {
        tags,
        summary: 'Recevoir ou non les rappels de saisie (organisation du site)',
        params: siteParams,
        body: optOutBody,
        response: { 200: optOutBody },
      },
    },
    async (request) => setReminderOptIn(ctx, request.actor, request.params.siteId, request.body.enabled),
  );

  app.post(
    '/sites/:siteId/reporting-links',
    {
      schema: {
        tags,
        summary: 'Envoyer un lien de saisie sans compte (un site, une période, expirant)',
        params: siteParams,
        body: linkBody,
        response: { 201: linkCreated },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createLink(ctx, request.actor, request.params.siteId, request.body)),
  );
  app.get(
    '/reporting/:token',
    {
      schema: {
        tags,
        summary: 'Ouvrir un lien de saisie (sans compte)',
        params: tokenParams,
        response: { 200: linkView },
      },
    },
    async (request, reply) =>
      reply.header('cache-control', 'no-store').send(await getLink(ctx, request.params.token)),
  );
  app.post(
    '/reporting/:token',
    {
      schema: {
        tags,
        summary: 'Saisir les valeurs par un lien (refusé après expiration ou pour un autre site)',
        params: tokenParams,
        body: linkSubmitBody,
        response: { 200: linkView },
      },
    },
    async (request) => submitLink(ctx, request.params.token, request.body),
  );

  await app.register(async (sub) => importRoute(sub as App, ctx));
  await dashboardRoutes(app, ctx);
};

async function importRoute(sub: App, ctx: AppContext) {
  sub.addContentTypeParser(
    ['text/csv', 'text/plain', 'application/csv'],
    { parseAs: 'string', bodyLimit: 32 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );
  sub.post(
    '/models/:modelId/indicator-values/import',
    {
      bodyLimit: 32 * 1024 * 1024,
      schema: {
        tags: ['indicators'],
        summary:
          'Importer des valeurs en CSV (point-virgule, virgule décimale) : essai à blanc, puis confirmation',
        description: `Colonnes : site;indicateur;période;type;valeur;unité. dryRun=true (défaut) liste les lignes invalides sans rien écrire ; dryRun=false écrit tout ou rien. ${MAX_IMPORT_ROWS} lignes au plus.`,
        params: modelParams,
        querystring: importQuery,
        response: { 200: importReport },
      },
    },
    async (request) => {
      if (typeof request.body !== 'string')
        throw new ValidationError({
          file: msg('Envoyez le fichier CSV lui-même (text/csv).', 'Send the CSV file itself (text/csv).'),
        });
      return importValues(ctx, request.actor, request.params.modelId, request.body, {
        dryRun: request.query.dryRun,
        lang: languageOf(request.headers['accept-language']),
      });
    },
  );
}
