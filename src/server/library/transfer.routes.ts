import { z } from 'zod';
import type { App, AppContext } from '../context.ts';
import { ValidationError, msg } from '../errors.ts';
import { languageOf } from '../http/language.ts';
import { dataPackage, exportMine, mineToCsv, openData, openDataCsv } from './export.service.ts';
import { importProjects } from './import.service.ts';
import { getImport, INLINE_IMPORT_MAX_BYTES, startImport } from './import.jobs.ts';

/** 100,000 rows of a generated library weigh about 130 MB. */
const IMPORT_BODY_LIMIT = 256 * 1024 * 1024;

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? fallback : v === 'true'));

/** Import, export of my organisations' records, and the open data of the public library. */
export async function transferRoutes(app: App, ctx: AppContext): Promise<void> {
  const tags = ['library'];
  await app.register(async (sub) => {
    // The file arrives as bytes: the import streams its rows from them.
    sub.addContentTypeParser(
      ['text/csv', 'text/plain', 'application/csv'],
      { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
      (_req, body, done) => done(null, body),
    );
    sub.removeContentTypeParser('application/json');
    sub.addContentTypeParser(
      'application/json',
      { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
      (_req, body, done) => done(null, body),
    );
    (sub as App).post(
      '/library/import',
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags,
          summary:
            'Importer des fiches (CSV ; ou , UTF-8 avec ou sans BOM, ou JSON) : essai à blanc, puis import',
          description:
            'Un petit fichier est traité dans la requête (200 et le rapport). Un fichier de plus de 512 Ko, ou `background=true`, devient une tâche de fond : 202 et son identifiant, à suivre avec GET /library/imports/{id}.',
          querystring: z.object({
            organisationId: z.uuid('Choisissez l’organisation.|Choose the organisation.'),
            dryRun: bool(true),
            acceptValidRows: bool(false),
            background: bool(false),
            source: z.string().trim().max(200).optional(),
          }),
        },
      },
      async (request, reply) => {
        const type = String(request.headers['content-type'] ?? '');
        const body = request.body;
        if (!Buffer.isBuffer(body))
          throw new ValidationError({
            body: msg('Envoyez un fichier CSV ou JSON.', 'Send a CSV or JSON file.'),
          });
        const { background, ...query } = request.query;
        const options = { ...query, lang: languageOf(request.headers['accept-language']) };
        const format = type.includes('json') ? 'json' : 'csv';
        if (background || body.length > INLINE_IMPORT_MAX_BYTES)
          return reply.status(202).send(await startImport(ctx, request.actor, body, format, options));
        return importProjects(ctx, request.actor, body, format, options);
      },
    );
  });

  app.get(
    '/library/imports/:id',
    {
      schema: {
        tags,
        summary: 'Suivre un import en tâche de fond : avancement (0 à 100), puis rapport ou erreur',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request) =>
      getImport(ctx, request.actor, request.params.id, languageOf(request.headers['accept-language'])),
  );

  const exportQuery = z.object({
    organisationId: z.uuid().optional(),
    separator: z.enum(['semicolon', 'comma']).default('semicolon'),
  });
  app.get(
    '/library/export.csv',
    {
      schema: {
        tags,
        summary: 'Exporter les fiches de mes organisations (CSV, mêmes colonnes que l’import)',
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const items = await exportMine(ctx, request.actor, request.query.organisationId);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="essaim-mes-projets.csv"')
        .header('cache-control', 'private, no-store')
        .send(mineToCsv(items, request.query.separator === 'comma' ? ',' : ';'));
    },
  );
  app.get(
    '/library/export.json',
    {
      schema: { tags, summary: 'Exporter les fiches de mes organisations (JSON)', querystring: exportQuery },
    },
    async (request, reply) => {
      const items = await exportMine(ctx, request.actor, request.query.organisationId);
      return reply
        .header('content-disposition', 'attachment; filename="essaim-mes-projets.json"')
        .header('cache-control', 'private, no-store')
        .send({ projects: items });
    },
  );

  const openTags = ['open-data'];
  app.get(
    '/open-data/projects.csv',
    { schema: { tags: openTags, summary: 'Données ouvertes : fiches publiques (CSV, Licence Ouverte 2.0)' } },
    async (_request, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="essaim-projets.csv"')
        .header('access-control-allow-origin', '*')
        .send(openDataCsv(await openData(ctx))),
  );
  app.get(
    '/open-data/projects.json',
    { schema: { tags: openTags, summary: 'Données ouvertes : fiches publiques (JSON)' } },
    async (_request, reply) =>
      reply.header('access-control-allow-origin', '*').send({
        licence: 'Licence Ouverte 2.0 (etalab-2.0)',
        generatedAt: ctx.now().toISOString(),
        projects: await openData(ctx),
      }),
  );
  app.get(
    '/open-data/datapackage.json',
    { schema: { tags: openTags, summary: 'Descripteur Data Package / Table Schema des données ouvertes' } },
    async (_request, reply) =>
      reply.header('access-control-allow-origin', '*').send(dataPackage(ctx.env.PUBLIC_URL)),
  );
}
