import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../jobs/job-handlers.ts';
import { runDueJobs } from '../jobs/jobs.ts';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { PLAN_REMINDERS_JOB } from './plans.reminders.ts';
import type { PlanView } from './plans.schemas.ts';
import { call, createTestProject } from './plans.test-support.ts';

/** Reminders count Paris days: at 00:30 in Paris on 11 March, it is still 10 March in UTC. */
describe('plans: reminders in Paris days, opt-out and back in', () => {
  let t: TestContext;
  let m: Awaited<ReturnType<typeof createRoleMatrix>>;

  const reminderMails = () =>
    t.ctx.db.selectFrom('outbox').selectAll().where('template', '=', 'notification').execute();
  const setReminders = (cookie: string | null, payload: unknown) =>
    t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/plan-reminders',
      payload: payload as Record<string, unknown>,
      headers: cookie ? { cookie } : {},
    });

  beforeAll(async () => {
    t = await createTestContext({ now: new Date('2027-03-10T12:00:00.000Z') });
    m = await createRoleMatrix(t);
    const projectId = await createTestProject(t, m.organisationId, { title: 'Centrale villageoise' });
    const plan = (
      await call(t, m.editor, { method: 'POST', url: `/projects/${projectId}/plans`, payload: {} })
    ).json() as PlanView;
    const add = (title: string, dueDate: string, ownerId: string) =>
      call(t, m.editor, {
        method: 'POST',
        url: `/plans/${plan.id}/items`,
        payload: { kind: 'prerequisite', title, dueDate, ownerId },
      });
    await add('Veille au soir', '2027-03-10', m.viewer.id);
    await add('Dans sept jours', '2027-03-18', m.viewer.id);
    await add('Dans huit jours', '2027-03-19', m.viewer.id);
    await add('Pour l’éditeur', '2027-03-12', m.editor.id);
  });
  afterAll(() => t.close());

  it('refuses a malformed setting, naming the field, and an anonymous one', async () => {
    const bad = await setReminders(m.editor.cookie, { enabled: 'oui' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('enabled');
    expect((await setReminders(null, { enabled: false })).statusCode).toBe(401);
  });

  it('counts due and overdue from the Paris day, and resumes mails for who opts back in', async () => {
    expect((await setReminders(m.editor.cookie, { enabled: false })).json()).toEqual({ enabled: false });
    expect((await setReminders(m.editor.cookie, { enabled: true })).json()).toEqual({ enabled: true });
    t.setNow(new Date('2027-03-10T23:30:00.000Z')); // 00:30 on 11 March in Paris
    await t.ctx.db
      .updateTable('jobs')
      .set({ run_at: '2027-03-10T23:30:00.000Z' })
      .where('kind', '=', PLAN_REMINDERS_JOB)
      .execute();
    expect(await runDueJobs(t.ctx, jobHandlers, { kinds: [PLAN_REMINDERS_JOB] })).toMatchObject({ done: 1 });
    const mails = await reminderMails();
    expect(mails.map((x) => x.to_email).sort()).toEqual([m.editor.email, m.viewer.email].sort());
    const viewerMail = mails.find((x) => x.to_email === m.viewer.email)!;
    expect(viewerMail.text_body).toContain('En retard pour le 2027-03-10\u00a0: Veille au soir');
    expect(viewerMail.text_body).toContain('À faire pour le 2027-03-18\u00a0: Dans sept jours');
    expect(viewerMail.text_body).not.toContain('Dans huit jours');
    const next = await t.ctx.db
      .selectFrom('jobs')
      .select('run_at')
      .where('kind', '=', PLAN_REMINDERS_JOB)
      .where('status', '=', 'pending')
      .execute();
    expect(next.map((j) => j.run_at)).toEqual(['2027-03-12T05:00:00.000Z']); // 06:00 in Paris on 12 March
  });
});
