import { z } from 'zod';
import type { App, CapabilityRoutes } from '../context.ts';
import { acceptRawFiles, rawFileBodyLimit, requireFileBody, sendStoredFile } from '../http/file-transfer.ts';
import {
  addDocument,
  deleteDocument,
  getDocument,
  MAX_SITE_DOCUMENT_BYTES,
} from './site-documents.service.ts';
import {
  createSiteRequest,
  decideSiteRequest,
  getSiteRequest,
  listSiteRequests,
  postRequestMessage,
} from './site-requests.service.ts';
import { siteLifecycleRoutes } from './site-lifecycle.routes.ts';
import { postSiteMessage, saveAdaptation, updateStep } from './site-work.service.ts';
import {
  adaptationBody,
  adaptationParams,
  createRequestBody,
  decisionBody,
  documentParams,
  documentQuery,
  documentView,
  idParams,
  messageBodySchema,
  messageListView,
  modelParams,
  publicSiteListView,
  requestListView,
  requestView,
  requestsQuery,
  siteListView,
  siteView,
  sitesQuery,
  stepBody,
  stepParams,
  updateSiteBody,
} from './sites.schemas.ts';
import { getSite, listPublicSitesOf, listSitesFor, updateSite } from './sites.service.ts';

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
 * Replication sites and the requests that create them. Everything but the public list is visible to the site's
 * organisation and the carrier only (404 for others, 401 without an account).
 */
export const sitesRoutes: CapabilityRoutes = async (app, ctx) => {
  const tags = ['sites'];
  await siteLifecycleRoutes(app, ctx);
  app.post(
    '/site-requests',
    {
      schema: {
        tags,
        summary: 'Demander à reproduire un kit publié (organisation, territoire, motivation, diagnostic)',
        body: createRequestBody,
        response: { 201: requestView, 400: invalid },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSiteRequest(ctx, request.actor, request.body)),
  );
  app.get(
    '/site-requests',
    {
      schema: {
        tags,
        summary: 'Demandes reçues (porteur) ou envoyées (mes organisations)',
        querystring: requestsQuery,
        response: { 200: requestListView },
      },
    },
    async (request) => listSiteRequests(ctx, request.actor, request.query),
  );
  app.get(
    '/site-requests/:id',
    {
      schema: {
        tags,
        summary: 'Une demande et sa conversation',
        params: idParams,
        response: { 200: requestView },
      },
    },
    async (request) => getSiteRequest(ctx, request.actor, request.params.id),
  );
  app.post(
    '/site-requests/:id/decision',
    {
      schema: {
        tags,
        summary: 'Accepter (crée le site), poser des questions ou décliner avec une raison',
        params: idParams,
        body: decisionBody,
        response: { 200: requestView, 400: invalid, 409: conflict },
      },
    },
    async (request) => decideSiteRequest(ctx, request.actor, request.params.id, request.body),
  );
  app.post(
    '/site-requests/:id/messages',
    {
      schema: {
        tags,
        summary: 'Écrire dans la conversation d’une demande',
        params: idParams,
        body: messageBodySchema,
        response: { 201: requestView, 400: invalid },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await postRequestMessage(ctx, request.actor, request.params.id, request.body.body)),
  );

  app.get(
    '/sites',
    {
      schema: {
        tags,
        summary: 'Sites de mes organisations (mine), portés par elles (carried) ou les deux',
        querystring: sitesQuery,
        response: { 200: siteListView },
      },
    },
    async (request) => listSitesFor(ctx, request.actor, request.query),
  );
  app.get(
    '/kits/:modelId/sites',
    {
      schema: {
        tags,
        summary: 'Sites publics d’un modèle : nom, territoire, étape (sans compte)',
        params: modelParams,
        response: { 200: publicSiteListView },
      },
    },
    async (request) => listPublicSitesOf(ctx, request.params.modelId),
  );
  app.get(
    '/sites/:id',
    {
      schema: {
        tags,
        summary:
          'Un site : étape et historique, adaptations, étapes du kit, documents, conversation, carte d’adéquation',
        params: idParams,
        response: { 200: siteView },
      },
    },
    async (request) => getSite(ctx, request.actor, request.params.id),
  );
  app.patch(
    '/sites/:id',
    {
      schema: {
        tags,
        summary:
          'Modifier un site : nom, étape, statut, visibilité publique (version requise ; 409 si elle a changé)',
        params: idParams,
        body: updateSiteBody,
        response: { 200: siteView, 400: invalid, 409: conflict },
      },
    },
    async (request) => updateSite(ctx, request.actor, request.params.id, request.body),
  );
  app.put(
    '/sites/:id/adaptations/:elementId',
    {
      schema: {
        tags,
        summary: 'Ce que le site a choisi pour un élément du kit, et pourquoi',
        params: adaptationParams,
        body: adaptationBody,
        response: { 200: siteView, 400: invalid, 409: conflict },
      },
    },
    async (request) =>
      saveAdaptation(ctx, request.actor, request.params.id, request.params.elementId, request.body),
  );
  app.patch(
    '/sites/:id/steps/:taskId',
    {
      schema: {
        tags,
        summary: 'Cocher une étape, lui donner un responsable ou une échéance',
        params: stepParams,
        body: stepBody,
        response: { 200: siteView, 400: invalid, 409: conflict },
      },
    },
    async (request) => updateStep(ctx, request.actor, request.params.id, request.params.taskId, request.body),
  );
  app.post(
    '/sites/:id/messages',
    {
      schema: {
        tags,
        summary: 'Écrire au porteur ou au site',
        params: idParams,
        body: messageBodySchema,
        response: { 201: messageListView, 400: invalid },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await postSiteMessage(ctx, request.actor, request.params.id, request.body.body)),
  );

  await app.register(async (files) => {
    acceptRawFiles(files, '*', MAX_SITE_DOCUMENT_BYTES);
    (files as App).post(
      '/sites/:id/documents',
      {
        bodyLimit: rawFileBodyLimit(MAX_SITE_DOCUMENT_BYTES),
        schema: {
          tags,
          summary:
            'Ajouter un document (PDF, DOCX, ODT, PNG, JPEG, CSV, TXT ; 10 Mo au plus) : corps = le fichier',
          params: idParams,
          querystring: documentQuery,
          response: { 201: documentView, 400: invalid },
        },
      },
      async (request, reply) => {
        const body = requireFileBody(request.body);
        return reply
          .status(201)
          .send(await addDocument(ctx, request.actor, request.params.id, body, request.query));
      },
    );
  });
  app.get(
    '/sites/:id/documents/:documentId',
    { schema: { tags, summary: 'Télécharger un document du site', params: documentParams } },
    async (request, reply) => {
      const doc = await getDocument(ctx, request.actor, request.params.id, request.params.documentId);
      return sendStoredFile(reply, { contentType: doc.content_type, name: doc.name, data: doc.data });
    },
  );
  app.delete(
    '/sites/:id/documents/:documentId',
    { schema: { tags, summary: 'Retirer un document du site', params: documentParams } },
    async (request, reply) => {
      await deleteDocument(ctx, request.actor, request.params.id, request.params.documentId);
      return reply.status(204).send();
    },
  );
};
