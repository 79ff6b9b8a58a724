import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../jobs/job-handlers.ts';
import { runDueJobs } from '../jobs/jobs.ts';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { IMPORT_BATCH_ROWS } from './import.service.ts';
import { importJob } from './import.jobs.ts';

/**
 * Large imports: batches of rows checked and written one after the other, run as a background job with its
 * progress, and the dry run that still lists every bad row (in every batch) and writes nothing.
 */
describe('batched imports as background jobs', () => {
  let t: TestContext;
  let m: Awaited<ReturnType<typeof createRoleMatrix>>;
  beforeAll(async () => {
    t = await createTestContext();
    m = await createRoleMatrix(t);
  });
  afterAll(() => t.close());

  const ROWS = IMPORT_BATCH_ROWS * 2 + 500;
  /** Every 400th row is bad (unknown commune), spread over the three batches; line = index + 2. */
  const badLines: number[] = [];
  const lines = ['titre;résumé;thèmes;territoires;phase;statut;publication'];
  for (let i = 0; i < ROWS; i++) {
    const bad = i % 400 === 7;
    if (bad) badLines.push(i + 2);
    lines.push(`Projet ${i};Résumé ${i};Énergie;${bad ? '99999' : '35238'};Idée;En cours;publié`);
  }
  const csv = `\ufeff${lines.join('\r\n')}`;

  const count = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom('projects')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('organisation_id', '=', m.organisationId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const start = (qs: string, user = m.editor) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/library/import?organisationId=${m.organisationId}&background=true&${qs}`,
      headers: { cookie: user.cookie, 'content-type': 'text/csv' },
      payload: csv,
    });
  const status = (id: string, user = m.editor) =>
    t.app.inject({ method: 'GET', url: `/api/v1/library/imports/${id}`, headers: { cookie: user.cookie } });

  it('dry-runs in the background: every bad row of every batch listed, nothing written', async () => {
    const res = await start('dryRun=true');
    expect(res.statusCode, res.body).toBe(202);
    const { id } = res.json();
    expect((await status(id)).json()).toMatchObject({
      status: 'pending',
      progress: 0,
      dryRun: true,
      report: null,
    });
    expect(await runDueJobs(t.ctx, jobHandlers, { kinds: ['library.import'] })).toMatchObject({ done: 1 });
    const body = (await status(id)).json();
    expect(body).toMatchObject({ status: 'done', progress: 100, error: null });
    expect(body.report).toMatchObject({
      dryRun: true,
      total: ROWS,
      valid: ROWS - badLines.length,
      imported: 0,
    });
    // Each bad row is refused for its unknown commune and, being « publié », for lacking a territory.
    expect([...new Set(body.report.rejected.map((r: { line: number }) => r.line))]).toEqual(badLines);
    expect(body.report.rejected[0]).toEqual({
      line: badLines[0],
      field: 'territories.0',
      reason: expect.stringContaining('99999'),
    });
    expect(await count()).toBe(0);
  });

  it('refuses the whole file while rows are bad, unless the valid ones are confirmed', async () => {
    const refused = (await start('dryRun=false')).json();
    await runDueJobs(t.ctx, jobHandlers, { kinds: ['library.import'] });
    const failed = (await status(refused.id)).json();
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'import_rejected' } });
    expect(failed.error.message).toContain('rien n’a été importé');
    expect(new Set(failed.report.rejected.map((r: { line: number }) => r.line)).size).toBe(badLines.length);
    expect(await count()).toBe(0);

    const confirmed = (await start('dryRun=false&acceptValidRows=true')).json();
    await runDueJobs(t.ctx, jobHandlers, { kinds: ['library.import'] });
    const done = (await status(confirmed.id)).json();
    expect(done).toMatchObject({ status: 'done', report: { imported: ROWS - badLines.length } });
    expect(await count()).toBe(ROWS - badLines.length);
    // Written rows are searchable, with their facets.
    const search = await t.app.inject({
      method: 'GET',
      url: '/api/v1/library/search?q=projet&theme=energy&limit=1',
      headers: { cookie: m.viewer.cookie },
    });
    expect(search.json().total).toBe(ROWS - badLines.length);
    // The stored file is dropped once the job has run.
    const stored = await t.ctx.db
      .selectFrom('project_imports')
      .select('file')
      .where('id', '=', confirmed.id)
      .executeTakeFirstOrThrow();
    expect(stored.file).toBeNull();

    // A second run of the same file finds every row already there.
    const again = (await start('dryRun=true')).json();
    await runDueJobs(t.ctx, jobHandlers, { kinds: ['library.import'] });
    const dup = (await status(again.id)).json();
    expect(dup.report.duplicates).toHaveLength(ROWS - badLines.length);
    expect(dup.report.duplicates[0].existingProjectId).toEqual(expect.any(String));
  });

  it('reports its progress batch after batch', async () => {
    const res = (await start('dryRun=true')).json();
    const row = await t.ctx.db
      .selectFrom('project_imports')
      .select('job_id')
      .where('id', '=', res.id)
      .executeTakeFirstOrThrow();
    const seen: number[] = [];
    await importJob(t.ctx, {
      id: row.job_id,
      kind: 'library.import',
      payload: { importId: res.id },
      attempt: 1,
      maxAttempts: 1,
      isLastAttempt: true,
      retryAt: null,
      setProgress: async (p) => {
        seen.push(p);
        expect((await status(res.id)).json().status).toBe('running');
      },
    });
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen[seen.length - 1]).toBe(99);
    expect((await status(res.id)).json()).toMatchObject({ status: 'done', progress: 100 });
  });

  it('shows an import only to the organisation’s editors', async () => {
    const { id } = (await start('dryRun=true')).json();
    expect((await status(id, m.owner)).statusCode).toBe(200);
    expect((await status(id, m.admin)).statusCode).toBe(200);
    for (const user of [m.viewer, m.outsider, m.facilitator])
      expect((await status(id, user)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/library/imports/${id}` })).statusCode).toBe(
      401,
    );
    for (const user of [m.viewer, m.outsider])
      expect((await start('dryRun=true', user)).statusCode).toBe(403);
  });
});
