import type { CapabilityRoutes } from '../context.ts';
import { contentDisposition } from '../http/file-transfer.ts';
import { languageOf } from '../http/language.ts';
import { exportFile, getExport, startExport } from './models.export-jobs.ts';
import { exportParams, exportStartBody, exportView, versionParams } from './models.schemas.ts';

/**
 * Exports of a published version as jobs (models.export-jobs.ts): start, follow, download. Anyone who may read the
 * kit may export it; the export's id alone gives nothing once the kit is out of reach.
 */
export const modelExportRoutes: CapabilityRoutes = (app, ctx) => {
  const tags = ['models'];
  app.post(
    '/models/:id/versions/:n/exports',
    {
      schema: {
        tags,
        summary:
          'Lancer un export d’une version (pdf, docx, md, json, zip) ; les gros exports tournent en tâche de fond',
        description:
          '200 when the file is ready at once (light export, or one already made for this version, format and language in the last 24 hours); 202 while a background job makes it: follow `GET .../exports/:exportId`, then download `downloadUrl`.',
        params: versionParams,
        body: exportStartBody,
        response: { 200: exportView, 202: exportView },
      },
    },
    async (request, reply) => {
      const status = await startExport(
        ctx,
        request.actor,
        request.params.id,
        request.params.n,
        request.body.format,
        languageOf(request.headers['accept-language']),
        { background: request.body.background },
      );
      return reply.status(status.status === 'done' ? 200 : 202).send(status);
    },
  );
  app.get(
    '/models/:id/versions/:n/exports/:exportId',
    {
      schema: {
        tags,
        summary: 'Où en est un export : progression, puis lien de téléchargement (ou raison de l’échec)',
        params: exportParams,
        response: { 200: exportView },
      },
    },
    async (request) =>
      getExport(
        ctx,
        request.actor,
        request.params.id,
        request.params.n,
        request.params.exportId,
        languageOf(request.headers['accept-language']),
      ),
  );
  app.get(
    '/models/:id/versions/:n/exports/:exportId/file',
    {
      schema: {
        tags,
        summary: 'Télécharger un export terminé (gardé 24 heures)',
        description: '409 while the export is not done yet.',
        params: exportParams,
      },
    },
    async (request, reply) => {
      const file = await exportFile(
        ctx,
        request.actor,
        request.params.id,
        request.params.n,
        request.params.exportId,
      );
      return reply
        .header('content-type', file.type)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', contentDisposition('attachment', file.fileName))
        .send(file.body);
    },
  );
};
