import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { claimDueJobs, completeJob, failJob, setJobProgress, type JobRow } from './jobs.repository.ts';

export { enqueueJob } from './jobs.repository.ts';

/** What a handler receives: the parsed payload and where it stands among its attempts. */
export interface RunningJob {
  id: string;
  kind: string;
  payload: unknown;
  /** 1 for the first attempt. */
  attempt: number;
  maxAttempts: number;
  /** True when a failure now will not be retried. */
  isLastAttempt: boolean;
  /** When the job would run again if this attempt fails (null on the last attempt). */
  retryAt: Date | null;
  /** 0 to 100, shown to whoever waits for the job (large exports). */
  setProgress(percent: number): Promise<void>;
}

export type JobHandler = (ctx: AppContext, job: RunningJob) => Promise<unknown>;
export type JobHandlers = Readonly<Record<string, JobHandler>>;

const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;
/** A job still 'running' after this long lost its worker (crash, kill -9) and may be claimed again. */
export const STALE_LOCK_MS = 10 * 60_000;

/** Exponential backoff: 30 s after the first failure, then 1, 2, 4 min... capped at one hour. */
export function retryDelayMs(failedAttempt: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** Math.max(0, failedAttempt - 1), MAX_DELAY_MS);
}

export interface RunReport {
  claimed: number;
  done: number;
  failed: number;
  retried: number;
}

const processWorkerId = `${process.pid}-${randomUUID().slice(0, 8)}`;

/**
 * Claims the due jobs and runs each with its handler. Tests call it directly; the server's worker calls it in a
 * loop. A handler's exception is kept in `last_error`, and the job retried with backoff until max_attempts.
 */
export async function runDueJobs(
  ctx: AppContext,
  handlers: JobHandlers,
  options: { limit?: number; workerId?: string; kinds?: string[] } = {},
): Promise<RunReport> {
  const jobs = await claimDueJobs(ctx.db, ctx.dialect, {
    workerId: options.workerId ?? processWorkerId,
    now: ctx.now(),
    limit: options.limit ?? 10,
    staleMs: STALE_LOCK_MS,
    kinds: options.kinds,
  });
  const report: RunReport = { claimed: jobs.length, done: 0, failed: 0, retried: 0 };
  for (const job of jobs) {
    const outcome = await runOne(ctx, handlers, job);
    report[outcome] += 1;
  }
  return report;
}

async function runOne(
  ctx: AppContext,
  handlers: JobHandlers,
  row: JobRow,
): Promise<'done' | 'failed' | 'retried'> {
  const isLastAttempt = row.attempts >= row.max_attempts;
  const retryAt = isLastAttempt ? null : new Date(ctx.now().getTime() + retryDelayMs(row.attempts));
  const handler = handlers[row.kind];
  try {
    if (!handler) throw new Error(`No handler registered for job kind "${row.kind}"`);
    const result = await handler(ctx, {
      id: row.id,
      kind: row.kind,
      payload: JSON.parse(row.payload) as unknown,
      attempt: row.attempts,
      maxAttempts: row.max_attempts,
      isLastAttempt,
      retryAt,
      setProgress: (percent) => setJobProgress(ctx.db, row.id, percent, ctx.now()),
    });
    await completeJob(ctx.db, row.id, result, ctx.now());
    return 'done';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await failJob(ctx.db, row.id, message, retryAt, ctx.now());
    return retryAt ? 'retried' : 'failed';
  }
}

/**
 * The background worker of one server process: polls for due jobs every `intervalMs` and runs them. Several
 * processes on one PostgreSQL database share the work safely. `stop()` waits for the batch in progress.
 */
export function startJobWorker(
  ctx: AppContext,
  handlers: JobHandlers,
  options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
): { stop: () => Promise<void> } {
  const interval = options.intervalMs ?? 1000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();
  const tick = () => {
    current = (async () => {
      try {
        // Drain what is due, in batches, before sleeping again. Between batches the requests waiting for the event
        // loop go first: on SQLite every query resolves at once, so without this pause a backlog (a thousand
        // registration e-mails) kept the server from answering anything until it was drained (issue #10).
        for (;;) {
          const report = await runDueJobs(ctx, handlers, { limit: 10 });
          if (stopped || report.claimed < 10) break;
          await new Promise((resolve) => setImmediate(resolve));
        }
      } catch (error) {
        options.onError?.(error);
      }
      if (!stopped) timer = setTimeout(tick, interval);
    })();
  };
  timer = setTimeout(tick, 0);
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
