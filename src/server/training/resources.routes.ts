import type { App, CapabilityRoutes } from '../context.ts';
import { msg } from '../errors.ts';
import { acceptRawFiles, rawFileBodyLimit, requireFileBody, sendStoredFile } from '../http/file-transfer.ts';
import * as s from './training.schemas.ts';
import * as resources from './resources.service.ts';
import { MAX_FILE_BYTES } from './training.documents.ts';

/** Declared types accepted for PDF and Word uploads; the bytes themselves are checked by the service. */
export const DOCUMENT_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/octet-stream',
];

export const SEND_A_DOCUMENT = msg(
  'Envoyez le fichier lui-même (PDF ou DOCX).',
  'Send the file itself (PDF or DOCX).',
);

/** Resources shared with a session's cohort (links, replays, files); registered by trainingRoutes. */
export const trainingResourceRoutes: CapabilityRoutes = async (app, ctx) => {
  const tags = ['training'];
  app.get(
    '/training-sessions/:id/resources',
    {
      schema: {
        tags,
        summary: 'Ressources de la session (participants confirmés et animation)',
        params: s.sessionParams,
      },
    },
    async (request) => resources.listResources(ctx, request.actor, request.params.id),
  );
  app.post(
    '/training-sessions/:id/resources',
    {
      schema: {
        tags,
        summary: 'Partager un lien ou une rediffusion avec la cohorte',
        params: s.sessionParams,
        body: s.resourceBody,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await resources.addLink(ctx, request.actor, request.params.id, request.body)),
  );
  await app.register(async (files) => {
    acceptRawFiles(files, DOCUMENT_TYPES, MAX_FILE_BYTES);
    const typed = files as App;
    typed.post(
      '/training-sessions/:id/resources/file',
      {
        bodyLimit: rawFileBodyLimit(MAX_FILE_BYTES),
        schema: {
          tags,
          summary: 'Partager un fichier (PDF ou DOCX, 5 Mo au plus) ; le titre dans l’adresse',
          params: s.sessionParams,
          querystring: s.resourceFileQuery,
        },
      },
      async (request, reply) => {
        const body = requireFileBody(request.body, SEND_A_DOCUMENT);
        return reply
          .status(201)
          .send(await resources.addFile(ctx, request.actor, request.params.id, request.query.title, body));
      },
    );
  });
  app.get(
    '/training-sessions/:id/resources/:resourceId/file',
    { schema: { tags, summary: 'Télécharger un fichier partagé', params: s.resourceParams } },
    async (request, reply) => {
      const file = await resources.getResourceFile(
        ctx,
        request.actor,
        request.params.id,
        request.params.resourceId,
      );
      return sendStoredFile(reply, { contentType: file.type, name: file.name, data: file.bytes });
    },
  );
  app.delete(
    '/training-sessions/:id/resources/:resourceId',
    { schema: { tags, summary: 'Retirer une ressource', params: s.resourceParams } },
    async (request, reply) => {
      await resources.removeResource(ctx, request.actor, request.params.id, request.params.resourceId);
      return reply.status(204).send(null);
    },
  );
};
