import type { Db } from '../../db/database.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { enqueueJob } from '../jobs/jobs.repository.ts';
import type { JobHandler } from '../jobs/jobs.ts';

/**
 * The library's trash is emptied once a day: projects and images removed more than 30 days ago are deleted for
 * good, with their territories, facets, shares, story and images, and the finished imports of that age. A trashed
 * project that another capability still points to (a diagnostic, a plan, a transfer kit, a facilitator's follow)
 * is kept: those records belong to their capabilities, and the project stays unrestorable in the trash until they
 * let it go. The job schedules its next run (next day, 03:00 UTC) itself; moving a project to the trash makes sure
 * one is pending.
 */
export const LIBRARY_TRASH_PURGE_JOB = 'library.trash-purge';
export const TRASH_DAYS = 30;
const BATCH = 500;

export function nextPurgeAfter(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 3, 0, 0));
}

export function trashLimit(now: Date): string {
  return new Date(now.getTime() - TRASH_DAYS * 86_400_000).toISOString();
}

/** Makes sure one purge job is pending (called, in its transaction, when something goes to the trash). */
export async function ensurePurgeJob(db: Db, now: Date): Promise<void> {
  const pending = await db
    .selectFrom('jobs')
    .select('id')
    .where('kind', '=', LIBRARY_TRASH_PURGE_JOB)
    .where('status', 'in', ['pending', 'running'])
    .executeTakeFirst();
  if (!pending) await enqueueJob(db, LIBRARY_TRASH_PURGE_JOB, {}, { now, runAt: nextPurgeAfter(now) });
}

export interface PurgeReport {
  projects: number;
  /** Trashed long ago but still referenced by another capability's records. */
  kept: number;
  images: number;
  imports: number;
}

export async function purgeTrash(ctx: AppContext): Promise<PurgeReport> {
  const limit = trashLimit(ctx.now());
  const report: PurgeReport = { projects: 0, kept: 0, images: 0, imports: 0 };
  const expired = ctx.db
    .selectFrom('projects as p')
    .select('p.id')
    .where('p.deleted_at', 'is not', null)
    .where('p.deleted_at', '<', limit);
  const referenced = await expired
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('diagnostics as d').select('d.id').whereRef('d.project_id', '=', 'p.id')),
        eb.exists(
          eb.selectFrom('diagnostics as d').select('d.id').whereRef('d.model_project_id', '=', 'p.id'),
        ),
        eb.exists(eb.selectFrom('plans as x').select('x.id').whereRef('x.project_id', '=', 'p.id')),
        eb.exists(eb.selectFrom('models as m').select('m.id').whereRef('m.project_id', '=', 'p.id')),
        eb.exists(
          eb
            .selectFrom('facilitator_follows as f')
            .select('f.project_id')
            .whereRef('f.project_id', '=', 'p.id'),
        ),
      ]),
    )
    .execute();
  const keep = new Set(referenced.map((r) => r.id));
  report.kept = keep.size;
  const ids = (await expired.execute()).map((r) => r.id).filter((id) => !keep.has(id));
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    await ctx.db.transaction().execute(async (trx) => {
      for (const table of [
        'project_facets',
        'project_territories',
        'project_shares',
        'project_story_phases',
        'project_stories',
        'project_images',
      ] as const)
        await trx.deleteFrom(table).where('project_id', 'in', batch).execute();
      await trx.deleteFrom('projects').where('id', 'in', batch).execute();
    });
    report.projects += batch.length;
  }
  const images = await ctx.db
    .deleteFrom('project_images')
    .where('deleted_at', 'is not', null)
    .where('deleted_at', '<', limit)
    .executeTakeFirst();
  report.images = Number(images.numDeletedRows);
  const imports = await ctx.db
    .deleteFrom('project_imports')
    .where('status', 'in', ['done', 'failed'])
    .where('updated_at', '<', limit)
    .executeTakeFirst();
  report.imports = Number(imports.numDeletedRows);
  if (report.projects + report.images > 0)
    await recordAudit(
      ctx.db,
      {
        actorUserId: null,
        action: 'project.trash.purge',
        subjectType: 'project',
        details: { ...report, ids: ids.slice(0, 1000) },
      },
      ctx.now(),
    );
  return report;
}

export const purgeTrashJob: JobHandler = async (ctx) => {
  const report = await purgeTrash(ctx);
  // The next run; this job is still 'running', so ensurePurgeJob would see it: enqueue directly.
  await enqueueJob(ctx.db, LIBRARY_TRASH_PURGE_JOB, {}, { now: ctx.now(), runAt: nextPurgeAfter(ctx.now()) });
  return report;
};
