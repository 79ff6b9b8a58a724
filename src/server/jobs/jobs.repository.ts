import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Dialect } from '../../db/database.ts';
import type { JobTable } from '../../db/tables/foundation.ts';

export interface JobRow {
  id: string;
  kind: string;
  payload: string;
  status: JobTable['status'];
  attempts: number;
  max_attempts: number;
  run_at: string;
  locked_at: string | null;
  locked_by: string | null;
  last_error: string | null;
  result: string | null;
  progress: number;
  created_at: string;
  updated_at: string;
}

export interface EnqueueOptions {
  /** When the job becomes due (default: now). */
  runAt?: Date;
  /** The clock of the caller (ctx.now()); defaults to the real time. */
  now?: Date;
  maxAttempts?: number;
}

/** Adds a job; call it with the transaction of the change that needs it, so both are written or neither. */
export async function enqueueJob(
  db: Db,
  kind: string,
  payload: unknown,
  options: EnqueueOptions = {},
): Promise<string> {
  const now = options.now ?? new Date();
  const id = randomUUID();
  await db
    .insertInto('jobs')
    .values({
      id,
      kind,
      payload: JSON.stringify(payload ?? null),
      status: 'pending',
      max_attempts: options.maxAttempts ?? 5,
      run_at: (options.runAt ?? now).toISOString(),
      locked_at: null,
      locked_by: null,
      last_error: null,
      result: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .execute();
  return id;
}

export function findJob(db: Db, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst() as Promise<
    JobRow | undefined
  >;
}

/**
 * Claims up to `limit` due jobs for `workerId`. A job is due when pending and its run_at has come, or when it is
 * still 'running' under a lock older than `staleMs` (its worker died). PostgreSQL: one transaction selecting
 * `FOR UPDATE SKIP LOCKED`, so concurrent instances never take the same row. SQLite (one writer at a time): a
 * conditional update per candidate, which only one caller can win.
 */
export async function claimDueJobs(
  db: Db,
  dialect: Dialect,
  options: { workerId: string; now: Date; limit: number; staleMs: number; kinds?: string[] },
): Promise<JobRow[]> {
  const now = options.now.toISOString();
  const staleBefore = new Date(options.now.getTime() - options.staleMs).toISOString();
  const candidatesQuery = (from: Db) => {
    let q = from
      .selectFrom('jobs')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', now)]),
          eb.and([eb('status', '=', 'running'), eb('locked_at', '<', staleBefore)]),
        ]),
      )
      .orderBy('run_at')
      .limit(options.limit);
    if (options.kinds?.length) q = q.where('kind', 'in', options.kinds);
    return q;
  };
  const claimSet = {
    status: 'running' as const,
    locked_at: now,
    locked_by: options.workerId,
    updated_at: now,
    attempts: sql<number>`attempts + 1`,
  };

  if (dialect === 'postgres') {
    return db.transaction().execute(async (trx) => {
      const rows = await candidatesQuery(trx).forUpdate().skipLocked().execute();
      if (rows.length === 0) return [];
      return (await trx
        .updateTable('jobs')
        .set(claimSet)
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .returningAll()
        .execute()) as JobRow[];
    });
  }

  const candidates = await candidatesQuery(db).execute();
  const claimed: JobRow[] = [];
  for (const { id } of candidates) {
    const row = await db
      .updateTable('jobs')
      .set(claimSet)
      .where('id', '=', id)
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', now)]),
          eb.and([eb('status', '=', 'running'), eb('locked_at', '<', staleBefore)]),
        ]),
      )
      .returningAll()
      .executeTakeFirst();
    if (row) claimed.push(row as JobRow);
  }
  return claimed;
}

export async function completeJob(db: Db, id: string, result: unknown, now: Date): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      status: 'done',
      result: result === undefined ? null : JSON.stringify(result),
      progress: 100,
      locked_at: null,
      locked_by: null,
      last_error: null,
      updated_at: now.toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

/** Puts the job back for a later attempt, or marks it failed for good; the error is kept either way. */
export async function failJob(
  db: Db,
  id: string,
  error: string,
  retryAt: Date | null,
  now: Date,
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      status: retryAt ? 'pending' : 'failed',
      run_at: retryAt ? retryAt.toISOString() : now.toISOString(),
      last_error: error.slice(0, 2000),
      locked_at: null,
      locked_by: null,
      updated_at: now.toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

export async function setJobProgress(db: Db, id: string, progress: number, now: Date): Promise<void> {
  const value = Math.max(0, Math.min(100, Math.round(progress)));
  await db
    .updateTable('jobs')
    .set({ progress: value, updated_at: now.toISOString() })
    .where('id', '=', id)
    .execute();
}
