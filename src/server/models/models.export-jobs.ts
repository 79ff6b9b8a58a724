import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { AppError, ConflictError, NotFoundError, msg, type LocalizedMessage } from '../errors.ts';
import { enqueueJob, findJob } from '../jobs/jobs.repository.ts';
import type { JobHandler } from '../jobs/jobs.ts';
import type { ModelExportTable } from '../../db/tables/models.ts';
import { renderKit, type ExportFormat } from './models.export.ts';
import { getVersion, type KitVersion } from './models.versions.ts';

/**
 * Exports of a published version as jobs: `POST .../exports` answers at once with the export's id; a small export
 * (Markdown, JSON, or a light kit) is made in the request and is done straight away, a large one runs in the
 * background with its progress. `GET .../exports/:exportId` follows it, `.../file` downloads it; both check the
 * reader's right to the kit itself, as the kit page does. Results are kept EXPORT_TTL_MS, then deleted. Since a
 * published version never changes, an export still kept serves whoever asks for the same version, format and
 * language: no second job.
 */
export const MODEL_EXPORT_JOB = 'models.export';
export const EXPORT_TTL_MS = 24 * 60 * 60_000;
/** Above this estimate (resource bytes for a zip, content bytes for a PDF or Word file) the export is a job. */
export const INLINE_ZIP_MAX_BYTES = 2 * 1024 * 1024;
export const INLINE_DOCUMENT_MAX_BYTES = 40 * 1024;

export interface ExportStatus {
  id: string;
  modelId: string;
  number: number;
  format: ExportFormat;
  status: ModelExportTable['status'];
  /** 0 to 100. */
  progress: number;
  fileName: string | null;
  size: number | null;
  downloadUrl: string | null;
  error: { code: string; message: string } | null;
  createdAt: string;
  expiresAt: string;
}

type Lang = 'fr' | 'en';
type StatusRow = Omit<ModelExportTable, 'data'>;
const COLUMNS = [
  'id',
  'model_id',
  'number',
  'format',
  'lang',
  'job_id',
  'status',
  'file_name',
  'content_type',
  'size',
  'error',
  'created_at',
  'updated_at',
  'expires_at',
] as const;

const FAILED = msg(
  'L’export n’a pas pu être produit. Relancez-le ; si l’erreur revient, écrivez au porteur.',
  'The export could not be made. Start it again; if the error comes back, write to the carrier.',
);

/** Whether this export of this kit is light enough to make in the request. */
export function isLightExport(kit: KitVersion, format: ExportFormat): boolean {
  if (format === 'md' || format === 'json') return true;
  if (format === 'zip') return kit.resources.reduce((sum, r) => sum + r.size, 0) <= INLINE_ZIP_MAX_BYTES;
  return JSON.stringify(kit.content).length <= INLINE_DOCUMENT_MAX_BYTES;
}

async function present(ctx: AppContext, row: StatusRow, lang: Lang): Promise<ExportStatus> {
  const job = row.job_id && row.status !== 'done' ? await findJob(ctx.db, row.job_id) : undefined;
  const error = row.error ? (JSON.parse(row.error) as { code: string; message: LocalizedMessage }) : null;
  const base = `/api/v1/models/${row.model_id}/versions/${row.number}/exports/${row.id}`;
  return {
    id: row.id,
    modelId: row.model_id,
    number: Number(row.number),
    format: row.format,
    status: row.status,
    progress: row.status === 'done' || row.status === 'failed' ? 100 : Number(job?.progress ?? 0),
    fileName: row.file_name,
    size: row.size === null ? null : Number(row.size),
    downloadUrl: row.status === 'done' ? `${base}/file` : null,
    error: error ? { code: error.code, message: error.message[lang] } : null,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

const expiry = (now: Date) => new Date(now.getTime() + EXPORT_TTL_MS).toISOString();

/** Starts (or reuses) an export. `background` forces a job even for a light one (tests, benches). */
export async function startExport(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  number: number,
  format: ExportFormat,
  lang: Lang,
  options: { background?: boolean } = {},
): Promise<ExportStatus> {
  const kit = await getVersion(ctx, actor, id, number);
  const now = ctx.now();
  // Expired results go first: this is where they stop taking room, without a scheduled job of their own.
  await ctx.db.deleteFrom('model_exports').where('expires_at', '<=', now.toISOString()).execute();
  // Always looked up first, even when a job is asked for: anyone may export, and this bounds what they can queue.
  {
    const kept = await ctx.db
      .selectFrom('model_exports')
      .select(COLUMNS)
      .where('model_id', '=', id)
      .where('number', '=', number)
      .where('format', '=', format)
      .where('lang', '=', lang)
      .where('status', '!=', 'failed')
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (kept) return present(ctx, kept, lang);
  }
  const exportId = randomUUID();
  const row = {
    id: exportId,
    model_id: id,
    number,
    format,
    lang,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    expires_at: expiry(now),
  };
  if (!options.background && isLightExport(kit, format)) {
    const file = await renderKit(ctx, kit, format, lang);
    await ctx.db
      .insertInto('model_exports')
      .values({
        ...row,
        job_id: null,
        status: 'done',
        file_name: file.fileName,
        content_type: file.type,
        size: file.body.length,
        data: file.body,
        error: null,
      })
      .execute();
  } else {
    await ctx.db.transaction().execute(async (trx) => {
      const jobId = await enqueueJob(trx, MODEL_EXPORT_JOB, { exportId }, { now, maxAttempts: 2 });
      await trx
        .insertInto('model_exports')
        .values({
          ...row,
          job_id: jobId,
          status: 'pending',
          file_name: null,
          content_type: null,
          size: null,
          data: null,
          error: null,
        })
        .execute();
    });
  }
  return getExport(ctx, actor, id, number, exportId, lang);
}

/** The export's row, once the reader's right to the kit is checked; 404 when missing, of another kit or expired. */
async function readableExport(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  number: number,
  exportId: string,
) {
  await getVersion(ctx, actor, id, number);
  const row = await ctx.db
    .selectFrom('model_exports')
    .select(COLUMNS)
    .where('id', '=', exportId)
    .where('model_id', '=', id)
    .where('number', '=', number)
    .where('expires_at', '>', ctx.now().toISOString())
    .executeTakeFirst();
  if (!row)
    throw new NotFoundError(
      msg(
        'Cet export n’existe pas ou n’est plus gardé (24 heures). Relancez-le.',
        'This export does not exist or is no longer kept (24 hours). Start it again.',
      ),
    );
  return row;
}

export async function getExport(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  number: number,
  exportId: string,
  lang: Lang,
): Promise<ExportStatus> {
  return present(ctx, await readableExport(ctx, actor, id, number, exportId), lang);
}

export async function exportFile(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  number: number,
  exportId: string,
): Promise<{ body: Buffer; type: string; fileName: string }> {
  const row = await readableExport(ctx, actor, id, number, exportId);
  if (row.status !== 'done')
    throw new ConflictError(
      msg(
        'L’export n’est pas encore prêt : suivez sa progression, puis téléchargez-le.',
        'The export is not ready yet: follow its progress, then download it.',
      ),
    );
  const data = await ctx.db
    .selectFrom('model_exports')
    .select('data')
    .where('id', '=', exportId)
    .executeTakeFirstOrThrow();
  return { body: Buffer.from(data.data!), type: row.content_type!, fileName: row.file_name! };
}

/** The job: renders the version with its progress, keeps the file until it expires, or keeps why it failed. */
export const exportJob: JobHandler = async (ctx, job) => {
  const { exportId } = job.payload as { exportId: string };
  const row = await ctx.db
    .selectFrom('model_exports')
    .select(COLUMNS)
    .where('id', '=', exportId)
    .executeTakeFirst();
  // Gone (expired and purged) or already made: nothing to do.
  if (!row || row.status === 'done' || row.status === 'failed') return { skipped: true };
  const touch = () => ({ updated_at: ctx.now().toISOString() });
  await ctx.db
    .updateTable('model_exports')
    .set({ status: 'running', ...touch() })
    .where('id', '=', exportId)
    .execute();
  try {
    // The job reads the version as anyone would: a kit deleted meanwhile fails the export.
    const kit = await getVersion(ctx, null, row.model_id, Number(row.number));
    let last = -1;
    const file = await renderKit(ctx, kit, row.format, row.lang, async (percent) => {
      // Kept below 100 until the file is stored.
      const value = Math.min(99, Math.floor(percent));
      if (value === last) return;
      last = value;
      await job.setProgress(value);
    });
    await ctx.db
      .updateTable('model_exports')
      .set({
        status: 'done',
        file_name: file.fileName,
        content_type: file.type,
        size: file.body.length,
        data: file.body,
        expires_at: expiry(ctx.now()),
        ...touch(),
      })
      .where('id', '=', exportId)
      .execute();
    return { size: file.body.length };
  } catch (error) {
    const final = job.isLastAttempt || error instanceof AppError;
    await ctx.db
      .updateTable('model_exports')
      .set({
        status: final ? 'failed' : 'pending',
        error: final
          ? JSON.stringify({
              code: error instanceof AppError ? error.code : 'export_failed',
              message: error instanceof AppError ? error.text : FAILED,
            })
          : null,
        ...touch(),
      })
      .where('id', '=', exportId)
      .execute();
    if (error instanceof AppError) return { failed: error.code };
    throw error;
  }
};
