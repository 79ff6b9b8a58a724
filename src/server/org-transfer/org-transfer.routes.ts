import type { App, CapabilityRoutes } from '../context.ts';
import { acceptRawFiles, rawFileBodyLimit, requireFileBody, sendStoredFile } from '../http/file-transfer.ts';
import { msg } from '../errors.ts';
import { importQuery, importReport, organisationParams } from './org-transfer.schemas.ts';
import { exportForActor, importForActor } from './org-transfer.service.ts';

/** An archive of a whole organisation, files included, stays far below this on the instances we know. */
const MAX_ARCHIVE_BYTES = 512 * 1024 * 1024;

/** Export of all of one organisation's data, and its re-import as a new organisation by an administrator. */
export const orgTransferRoutes: CapabilityRoutes = async (app, ctx) => {
  const tags = ['organisation-transfer'];
  app.get(
    '/organisations/:id/export',
    {
      schema: {
        tags,
        summary: 'Exporter toutes les données de l’organisation (archive zip, fichiers compris)',
        description:
          'Propriétaires de l’organisation et administrateurs. Archive zip : manifeste (format, migration, comptes, sommes SHA-256), personnes (identifiant, e-mail, nom), tables en JSON lines, fichiers tels quels.',
        params: organisationParams,
      },
    },
    async (request, reply) => {
      const { bytes, fileName } = await exportForActor(ctx, request.actor, request.params.id, request.ip);
      return sendStoredFile(reply, { contentType: 'application/zip', name: fileName, data: bytes });
    },
  );
  await app.register(async (files) => {
    acceptRawFiles(files, ['application/zip', 'application/octet-stream'], MAX_ARCHIVE_BYTES);
    (files as App).post(
      '/admin/organisation-imports',
      {
        bodyLimit: rawFileBodyLimit(MAX_ARCHIVE_BYTES),
        schema: {
          tags,
          summary:
            'Importer l’archive d’une organisation comme nouvelle organisation (essai à blanc par défaut)',
          description:
            'Administrateurs. Le corps est l’archive zip. `dryRun=true` (par défaut) fait tout puis annule et rend le rapport ; `dryRun=false` écrit tout en une transaction.',
          querystring: importQuery,
          response: { 200: importReport, 201: importReport },
        },
      },
      async (request, reply) => {
        const body = requireFileBody(
          request.body,
          msg('Envoyez l’archive zip de l’organisation.', 'Send the organisation’s zip archive.'),
        );
        const report = await importForActor(ctx, request.actor, body, request.query);
        return reply.status(report.dryRun ? 200 : 201).send(report);
      },
    );
  });
};
