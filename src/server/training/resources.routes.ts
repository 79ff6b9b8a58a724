import type { App, CapabilityRoutes } from '../context.ts';
import { ValidationError, msg } from '../errors.ts';
import * as s from './training.schemas.ts';
import * as resources from './resources.service.ts';
import { MAX_FILE_BYTES } from './training.service.ts';

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
    files.addContentTypeParser(
      [
        'application/pdf',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/octet-stream',
      ],
      { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES + 1024 * 1024 },
      (_req, body, done) => done(null, body),
    );
    const typed = files as App;
    typed.post(
      '/training-sessions/:id/resources/file',
      {
        bodyLimit: MAX_FILE_BYTES + 1024 * 1024,
        schema: {
          tags,
          summary: 'Partager un fichier (PDF ou DOCX, 5 Mo au plus) ; le titre dans l’adresse',
          params: s.sessionParams,
          querystring: s.resourceFileQuery,
        },
      },
      async (request, reply) => {
        if (!Buffer.isBuffer(request.body))
          throw new ValidationError({
            file: msg('Envoyez le fichier lui-même (PDF ou DOCX).', 'Send the file itself (PDF or DOCX).'),
          });
        return reply
          .status(201)
          .send(
            await resources.addFile(ctx, request.actor, request.params.id, request.query.title, request.body),
          );
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
      return reply
        .header('content-type', file.type)
        .header('content-disposition', `attachment; filename="${file.name}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
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
