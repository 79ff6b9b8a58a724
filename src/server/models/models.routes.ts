import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { kitDocument } from '../../core/models/kit-format.ts';
import type { App, CapabilityRoutes } from '../context.ts';
import { languageOf } from '../http/language.ts';
import { exportVersion } from './models.export.ts';
import { kitPageJson } from './models.kit-page.ts';
import { modelExportRoutes } from './models.export.routes.ts';
import {
  createModelBody,
  diffQuery,
  diffView,
  exportQuery,
  idParams,
  kitListView,
  kitParams,
  kitsQuery,
  listQuery,
  modelListView,
  modelView,
  projectParams,
  publishBody,
  resourceListView,
  resourceParams,
  resourceQuery,
  resourceView,
  updateModelBody,
  versionListView,
  versionParams,
  versionView,
} from './models.schemas.ts';
import {
  addResource,
  createModel,
  deleteModel,
  deleteResource,
  diffVersions,
  getModel,
  getResource,
  getVersions,
  importModel,
  listKits,
  listModels,
  listResources,
  publishVersion,
  updateModel,
} from './models.service.ts';
import { MAX_RESOURCE_BYTES } from './resource-files.ts';
import {
  acceptRawFiles,
  contentDisposition,
  rawFileBodyLimit,
  requireFileBody,
  sendStoredFile,
} from '../http/file-transfer.ts';

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
const invalid = errorBody(
  '`validation_failed`: each bad field by name (`content.<path>`, `file`…); nothing was written.',
);
const conflict = errorBody('`conflict`: stale `version`; `currentVersion` says which version to reload.');

/**
 * Sends JSON already serialised from validated parts (a published version, validated when it was cached: see
 * models.kit-page.ts): Fastify sends a string with a JSON type as it is, without the response schema's parse and
 * serialisation. The schema still documents it.
 */
function sendJson(reply: FastifyReply, json: string) {
  return reply.type('application/json; charset=utf-8').send(json);
}

/**
 * Replicable models and transfer kits. Drafts: members of the project's organisation read, editors write. Published
 * versions, their resource files and exports: anyone, without an account.
 */
export const modelsRoutes: CapabilityRoutes = async (app, ctx) => {
  const tags = ['models'];
  app.post(
    '/projects/:projectId/models',
    {
      schema: {
        tags,
        summary: 'Créer un modèle essaimable (brouillon) pour un projet',
        params: projectParams,
        body: createModelBody,
        response: { 201: modelView, 400: invalid },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createModel(ctx, request.actor, request.params.projectId, request.body)),
  );
  app.post(
    '/projects/:projectId/models/import',
    {
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Importer un kit au format essaim.kit/v1 comme nouveau brouillon',
        description:
          'Refused with the reason of each bad field. Task references to files are dropped (files travel in the zip) and listed in `droppedResourceRefs`.',
        params: projectParams,
        body: kitDocument,
        response: { 201: modelView, 400: invalid },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await importModel(ctx, request.actor, request.params.projectId, request.body)),
  );
  app.get(
    '/models',
    {
      schema: {
        tags,
        summary: 'Les modèles de mes organisations',
        querystring: listQuery,
        response: { 200: modelListView },
      },
    },
    async (request) => listModels(ctx, request.actor, request.query),
  );
  app.get(
    '/models/:id',
    {
      schema: {
        tags,
        summary: 'Le brouillon d’un modèle (membres de l’organisation)',
        params: idParams,
        response: { 200: modelView },
      },
    },
    async (request) => getModel(ctx, request.actor, request.params.id),
  );
  app.patch(
    '/models/:id',
    {
      schema: {
        tags,
        summary: 'Enregistrer le brouillon (version requise ; 409 si elle a changé)',
        params: idParams,
        body: updateModelBody,
        response: { 200: modelView, 400: invalid, 409: conflict },
      },
    },
    async (request) => updateModel(ctx, request.actor, request.params.id, request.body),
  );
  app.delete(
    '/models/:id',
    { schema: { tags, summary: 'Supprimer un modèle', params: idParams } },
    async (request, reply) => {
      await deleteModel(ctx, request.actor, request.params.id);
      return reply.status(204).send();
    },
  );
  app.post(
    '/models/:id/versions',
    {
      schema: {
        tags,
        summary: 'Publier le brouillon comme nouvelle version (immuable)',
        description: '400 lists every missing required block as `content.<path>`.',
        params: idParams,
        body: publishBody,
        response: { 201: versionView, 400: invalid, 409: conflict },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await publishVersion(ctx, request.actor, request.params.id, request.body)),
  );
  app.get(
    '/models/:id/versions',
    {
      schema: {
        tags,
        summary: 'Les versions publiées d’un modèle',
        params: idParams,
        response: { 200: versionListView },
      },
    },
    async (request) => getVersions(ctx, request.actor, request.params.id),
  );
  app.get(
    '/models/:id/versions/:n',
    {
      schema: { tags, summary: 'Une version publiée', params: versionParams, response: { 200: versionView } },
    },
    async (request, reply) =>
      sendJson(reply, await kitPageJson(ctx, request.actor, request.params.id, request.params.n)),
  );
  app.get(
    '/models/:id/diff',
    {
      schema: {
        tags,
        summary: 'Ce qui a changé entre deux versions (ou le brouillon), bloc par bloc',
        params: idParams,
        querystring: diffQuery,
        response: { 200: diffView },
      },
    },
    async (request) =>
      diffVersions(ctx, request.actor, request.params.id, request.query.from, request.query.to),
  );
  app.get(
    '/models/:id/versions/:n/export',
    {
      schema: {
        tags,
        summary: 'Exporter une version : pdf, docx, md, json (essaim.kit/v1) ou zip (avec les fichiers)',
        params: versionParams,
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const file = await exportVersion(
        ctx,
        request.actor,
        request.params.id,
        request.params.n,
        request.query.format,
        languageOf(request.headers['accept-language']),
      );
      return reply
        .header('content-type', file.type)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', contentDisposition('attachment', file.fileName))
        .send(file.body);
    },
  );

  await modelExportRoutes(app, ctx);

  app.get(
    '/kits',
    {
      schema: {
        tags,
        summary: 'Les kits d’essaimage publiés (public)',
        querystring: kitsQuery,
        response: { 200: kitListView },
      },
    },
    async (request) => listKits(ctx, request.query),
  );
  app.get(
    '/kits/:modelId/versions/:n',
    {
      schema: {
        tags,
        summary: 'Page publique d’un kit (sans compte)',
        params: kitParams,
        response: { 200: versionView },
      },
    },
    async (request, reply) =>
      sendJson(reply, await kitPageJson(ctx, request.actor, request.params.modelId, request.params.n)),
  );

  app.get(
    '/models/:id/resources',
    {
      schema: {
        tags,
        summary: 'Les fichiers du brouillon',
        params: idParams,
        response: { 200: resourceListView },
      },
    },
    async (request) => listResources(ctx, request.actor, request.params.id),
  );
  await app.register(async (files) => {
    // Raw bytes of any type: the service checks the content against the declared type.
    acceptRawFiles(files, '*', MAX_RESOURCE_BYTES);
    (files as App).post(
      '/models/:id/resources',
      {
        bodyLimit: rawFileBodyLimit(MAX_RESOURCE_BYTES),
        schema: {
          tags,
          summary:
            'Ajouter un fichier (PDF, DOCX, ODT, PNG, JPEG, CSV, TXT ; 25 Mo au plus) : corps = le fichier',
          params: idParams,
          querystring: resourceQuery,
          response: { 201: resourceView, 400: invalid },
        },
      },
      async (request, reply) => {
        const body = requireFileBody(request.body);
        return reply
          .status(201)
          .send(await addResource(ctx, request.actor, request.params.id, body, request.query));
      },
    );
  });
  app.get(
    '/models/:id/resources/:resourceId',
    { schema: { tags, summary: 'Télécharger un fichier', params: resourceParams } },
    async (request, reply) => {
      const file = await getResource(ctx, request.actor, request.params.id, request.params.resourceId);
      return sendStoredFile(reply, {
        contentType: file.content_type,
        name: file.name,
        data: file.data,
        public: file.public,
      });
    },
  );
  app.delete(
    '/models/:id/resources/:resourceId',
    {
      schema: {
        tags,
        summary: 'Retirer un fichier du brouillon (les versions publiées le gardent)',
        params: resourceParams,
      },
    },
    async (request, reply) => {
      await deleteResource(ctx, request.actor, request.params.id, request.params.resourceId);
      return reply.status(204).send();
    },
  );
};
