import type { AppContext } from '../../src/server/context.ts';
import { jobHandlers } from '../../src/server/jobs/job-handlers.ts';
import { runDueJobs } from '../../src/server/jobs/jobs.ts';

/**
 * Runs the jobs the generation queued, with the server's own handlers, until none is due: what a running instance
 * would have done long before the dataset is measured. Without SMTP_URL each e-mail is kept in the outbox, as in
 * production without a mail server. Jobs due later (the monthly reminders) stay queued. Returns how many ran.
 */
export async function runQueuedJobs(ctx: AppContext): Promise<number> {
  let ran = 0;
  for (;;) {
    const report = await runDueJobs(ctx, jobHandlers, { limit: 500, workerId: 'bench-data' });
    if (report.claimed === 0) return ran;
    ran += report.claimed;
  }
}
