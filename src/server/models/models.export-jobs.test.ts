import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../jobs/job-handlers.ts';
import { runDueJobs, type RunningJob } from '../jobs/jobs.ts';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { EXPORT_TTL_MS, INLINE_ZIP_MAX_BYTES, MODEL_EXPORT_JOB, exportJob } from './models.export-jobs.ts';
import { api, completeModel, FILES, makeModel, upload } from './models.test-support.ts';
import { getVersion, publishedVersionCache } from './models.versions.ts';

/**
 * Exports as background jobs: light ones made in the request, large ones queued with their progress, followed and
 * downloaded with the same rights as the kit, reused while kept, gone after 24 hours; and the cache of published
 * versions behind the kit page.
 */
describe('kit exports as jobs', () => {
  let t: TestContext;
  let m: Awaited<ReturnType<typeof createRoleMatrix>>;
  let modelId: string;
  const base = () => `/models/${modelId}/versions/1/exports`;
  const runExports = () => runDueJobs(t.ctx, jobHandlers, { kinds: [MODEL_EXPORT_JOB] });

  beforeAll(async () => {
    t = await createTestContext();
    m = await createRoleMatrix(t);
    ({ modelId } = await makeModel(t, m.editor, m.organisationId, true));
  });
  afterAll(() => t.close());

  it('makes a light export in the request: done at once, downloadable without an account', async () => {
    const res = await api(t, null, 'POST', base(), { format: 'md' });
    expect(res.statusCode, res.body).toBe(200);
    const status = res.json();
    expect(status).toMatchObject({ status: 'done', progress: 100, format: 'md', number: 1 });
    expect(status.downloadUrl).toBe(`/api/v1${base()}/${status.id}/file`);
    const file = await t.app.inject({ method: 'GET', url: status.downloadUrl });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toMatch(/attachment; filename=".*-v1\.md"/);
    const direct = await api(t, null, 'GET', `/models/${modelId}/versions/1/export?format=md`);
    expect(file.body).toBe(direct.body);
    // The same version, format and language again: the kept file, not a second one, even when a job is asked for.
    expect((await api(t, m.viewer, 'POST', base(), { format: 'md' })).json().id).toBe(status.id);
    const again = await api(t, null, 'POST', base(), { format: 'md', background: true });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(status.id);
  });

  it('runs a large export as a job with its progress, then offers the file', async () => {
    const res = await api(t, null, 'POST', base(), { format: 'pdf', background: true });
    expect(res.statusCode, res.body).toBe(202);
    const started = res.json();
    expect(started).toMatchObject({ status: 'pending', progress: 0, downloadUrl: null, fileName: null });
    const early = await api(t, null, 'GET', `${base()}/${started.id}/file`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('pas encore prêt');

    expect(await runExports()).toMatchObject({ claimed: 1, done: 1 });
    const done = (await api(t, null, 'GET', `${base()}/${started.id}`)).json();
    expect(done).toMatchObject({ status: 'done', progress: 100, error: null });
    expect(done.fileName).toMatch(/-v1\.pdf$/);
    const file = await t.app.inject({ method: 'GET', url: done.downloadUrl });
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(done.size).toBe(file.rawPayload.length);
  });

  it('reports progress stage by stage, below 100 until the file is stored', async () => {
    const res = await api(t, m.editor, 'POST', base(), { format: 'zip', background: true });
    const { id } = res.json();
    const jobId = (await t.ctx.db
      .selectFrom('model_exports')
      .select('job_id')
      .where('id', '=', id)
      .executeTakeFirstOrThrow())!.job_id!;
    const seen: number[] = [];
    const job: RunningJob = {
      id: jobId,
      kind: MODEL_EXPORT_JOB,
      payload: { exportId: id },
      attempt: 1,
      maxAttempts: 2,
      isLastAttempt: false,
      retryAt: null,
      setProgress: async (p) => {
        seen.push(p);
        // What a reader sees meanwhile: the running export and the job's progress.
        await t.ctx.db.updateTable('jobs').set({ progress: p }).where('id', '=', jobId).execute();
        if (p === 40) {
          const mid = (await api(t, null, 'GET', `${base()}/${id}`)).json();
          expect(mid).toMatchObject({ status: 'running', progress: 40, downloadUrl: null });
        }
      },
    };
    await exportJob(t.ctx, job);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(Math.max(...seen)).toBeLessThan(100);
    const done = (await api(t, null, 'GET', `${base()}/${id}`)).json();
    const zip = unzipSync(
      new Uint8Array((await t.app.inject({ method: 'GET', url: done.downloadUrl })).rawPayload),
    );
    expect(Object.keys(zip).some((n) => n.endsWith('.pdf'))).toBe(true);
  });

  it('queues a zip by itself when its files are heavy', async () => {
    const { modelId: heavy } = await makeModel(t, m.editor, m.organisationId);
    const big = Buffer.concat([FILES.pdf, Buffer.alloc(INLINE_ZIP_MAX_BYTES + 1024, 0x20)]);
    expect((await upload(t, m.editor, heavy, big, 'type=pdf&name=statuts.pdf')).statusCode).toBe(201);
    const draft = (await api(t, m.editor, 'GET', `/models/${heavy}`)).json();
    await api(t, m.editor, 'PATCH', `/models/${heavy}`, { version: draft.version, content: completeModel() });
    expect(
      (await api(t, m.editor, 'POST', `/models/${heavy}/versions`, { changeNote: 'v1' })).statusCode,
    ).toBe(201);
    const light = await api(t, null, 'POST', `/models/${heavy}/versions/1/exports`, { format: 'json' });
    expect(light.statusCode).toBe(200);
    const res = await api(t, null, 'POST', `/models/${heavy}/versions/1/exports`, { format: 'zip' });
    expect(res.statusCode, res.body).toBe(202);
    await runExports();
    const done = (await api(t, null, 'GET', `/models/${heavy}/versions/1/exports/${res.json().id}`)).json();
    const zip = unzipSync(
      new Uint8Array((await t.app.inject({ method: 'GET', url: done.downloadUrl })).rawPayload),
    );
    expect(zip['resources/statuts.pdf']?.length).toBe(big.length);
  });

  it('checks the kit’s rights: a draft-only model, another kit’s export, a bad format', async () => {
    const { modelId: draft } = await makeModel(t, m.editor, m.organisationId);
    expect(
      (await api(t, null, 'POST', `/models/${draft}/versions/1/exports`, { format: 'md' })).statusCode,
    ).toBe(404);
    expect(
      (await api(t, m.outsider, 'POST', `/models/${draft}/versions/1/exports`, { format: 'md' })).statusCode,
    ).toBe(404);
    const mine = (await api(t, null, 'POST', base(), { format: 'json' })).json();
    const { modelId: other } = await makeModel(t, m.editor, m.organisationId, true);
    expect((await api(t, null, 'GET', `/models/${other}/versions/1/exports/${mine.id}`)).statusCode).toBe(
      404,
    );
    expect((await api(t, null, 'GET', `/models/${modelId}/versions/2/exports/${mine.id}`)).statusCode).toBe(
      404,
    );
    const bad = await api(t, null, 'POST', base(), { format: 'odt' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.format).toContain('pdf, docx, md, json ou zip');
  });

  it('fails with a reason when the kit is deleted before the job runs', async () => {
    const { modelId: gone } = await makeModel(t, m.editor, m.organisationId, true);
    const res = await api(t, null, 'POST', `/models/${gone}/versions/1/exports`, {
      format: 'docx',
      background: true,
    });
    const { id } = res.json();
    expect((await api(t, m.editor, 'DELETE', `/models/${gone}`)).statusCode).toBe(204);
    expect(await runExports()).toMatchObject({ done: 1 });
    const row = await t.ctx.db
      .selectFrom('model_exports')
      .select(['status', 'error'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('failed');
    expect(JSON.parse(row.error!).code).toBe('not_found');
  });

  it('keeps results 24 hours, then forgets them', async () => {
    const kept = (await api(t, null, 'POST', base(), { format: 'json' })).json();
    const start = t.ctx.now();
    t.setNow(new Date(start.getTime() + EXPORT_TTL_MS + 1000));
    try {
      const late = await api(t, null, 'GET', `${base()}/${kept.id}`);
      expect(late.statusCode).toBe(404);
      expect(late.json().error.message).toContain('n’est plus gardé');
      const again = (await api(t, null, 'POST', base(), { format: 'json' })).json();
      expect(again.id).not.toBe(kept.id);
      const left = await t.ctx.db
        .selectFrom('model_exports')
        .select('id')
        .where('id', '=', kept.id)
        .executeTakeFirst();
      expect(left).toBeUndefined();
    } finally {
      t.setNow(start);
    }
  });
});

describe('published versions cache', () => {
  let t: TestContext;
  let m: Awaited<ReturnType<typeof createRoleMatrix>>;
  beforeAll(async () => {
    t = await createTestContext();
    m = await createRoleMatrix(t);
  });
  afterAll(() => t.close());

  it('parses a version once, shares it frozen, and stays bounded', async () => {
    const { modelId } = await makeModel(t, m.editor, m.organisationId, true);
    publishedVersionCache.clear(t.ctx);
    const first = await getVersion(t.ctx, null, modelId, 1);
    const second = await getVersion(t.ctx, null, modelId, 1);
    expect(second.content).toBe(first.content);
    expect(Object.isFrozen(first.content.identity)).toBe(true);
    expect(publishedVersionCache.size(t.ctx)).toBe(1);
    // The kit page answers the same JSON as before the cache: the response schema's fields, nothing more.
    const page = await api(t, null, 'GET', `/kits/${modelId}/versions/1`);
    expect(page.headers['content-type']).toContain('application/json');
    expect(page.json().content).toEqual(JSON.parse(JSON.stringify(first.content)));
    await expect(getVersion(t.ctx, null, modelId, 2)).rejects.toMatchObject({ status: 404 });
    expect(publishedVersionCache.size(t.ctx)).toBe(1);
    const rows = Array.from({ length: publishedVersionCache.limit + 5 }, (_, i) => i + 2);
    const version = await t.ctx.db
      .selectFrom('model_versions')
      .selectAll()
      .where('model_id', '=', modelId)
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .insertInto('model_versions')
      .values(rows.map((number) => ({ ...version, number })))
      .execute();
    for (const n of rows) await getVersion(t.ctx, null, modelId, n);
    expect(publishedVersionCache.size(t.ctx)).toBe(publishedVersionCache.limit);
  });
});
