import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { enqueueJob, findJob } from './jobs.repository.ts';
import { retryDelayMs, runDueJobs, startJobWorker, type JobHandler } from './jobs.ts';
import { jobHandlers } from './job-handlers.ts';

describe('durable job queue', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  const later = (ms: number) => new Date(t.ctx.now().getTime() + ms);

  it('runs a due job once with its payload, keeps its result and marks it done', async () => {
    const seen: unknown[] = [];
    const id = await enqueueJob(t.ctx.db, 'test.echo', { hello: 'monde' }, { now: t.ctx.now() });
    const report = await runDueJobs(
      t.ctx,
      { 'test.echo': async (_ctx, job) => (seen.push(job.payload), { ok: job.attempt }) },
      { kinds: ['test.echo'] },
    );
    expect(report).toMatchObject({ claimed: 1, done: 1 });
    expect(seen).toEqual([{ hello: 'monde' }]);
    const row = await findJob(t.ctx.db, id);
    expect(row).toMatchObject({
      status: 'done',
      attempts: 1,
      progress: 100,
      result: JSON.stringify({ ok: 1 }),
      locked_by: null,
    });
    expect(
      (await runDueJobs(t.ctx, { 'test.echo': async () => seen.push('again') }, { kinds: ['test.echo'] }))
        .claimed,
    ).toBe(0);
  });

  it('waits for run_at before running a job', async () => {
    const id = await enqueueJob(t.ctx.db, 'test.later', {}, { now: t.ctx.now(), runAt: later(60_000) });
    const handlers = { 'test.later': async () => 'ran' };
    expect((await runDueJobs(t.ctx, handlers, { kinds: ['test.later'] })).claimed).toBe(0);
    t.setNow(later(60_000));
    expect((await runDueJobs(t.ctx, handlers, { kinds: ['test.later'] })).done).toBe(1);
    expect((await findJob(t.ctx.db, id))?.status).toBe('done');
  });

  it('retries a failing job with exponential backoff, keeps the last error, and gives up after max_attempts', async () => {
    const id = await enqueueJob(t.ctx.db, 'test.fail', { n: 1 }, { now: t.ctx.now(), maxAttempts: 3 });
    let calls = 0;
    const handlers: Record<string, JobHandler> = {
      'test.fail': async () => {
        calls += 1;
        throw new Error(`panne n°${calls}`);
      },
    };
    const start = t.ctx.now();
    expect((await runDueJobs(t.ctx, handlers, { kinds: ['test.fail'] })).retried).toBe(1);
    let row = await findJob(t.ctx.db, id);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, last_error: 'panne n°1' });
    expect(row?.run_at).toBe(new Date(start.getTime() + 30_000).toISOString());
    // Not due yet: nothing runs before the backoff has elapsed.
    t.setNow(later(29_000));
    expect((await runDueJobs(t.ctx, handlers, { kinds: ['test.fail'] })).claimed).toBe(0);
    t.setNow(later(1_000));
    expect((await runDueJobs(t.ctx, handlers, { kinds: ['test.fail'] })).retried).toBe(1);
    row = await findJob(t.ctx.db, id);
    expect(row).toMatchObject({ status: 'pending', attempts: 2, last_error: 'panne n°2' });
    expect(row?.run_at).toBe(later(60_000).toISOString());
    t.setNow(later(60_000));
    expect((await runDueJobs(t.ctx, handlers, { kinds: ['test.fail'] })).failed).toBe(1);
    row = await findJob(t.ctx.db, id);
    expect(row).toMatchObject({ status: 'failed', attempts: 3, last_error: 'panne n°3' });
    t.setNow(later(3_600_000));
    expect((await runDueJobs(t.ctx, handlers, { kinds: ['test.fail'] })).claimed).toBe(0);
    expect(calls).toBe(3);
  });

  it('computes the backoff as 30 s, 1 min, 2 min... capped at one hour', () => {
    expect([1, 2, 3, 4, 20].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000, 3_600_000]);
  });

  it('records progress reported by a handler', async () => {
    const id = await enqueueJob(t.ctx.db, 'test.progress', {}, { now: t.ctx.now() });
    let during: number | undefined;
    await runDueJobs(
      t.ctx,
      {
        'test.progress': async (ctx, job) => {
          await job.setProgress(42.4);
          during = (await findJob(ctx.db, job.id))?.progress;
        },
      },
      { kinds: ['test.progress'] },
    );
    expect(during).toBe(42);
    expect((await findJob(t.ctx.db, id))?.progress).toBe(100);
  });

  it('keeps a clear error for a job kind nobody handles', async () => {
    const id = await enqueueJob(t.ctx.db, 'test.unknown', {}, { now: t.ctx.now() });
    await runDueJobs(t.ctx, {}, { kinds: ['test.unknown'] });
    expect((await findJob(t.ctx.db, id))?.last_error).toBe(
      'No handler registered for job kind "test.unknown"',
    );
  });

  it('never gives the same job to two workers claiming at once', async () => {
    const ids = await Promise.all(
      Array.from({ length: 30 }, (_, i) => enqueueJob(t.ctx.db, 'test.once', { i }, { now: t.ctx.now() })),
    );
    const runs = new Map<string, number>();
    const handlers = {
      'test.once': async (_ctx: unknown, job: { id: string }) =>
        void runs.set(job.id, (runs.get(job.id) ?? 0) + 1),
    };
    const reports = await Promise.all(
      ['w1', 'w2', 'w3'].map((workerId) =>
        runDueJobs(t.ctx, handlers, { kinds: ['test.once'], workerId, limit: 30 }),
      ),
    );
    expect(reports.reduce((sum, r) => sum + r.claimed, 0)).toBe(30);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(runs.keys())).toEqual(new Set(ids));
  });

  it('claims again a job whose worker died while running it', async () => {
    const id = await enqueueJob(t.ctx.db, 'test.stale', {}, { now: t.ctx.now() });
    await t.ctx.db
      .updateTable('jobs')
      .set({ status: 'running', locked_at: t.ctx.now().toISOString(), locked_by: 'dead', attempts: 1 })
      .where('id', '=', id)
      .execute();
    const handlers = { 'test.stale': async () => 'recovered' };
    expect((await runDueJobs(t.ctx, handlers, { kinds: ['test.stale'] })).claimed).toBe(0);
    t.setNow(later(11 * 60_000));
    expect((await runDueJobs(t.ctx, handlers, { kinds: ['test.stale'] })).done).toBe(1);
    expect(await findJob(t.ctx.db, id)).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('runs jobs in the background with the server worker, which stops cleanly', async () => {
    const id = await enqueueJob(t.ctx.db, 'test.worker', {}, { now: t.ctx.now() });
    const worker = startJobWorker(t.ctx, { 'test.worker': async () => 'fait' }, { intervalMs: 10 });
    for (let i = 0; i < 100 && (await findJob(t.ctx.db, id))?.status !== 'done'; i++)
      await new Promise((r) => setTimeout(r, 20));
    await worker.stop();
    expect((await findJob(t.ctx.db, id))?.status).toBe('done');
  });

  it('lets waiting requests in between batches while it drains a backlog', async () => {
    const order: string[] = [];
    const ids: string[] = [];
    for (let i = 0; i < 40; i++)
      ids.push(await enqueueJob(t.ctx.db, 'test.backlog', { i }, { now: t.ctx.now() }));
    const handler: JobHandler = async (ctx) => {
      order.push('job');
      // What a request arriving now would be: a callback waiting for the event loop.
      if (order.length === 1) setImmediate(() => order.push('request'));
      await ctx.db.selectFrom('jobs').select('id').limit(1).execute();
    };
    const worker = startJobWorker(t.ctx, { 'test.backlog': handler }, { intervalMs: 10 });
    const allDone = async () => {
      for (const id of ids) if ((await findJob(t.ctx.db, id))?.status !== 'done') return false;
      return true;
    };
    for (let i = 0; i < 200 && !(await allDone()); i++) await new Promise((r) => setTimeout(r, 20));
    await worker.stop();
    expect(await allDone()).toBe(true);
    // The request got its turn after the first batch (ten jobs at most), not after the forty.
    expect(order.indexOf('request')).toBeGreaterThan(0);
    expect(order.indexOf('request')).toBeLessThanOrEqual(10);
  });

  it('registers the e-mail sending handler', () => {
    expect(Object.keys(jobHandlers)).toContain('mail.send');
  });
});
