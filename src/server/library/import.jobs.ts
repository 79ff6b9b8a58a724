import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/actor.ts';
import { assertCanWriteIn, hasOrganisationRole, requireActor } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import { AppError, NotFoundError, type LocalizedMessage } from '../errors.ts';
import type { Language } from '../http/language.ts';
import { enqueueJob, findJob } from '../jobs/jobs.repository.ts';
import type { JobHandler } from '../jobs/jobs.ts';
import { runImport, type ImportOptions, type ImportReport } from './import.service.ts';

/**
 * Large imports as background jobs: the request stores the file and answers at once (202) with the import's id;
 * the job streams the file through the same checks and batched writes as an import in the request, reporting its
 * progress; `GET /library/imports/:id` shows progress, then the report (or why it failed).
 */
export const LIBRARY_IMPORT_JOB = 'library.import';
/** Files above this size run as a job; smaller ones are answered in the request. */
export const INLINE_IMPORT_MAX_BYTES = 512 * 1024;

export interface ImportStatus {
  id: string;
  organisationId: string;
  status: 'pending' | 'running' | 'done' | 'failed';
  /** 0 to 100. */
  progress: number;
  dryRun: boolean;
  report: ImportReport | null;
  error: { code: string; message: string; fields: Record<string, string> } | null;
  createdAt: string;
  updatedAt: string;
}

interface StoredError {
  code: string;
  message: LocalizedMessage;
  fields: Record<string, LocalizedMessage>;
  report?: ImportReport;
}

export async function startImport(
  ctx: AppContext,
  actorOrNull: Actor | null,
  data: Buffer,
  format: 'csv' | 'json',
  options: ImportOptions,
): Promise<ImportStatus> {
  const actor = requireActor(actorOrNull);
  assertCanWriteIn(actor, options.organisationId);
  const id = randomUUID();
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    // One attempt: a failed import is reported, not retried behind the person's back.
    const jobId = await enqueueJob(trx, LIBRARY_IMPORT_JOB, { importId: id }, { now, maxAttempts: 1 });
    await trx
      .insertInto('project_imports')
      .values({
        id,
        organisation_id: options.organisationId,
        created_by: actor.userId,
        format,
        dry_run: options.dryRun ? 1 : 0,
        accept_valid_rows: options.acceptValidRows ? 1 : 0,
        source: options.source ?? null,
        lang: options.lang,
        size: data.length,
        file: data,
        job_id: jobId,
        status: 'pending',
        report: null,
        error: null,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
  });
  return getImport(ctx, actor, id, options.lang);
}

/** Progress and outcome of an import, for the organisation's editors (404 for anyone else). */
export async function getImport(
  ctx: AppContext,
  actorOrNull: Actor | null,
  id: string,
  lang: Language,
): Promise<ImportStatus> {
  const actor = requireActor(actorOrNull);
  const row = await ctx.db
    .selectFrom('project_imports')
    .select([
      'id',
      'organisation_id',
      'status',
      'dry_run',
      'report',
      'error',
      'job_id',
      'created_at',
      'updated_at',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || !hasOrganisationRole(actor, row.organisation_id, 'editor')) throw new NotFoundError();
  const job = await findJob(ctx.db, row.job_id);
  const stored = row.error ? (JSON.parse(row.error) as StoredError) : null;
  return {
    id: row.id,
    organisationId: row.organisation_id,
    status: row.status,
    progress: row.status === 'done' || row.status === 'failed' ? 100 : Number(job?.progress ?? 0),
    dryRun: Number(row.dry_run) === 1,
    report: row.report ? (JSON.parse(row.report) as ImportReport) : stored?.report ? stored.report : null,
    error: stored
      ? {
          code: stored.code,
          message: stored.message[lang],
          fields: Object.fromEntries(Object.entries(stored.fields).map(([k, v]) => [k, v[lang]])),
        }
      : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The job: reads the stored file, imports it with progress, keeps the report or the error, drops the file. */
export const importJob: JobHandler = async (ctx, job) => {
  const { importId } = job.payload as { importId: string };
  const row = await ctx.db
    .selectFrom('project_imports')
    .selectAll()
    .where('id', '=', importId)
    .executeTakeFirst();
  if (!row || row.status !== 'pending' || !row.file) return { skipped: true };
  const finish = (values: { status: 'done' | 'failed'; report?: string; error?: string }) =>
    ctx.db
      .updateTable('project_imports')
      .set({ ...values, file: null, updated_at: ctx.now().toISOString() })
      .where('id', '=', importId)
      .execute();
  await ctx.db
    .updateTable('project_imports')
    .set({ status: 'running', updated_at: ctx.now().toISOString() })
    .where('id', '=', importId)
    .execute();
  let last = -1;
  try {
    const report = await runImport(
      ctx,
      row.created_by,
      // The driver's Buffer as is: a copy would hold the whole file twice for the length of the import.
      Buffer.isBuffer(row.file) ? row.file : Buffer.from(row.file),
      row.format,
      {
        organisationId: row.organisation_id,
        dryRun: Number(row.dry_run) === 1,
        acceptValidRows: Number(row.accept_valid_rows) === 1,
        source: row.source ?? undefined,
        lang: row.lang,
      },
      async (fraction) => {
        // Kept below 100 until the report is stored.
        const percent = Math.min(99, Math.floor(fraction * 100));
        if (percent === last) return;
        last = percent;
        await job.setProgress(percent);
      },
    );
    await finish({ status: 'done', report: JSON.stringify(report) });
    return { imported: report.imported, rejected: report.rejected.length };
  } catch (error) {
    if (!(error instanceof AppError)) {
      await finish({
        status: 'failed',
        error: JSON.stringify({
          code: 'import_failed',
          message: {
            fr: 'L’import s’est arrêté sur une erreur inattendue ; les lots déjà écrits restent importés.',
            en: 'The import stopped on an unexpected error; the batches already written stay imported.',
          },
          fields: {},
        } satisfies StoredError),
      });
      throw error;
    }
    const stored: StoredError = {
      code: error.code,
      message: error.text,
      fields: error.fields,
      ...(error.extra.report ? { report: error.extra.report as ImportReport } : {}),
    };
    await finish({ status: 'failed', error: JSON.stringify(stored) });
    return { failed: error.code };
  }
};
