import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../jobs/job-handlers.ts';
import { runDueJobs } from '../jobs/jobs.ts';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { api, makeProject } from './library.test-helpers.ts';
import { LIBRARY_TRASH_PURGE_JOB } from './trash.jobs.ts';

describe('daily purge of the library trash', () => {
  let t: TestContext;
  let m: Awaited<ReturnType<typeof createRoleMatrix>>;
  beforeAll(async () => {
    t = await createTestContext();
    m = await createRoleMatrix(t);
  });
  afterAll(() => t.close());

  const pendingPurges = () =>
    t.ctx.db
      .selectFrom('jobs')
      .select(['id', 'run_at'])
      .where('kind', '=', LIBRARY_TRASH_PURGE_JOB)
      .where('status', '=', 'pending')
      .execute();

  it('deletes for good what has been in the trash more than 30 days, and schedules the next day', async () => {
    const old = await makeProject(t, m.editor, m.organisationId, { title: 'Ancienne fiche oubliée' });
    const recent = await makeProject(t, m.editor, m.organisationId, { title: 'Fiche supprimée hier' });
    const live = await makeProject(t, m.editor, m.organisationId, { title: 'Fiche vivante oubliée' });
    expect(await pendingPurges()).toEqual([]);
    for (const id of [old, recent])
      expect((await api(t, m.editor, 'DELETE', `/projects/${id}`)).statusCode).toBe(204);
    // Moving a project to the trash made sure one purge is pending, for the next night.
    const [first] = await pendingPurges();
    expect(first?.run_at).toBe('2026-11-26T03:00:00.000Z');
    expect(await pendingPurges()).toHaveLength(1);

    // Trashed 31 days ago (moving the clock would expire the test sessions too).
    const longAgo = new Date(t.ctx.now().getTime() - 31 * 86_400_000).toISOString();
    await t.ctx.db.updateTable('projects').set({ deleted_at: longAgo }).where('id', '=', old).execute();
    await t.ctx.db
      .updateTable('jobs')
      .set({ run_at: t.ctx.now().toISOString() })
      .where('id', '=', first!.id)
      .execute();
    expect(await runDueJobs(t.ctx, jobHandlers, { kinds: [LIBRARY_TRASH_PURGE_JOB] })).toMatchObject({
      done: 1,
    });

    const left = (await t.ctx.db.selectFrom('projects').select('id').execute()).map((r) => r.id);
    expect(left).not.toContain(old);
    expect(left).toEqual(expect.arrayContaining([recent, live]));
    for (const table of ['project_facets', 'project_territories'] as const)
      expect(
        await t.ctx.db.selectFrom(table).select('project_id').where('project_id', '=', old).execute(),
      ).toEqual([]);
    // Gone from the full-text index too: the word of its title finds only the live record.
    const found = (await api(t, m.editor, 'GET', '/library/search?q=oubliee')).json();
    expect(found.items.map((i: { id: string }) => i.id)).toEqual([live]);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'project.trash.purge')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details)).toMatchObject({ projects: 1, ids: [old] });

    const [next] = await pendingPurges();
    expect(next?.run_at).toBe('2026-11-26T03:00:00.000Z');
    expect(next?.id).not.toBe(first!.id);
  });
});
