import type { Actor } from '../auth/actor.ts';
import { assertCanWriteIn, requireActor } from '../auth/permissions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { AppError, ValidationError, msg } from '../errors.ts';
import { fieldErrorsFromZod } from '../http/validation-errors.ts';
import type { Language } from '../http/language.ts';
import { normalizeName } from '../territories/territories.data.ts';
import { projectInput } from './library.schemas.ts';
import { headerKey, list, parseCsvRows, parseJsonRows, toInput, type ParsedRow } from './import.parse.ts';
import { resolveTerritories } from './projects.derive.ts';
import { existingOrganisationIds } from './projects.repository.ts';
import { buildProjectRows } from './projects.service.ts';
import { orderedId } from '../indicators/values.service.ts';
import { prepareWrite } from './import.write.ts';

/**
 * Import of project records (CSV or JSON) into one organisation the actor edits. The file is read as a stream and
 * handled in batches of rows: each batch is checked as the API checks a record, then written in its own
 * transaction, so memory stays flat whatever the file's size. The dry run lists every rejected row (line, field,
 * reason) and every duplicate (same title, organisation and territories, in the file or already stored) and writes
 * nothing. A real import with rejected rows writes nothing unless `acceptValidRows` is set (the confirmation after
 * a dry run): without it the file is checked in full first. `source` and `imported_at` are kept on each record.
 * Large files run as a background job (import.jobs.ts), reporting their progress.
 */
export const MAX_IMPORT_ROWS = 100_000;
/** Rows checked and written together. */
export const IMPORT_BATCH_ROWS = 1000;

export interface ImportOptions {
  organisationId: string;
  dryRun: boolean;
  acceptValidRows: boolean;
  source?: string;
  lang: Language;
}

export interface ImportReport {
  dryRun: boolean;
  total: number;
  valid: number;
  imported: number;
  rejected: { line: number; field: string; reason: string }[];
  duplicates: {
    line: number;
    title: string;
    duplicateOfLine: number | null;
    existingProjectId: string | null;
  }[];
  source: string;
  importedAt: string | null;
}

/** Called after each batch with the share of the file read (0 to 1). */
export type ImportProgress = (fraction: number) => Promise<void> | void;

export function duplicateKey(
  organisationId: string,
  title: string,
  territories: readonly { type: string; code: string }[],
): string {
  return [organisationId, normalizeName(title), ...territories.map((t) => `${t.type}:${t.code}`).sort()].join(
    '\u0000',
  );
}

const tooMany = () =>
  new ValidationError({
    body: msg(
      `${MAX_IMPORT_ROWS.toLocaleString('fr-FR').replace(/\u202f/g, '\u00a0')} lignes au plus par import.`,
      `${MAX_IMPORT_ROWS.toLocaleString('en-GB')} rows at most per import.`,
    ),
  });

/** A cheap upper bound first (line breaks); only a file with more lines than allowed is parsed to count rows. */
async function checkRowCount(data: Buffer, format: 'csv' | 'json'): Promise<void> {
  if (format === 'json') return; // counted while reading: the list is parsed whole before any write
  let lines = 0;
  for (let at = data.indexOf(10); at !== -1; at = data.indexOf(10, at + 1)) lines += 1;
  if (lines <= MAX_IMPORT_ROWS) return;
  let rows = 0;
  for await (const _ of parseCsvRows(data)) if (++rows > MAX_IMPORT_ROWS) throw tooMany();
}

function unreadable(error: unknown): never {
  if (error instanceof ValidationError) throw error;
  throw new ValidationError({
    body: msg(
      `Fichier illisible\u00a0: ${(error as Error).message}`,
      `Unreadable file: ${(error as Error).message}`,
    ),
  });
}

/** Checks (and, unless `write` is false, writes) every row of the file, batch after batch. */
async function importPass(
  ctx: AppContext,
  userId: string,
  data: Buffer,
  format: 'csv' | 'json',
  options: ImportOptions,
  write: boolean,
  onProgress?: ImportProgress,
): Promise<ImportReport> {
  const now = ctx.now().toISOString();
  const source = (options.source ?? '').trim().slice(0, 200) || `import ${now.slice(0, 10)}`;
  const report: ImportReport = {
    dryRun: options.dryRun,
    total: 0,
    valid: 0,
    imported: 0,
    rejected: [],
    duplicates: [],
    source,
    importedAt: null,
  };
  const seen = await knownProjects(ctx, options.organisationId);
  const knownOrgs = new Map<string, boolean>();
  const readStatus = statusReader();
  const reject = (line: number, field: string, reason: { fr: string; en: string }) =>
    report.rejected.push({ line, field, reason: reason[options.lang] });

  let writing: Promise<{ error: unknown } | null> | null = null;
  const written = async () => {
    const pending = writing;
    writing = null;
    const failed = await pending;
    if (failed) throw failed.error;
  };

  const handle = async (batch: ParsedRow[]) => {
    const shareIds = new Set<string>();
    for (const { row } of batch)
      for (const id of list(row.sharedWithOrganisationIds).map(String))
        if (/^[0-9a-f-]{36}$/i.test(id) && !knownOrgs.has(id)) shareIds.add(id);
    const found = await existingOrganisationIds(ctx.db, [...shareIds]);
    for (const id of shareIds) knownOrgs.set(id, found.has(id));

    const built: ReturnType<typeof buildProjectRows>[] = [];
    for (const { line, row } of batch) {
      const candidate = toInput(row, options.organisationId);
      const parsed = projectInput.safeParse(candidate);
      if (!parsed.success) {
        for (const [field, reason] of Object.entries(fieldErrorsFromZod(parsed.error.issues, candidate)))
          reject(line, field, reason);
        continue;
      }
      const input = parsed.data;
      const { territories, errors } = resolveTerritories(input.territories);
      input.sharedWithOrganisationIds.forEach((id, i) => {
        if (!knownOrgs.get(id))
          errors[`sharedWithOrganisationIds.${i}`] = msg('Organisation inconnue.', 'Unknown organisation.');
      });
      const status = readStatus(row.status);
      if (status === null)
        errors.status = msg(
          'Attendu\u00a0: «\u00a0brouillon\u00a0» ou «\u00a0publié\u00a0» (draft, published).',
          'Expected: “draft” or “published”.',
        );
      if (status === 'published' && (!input.summary || input.themes.length === 0 || territories.length === 0))
        errors.status = msg(
          'Une fiche publiée doit avoir un résumé, une thématique et un territoire.',
          'A published record needs a summary, a theme and a territory.',
        );
      if (Object.keys(errors).length > 0) {
        for (const [field, reason] of Object.entries(errors)) reject(line, field, reason);
        continue;
      }
      const key = duplicateKey(options.organisationId, input.title, territories);
      const previous = seen.get(key);
      if (previous !== undefined) {
        report.duplicates.push({
          line,
          title: input.title,
          duplicateOfLine: typeof previous === 'number' ? previous : null,
          existingProjectId: typeof previous === 'string' ? previous : null,
        });
        continue;
      }
      seen.set(key, line);
      report.valid += 1;
      if (!write) continue;
      const rowSource =
        typeof row.source === 'string' && row.source.trim() ? row.source.trim().slice(0, 200) : source;
      built.push(
        buildProjectRows(
          {
            ...input,
            id: orderedId(),
            status: status ?? 'draft',
            source: rowSource,
            importedAt: now,
            createdBy: userId,
            now,
          },
          territories,
        ),
      );
    }
    // The previous batch's write must be done (its ids and rows come first); this one's runs while the next batch
    // is read and checked: on PostgreSQL the server writes while Node parses (SQLite runs it in this thread anyway).
    const batchWrite = prepareWrite(ctx.dialect, built);
    await written();
    if (batchWrite === null) return;
    writing = batchWrite(ctx.db).then(
      () => {
        report.imported += built.length;
        return null;
      },
      // Kept as a value until awaited: a rejection awaited only a batch later would count as unhandled.
      (error: unknown) => ({ error }),
    );
  };

  let batch: ParsedRow[] = [];
  let bytes = 0;
  const rows =
    format === 'json' ? parseJsonRows(data, (b) => (bytes = b)) : parseCsvRows(data, (b) => (bytes = b));
  try {
    for (;;) {
      let next: IteratorResult<ParsedRow>;
      try {
        next = await rows.next();
      } catch (error) {
        unreadable(error);
      }
      if (next.done) break;
      report.total += 1;
      if (report.total > MAX_IMPORT_ROWS) throw tooMany();
      batch.push(next.value);
      if (batch.length < IMPORT_BATCH_ROWS) continue;
      await handle(batch);
      batch = [];
      await onProgress?.(bytes / Math.max(1, data.length));
      // Let the server answer other requests between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await handle(batch);
    await written();
  } finally {
    // Stopped early (unreadable file, too many rows): the batch being written still finishes before the answer.
    await written().catch(() => null);
  }
  await onProgress?.(1);
  if (report.total === 0)
    throw new ValidationError({
      body: msg('Le fichier ne contient aucune ligne de projet.', 'The file contains no project row.'),
    });
  if (write && report.imported > 0) {
    report.importedAt = now;
    await recordAudit(
      ctx.db,
      {
        actorUserId: userId,
        action: 'project.import',
        subjectType: 'organisation',
        subjectId: options.organisationId,
        organisationId: options.organisationId,
        details: {
          imported: report.imported,
          rejectedRows: new Set(report.rejected.map((r) => r.line)).size,
          duplicates: report.duplicates.length,
          source,
        },
      },
      ctx.now(),
    );
  }
  return report;
}

function statusOf(value: unknown): 'draft' | 'published' | null {
  if (value === undefined || value === '') return 'draft';
  const key = headerKey(String(value));
  if (['published', 'publie', 'publiee'].includes(key)) return 'published';
  if (['draft', 'brouillon'].includes(key)) return 'draft';
  return null;
}
/** A file spells its statuses a few ways: each spelling is normalised once per import. */
function statusReader() {
  const known = new Map<unknown, 'draft' | 'published' | null>();
  return (value: unknown) => {
    let status = known.get(value);
    if (status === undefined) {
      status = statusOf(value);
      if (known.size < 1000) known.set(value, status);
    }
    return status;
  };
}

/**
 * The organisation's live projects, by duplicate key: the stored project's id; the import adds its own rows as their
 * line number (one small value a row, the map spans the whole file).
 */
async function knownProjects(ctx: AppContext, organisationId: string) {
  const seen = new Map<string, string | number>();
  const existing = await ctx.db
    .selectFrom('projects as p')
    .leftJoin('project_territories as t', 't.project_id', 'p.id')
    .select(['p.id', 'p.title', 't.type', 't.code'])
    .where('p.organisation_id', '=', organisationId)
    .where('p.deleted_at', 'is', null)
    .execute();
  const byProject = new Map<string, { title: string; territories: { type: string; code: string }[] }>();
  for (const r of existing) {
    const entry = byProject.get(r.id) ?? { title: r.title, territories: [] };
    if (r.type && r.code) entry.territories.push({ type: r.type, code: r.code });
    byProject.set(r.id, entry);
  }
  for (const [id, p] of byProject) seen.set(duplicateKey(organisationId, p.title, p.territories), id);
  return seen;
}

/**
 * Checks, then (unless a dry run) writes. Without `acceptValidRows`, a file with rejected rows writes nothing: it is
 * checked in full first, and the answer is a 400 carrying the report. The caller has checked `userId`'s rights.
 */
export async function runImport(
  ctx: AppContext,
  userId: string,
  data: Buffer,
  format: 'csv' | 'json',
  options: ImportOptions,
  onProgress?: ImportProgress,
): Promise<ImportReport> {
  await checkRowCount(data, format);
  if (options.dryRun) return importPass(ctx, userId, data, format, options, false, onProgress);
  if (!options.acceptValidRows) {
    const checked = await importPass(ctx, userId, data, format, options, false, (f) => onProgress?.(f / 2));
    if (checked.rejected.length > 0) throw rejectedError(checked);
    return importPass(ctx, userId, data, format, options, true, (f) => onProgress?.(0.5 + f / 2));
  }
  return importPass(ctx, userId, data, format, options, true, onProgress);
}

export function rejectedError(report: ImportReport): AppError {
  const lines = new Set(report.rejected.map((r) => r.line)).size;
  return new AppError(
    400,
    'import_rejected',
    msg(
      `${lines} ligne(s) refusée(s)\u00a0: rien n’a été importé. Corrigez-les, ou confirmez l’import des ${report.valid} ligne(s) valides.`,
      `${lines} row(s) rejected: nothing was imported. Fix them, or confirm the import of the ${report.valid} valid row(s).`,
    ),
    Object.fromEntries(
      report.rejected.slice(0, 50).map((r) => [`rows.${r.line}.${r.field}`, msg(r.reason, r.reason)]),
    ),
    { report },
  );
}

/** An import run in the request (small files; large ones go through `startImport` in import.jobs.ts). */
export async function importProjects(
  ctx: AppContext,
  actorOrNull: Actor | null,
  body: string | Buffer,
  format: 'csv' | 'json',
  options: ImportOptions,
  onProgress?: ImportProgress,
): Promise<ImportReport> {
  const actor = requireActor(actorOrNull);
  assertCanWriteIn(actor, options.organisationId);
  const data = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return runImport(ctx, actor.userId, data, format, options, onProgress);
}
