import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { renderPlanDocx } from '../../documents/plan-docx.ts';
import { runDueJobs } from '../jobs/jobs.ts';
import { jobHandlers } from '../jobs/job-handlers.ts';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { buildPlanDocument } from './plans.export.ts';
import { PLAN_REMINDERS_JOB } from './plans.reminders.ts';
import { call, createCompletedDiagnostic, createTestProject } from './plans.test-support.ts';
import type { PlanView } from './plans.schemas.ts';

describe('plans: PDF, Word and CSV exports; daily reminders', () => {
  let t: TestContext;
  let m: Awaited<ReturnType<typeof createRoleMatrix>>;
  let plan: PlanView;

  beforeAll(async () => {
    t = await createTestContext({ now: new Date('2027-03-10T06:00:00.000Z') });
    m = await createRoleMatrix(t);
    const projectId = await createTestProject(t, m.organisationId, { title: 'Bricobus « atelier » & co' });
    const diagnosticId = await createCompletedDiagnostic(t, projectId, m.organisationId, m.owner.id);
    plan = (
      await call(t, m.editor, {
        method: 'POST',
        url: `/projects/${projectId}/plans`,
        payload: { diagnosticId },
      })
    ).json() as PlanView;
    const add = (payload: Record<string, unknown>) =>
      call(t, m.editor, { method: 'POST', url: `/plans/${plan.id}/items`, payload });
    await add({
      kind: 'risk',
      title: '=HYPERLINK("http://evil")',
      details: { likelihood: 3, impact: 2, mitigation: '+1; "guillemets"' },
    });
    await add({
      kind: 'budget-line',
      title: 'Camion aménagé',
      details: { category: 'investment', amount: 42_000, fundingSource: 'Région', fundingStatus: 'granted' },
    });
    await add({ kind: 'milestone', title: 'Premier site', startDate: '2027-04-01', dueDate: '2027-06-30' });
    // Reminders: due soon, overdue, later, done, and one for an owner who opted out.
    await add({ kind: 'prerequisite', title: 'Dans 3 jours', ownerId: m.viewer.id, dueDate: '2027-03-13' });
    await add({ kind: 'prerequisite', title: 'En retard', ownerId: m.viewer.id, dueDate: '2027-03-01' });
    await add({ kind: 'prerequisite', title: 'Dans un mois', ownerId: m.viewer.id, dueDate: '2027-04-10' });
    await add({
      kind: 'prerequisite',
      title: 'Déjà fait',
      ownerId: m.viewer.id,
      dueDate: '2027-03-11',
      status: 'termine',
    });
    await add({ kind: 'prerequisite', title: 'Pour l’éditeur', ownerId: m.editor.id, dueDate: '2027-03-12' });
  });
  afterAll(() => t.close());

  it('exports a PDF', async () => {
    const res = await call(t, m.viewer, { method: 'GET', url: `/plans/${plan.id}/export.pdf` });
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(res.rawPayload.length).toBeGreaterThan(5000);
  });

  it('exports a Word document (a zip holding word/document.xml with the plan’s text)', async () => {
    const res = await call(t, m.viewer, { method: 'GET', url: `/plans/${plan.id}/export.docx?lang=en` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(res.rawPayload.includes(Buffer.from('word/document.xml'))).toBe(true);
  });

  it('joins a milestone’s dependencies and a risk cell’s titles with a no-break space before « ; » in French only', async () => {
    const view = (await call(t, m.viewer, { method: 'GET', url: `/plans/${plan.id}` })).json() as PlanView;
    const first = view.items.find((i) => i.title === 'Premier site')!;
    const risk = view.items.find((i) => i.kind === 'risk')!;
    // Lists of two, in memory: the joins are the subject here, not how the items are added.
    const second = { ...first, id: 'm-2', title: 'Deuxième site', details: { dependsOn: [] } };
    const third = { ...first, id: 'm-3', title: 'Troisième site', details: { dependsOn: [first.id, 'm-2'] } };
    const otherRisk = { ...risk, id: 'r-2', title: 'Bénévoles épuisés' };
    const withLists: PlanView = {
      ...view,
      items: [...view.items, second, third, otherRisk],
      riskMatrix: view.riskMatrix.map((row) =>
        row.map((c) => (c.itemIds.includes(risk.id) ? { ...c, itemIds: [...c.itemIds, 'r-2'] } : c)),
      ),
    };
    const wordText = async (lang: 'fr' | 'en') => {
      const doc = buildPlanDocument(withLists, lang, t.ctx.now());
      const dependsOn = doc.items.find((i) => i.id === 'm-3')!.fields[0]!.value;
      const zip = unzipSync(new Uint8Array(await renderPlanDocx(doc)));
      return { dependsOn, xml: strFromU8(zip['word/document.xml']!) };
    };
    const fr = await wordText('fr');
    expect(fr.dependsOn).toBe('Premier site\u00a0; Deuxième site');
    expect(fr.xml).toContain('Premier site\u00a0; Deuxième site');
    expect(fr.xml).toContain('\u00a0; Bénévoles épuisés');
    const en = await wordText('en');
    expect(en.dependsOn).toBe('Premier site; Deuxième site');
    expect(en.xml).toMatch(/[^\s\u00a0]; Bénévoles épuisés/);
  });

  it('exports items as CSV, escaped and safe from formula injection', async () => {
    const res = await call(t, m.viewer, { method: 'GET', url: `/plans/${plan.id}/export.csv` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parse(res.body.replace(/^\ufeff/, ''), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(plan.items.length + 8);
    const risk = rows.find((r) => r['Intitulé'].includes('HYPERLINK'))!;
    expect(risk['Intitulé']).toBe('\'=HYPERLINK("http://evil")');
    expect(risk['Parade']).toBe('\'+1; "guillemets"');
    expect(risk['Probabilité']).toBe('fort');
    expect(rows.find((r) => r['Intitulé'] === 'Camion aménagé')?.['Montant']).toMatch(/^42\s000,00\s€$/);
    expect(res.body.split('\r\n').every((line) => !/^[=+@-]/.test(line))).toBe(true);
  });

  it('e-mails each owner once a day about items due within 7 days or overdue, except who opted out', async () => {
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/plan-reminders',
      payload: { enabled: false },
      headers: { cookie: m.editor.cookie },
    });
    expect(put.json()).toEqual({ enabled: false });
    expect((await call(t, m.editor, { method: 'GET', url: '/me/plan-reminders' })).json()).toEqual({
      enabled: false,
    });
    const job = await t.ctx.db
      .selectFrom('jobs')
      .selectAll()
      .where('kind', '=', PLAN_REMINDERS_JOB)
      .executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'pending', run_at: '2027-03-11T05:00:00.000Z' });
    t.setNow(new Date('2027-03-11T05:00:00.000Z'));
    const report = await runDueJobs(t.ctx, jobHandlers, { kinds: [PLAN_REMINDERS_JOB] });
    expect(report).toMatchObject({ done: 1 });
    const mails = await t.ctx.db
      .selectFrom('outbox')
      .selectAll()
      .where('template', '=', 'notification')
      .execute();
    expect(mails.map((x) => x.to_email)).toEqual([m.viewer.email]);
    expect(mails[0].subject).toBe('Feuille de route\u00a0: 2 éléments à suivre, dont 1 en retard');
    expect(mails[0].text_body).toContain('À faire pour le 2027-03-13\u00a0: Dans 3 jours');
    expect(mails[0].text_body).toContain('En retard pour le 2027-03-01\u00a0: En retard');
    expect(mails[0].text_body).not.toContain('Dans un mois');
    expect(mails[0].text_body).not.toContain('Déjà fait');
    expect(mails[0].text_body).toContain(`/plans/${plan.id}`);
    const next = await t.ctx.db
      .selectFrom('jobs')
      .selectAll()
      .where('kind', '=', PLAN_REMINDERS_JOB)
      .where('status', '=', 'pending')
      .execute();
    expect(next.map((j) => j.run_at)).toEqual(['2027-03-12T05:00:00.000Z']);
  });
});
