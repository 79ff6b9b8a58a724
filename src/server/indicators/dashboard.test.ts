import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../jobs/job-handlers.ts';
import { runDueJobs } from '../jobs/jobs.ts';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { INDICATOR_REMINDERS_JOB } from './reminders.ts';
import { api, insertSite, makeIndicator, makeNetwork } from './indicators.test-support.ts';

// The test clock: 25 November 2026. With 30 days of grace, 2025 is the yearly period due, 2026-09 the monthly one.
let t: TestContext;
let m: Awaited<ReturnType<typeof createRoleMatrix>>;
let n: Awaited<ReturnType<typeof makeNetwork>>;
let power: string;
let shareholders: string;
let production: string;
let early: string;
let stalled: string;
beforeAll(async () => {
  t = await createTestContext();
  m = await createRoleMatrix(t);
  n = await makeNetwork(t, m);
  early = await insertSite(t, {
    modelId: n.modelId,
    organisationId: n.siteOrganisationId,
    carrierOrganisationId: m.organisationId,
    name: 'Centrale des Bauges',
    stage: 'feasibility',
    departement: '73',
    region: '84',
    stageChangedAt: '2026-10-01T00:00:00.000Z',
    isPublic: true,
  });
  stalled = await insertSite(t, {
    modelId: n.modelId,
    organisationId: m.otherOrganisationId,
    carrierOrganisationId: m.organisationId,
    name: 'Centrale du Pilat',
    stage: 'opportunity',
    departement: '42',
    region: '84',
    stageChangedAt: '2024-06-01T00:00:00.000Z',
  });
  power = await makeIndicator(t, m.editor, n.modelId, { name: 'Puissance installée', isPublic: true });
  shareholders = await makeIndicator(t, m.editor, n.modelId, {
    name: 'Actionnaires',
    unit: 'personnes',
    valueType: 'integer',
    aggregation: 'average',
  });
  production = await makeIndicator(t, m.editor, n.modelId, {
    name: 'Production',
    unit: 'MWh',
    frequency: 'monthly',
    aggregation: 'sum',
  });
  const put = async (site: string, indicatorId: string, kind: string, period: string, value: number) => {
    const res = await api(t, m.editor, 'POST', `/sites/${site}/indicator-values`, {
      indicatorId,
      kind,
      period,
      value,
    });
    if (res.statusCode !== 201) throw new Error(res.body);
  };
  await put(n.siteId, power, 'actual', '2024', 36);
  await put(n.siteId, power, 'actual', '2025', 72);
  await put(n.siteId, power, 'target', '2025', 100);
  await put(n.siteId, power, 'baseline', '2023', 0);
  await put(early, power, 'actual', '2025', 9);
  await put(n.siteId, shareholders, 'actual', '2025', 120);
  await put(early, shareholders, 'actual', '2025', 41);
  await put(n.siteId, production, 'actual', '2025-01', 3.5);
  await put(n.siteId, production, 'actual', '2025-02', 4.25);
  await put(early, production, 'actual', '2025-02', 1);
});
afterAll(() => t.close());

describe('network dashboard', () => {
  it('gives the funnel, the sites for the map and table, and series by each indicator’s rule', async () => {
    const res = await api(t, m.viewer, 'GET', `/models/${n.modelId}/network`);
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.funnel.map((f: { stage: string; count: number }) => `${f.stage}:${f.count}`)).toEqual([
      'interest:0',
      'opportunity:1',
      'feasibility:1',
      'launch:0',
      'operating:1',
      'autonomous:0',
      'stopped:0',
    ]);
    expect(d.byDepartement).toEqual([
      { code: '26', count: 1 },
      { code: '42', count: 1 },
      { code: '73', count: 1 },
    ]);
    const series = (id: string) => d.indicators.find((i: { id: string }) => i.id === id).series;
    expect(series(power)).toEqual([
      { period: '2023', baseline: 0, target: null, actual: null, reported: 0 },
      { period: '2024', baseline: null, target: null, actual: 36, reported: 1 },
      { period: '2025', baseline: null, target: 100, actual: 81, reported: 2 },
    ]);
    expect(series(shareholders)).toEqual([
      { period: '2025', baseline: null, target: null, actual: 80.5, reported: 2 },
    ]);
    expect(series(production).map((p: { period: string; actual: number }) => [p.period, p.actual])).toEqual([
      ['2025-01', 3.5],
      ['2025-02', 5.25],
    ]);
    const byYear = (await api(t, m.viewer, 'GET', `/models/${n.modelId}/network?granularity=year`)).json();
    expect(byYear.indicators.find((i: { id: string }) => i.id === production).series).toEqual([
      { period: '2025', baseline: null, target: null, actual: 8.75, reported: 3 },
    ]);
  });

  it('lists sites stalled longer than the setting and sites late on reporting', async () => {
    const d = (await api(t, m.viewer, 'GET', `/models/${n.modelId}/network`)).json();
    // Stalled sites and the map's table: each a page (all of them here) with its total.
    const days = Math.floor((t.ctx.now().getTime() - Date.parse('2024-06-01T00:00:00.000Z')) / 86_400_000);
    expect(d.stalled).toEqual({
      total: 1,
      offset: 0,
      limit: 50,
      items: [{ siteId: stalled, name: 'Centrale du Pilat', stage: 'opportunity', days }],
    });
    expect(d.sites).toMatchObject({ total: 3, offset: 0, limit: 50 });
    expect(d.sites.items).toContainEqual({
      id: stalled,
      name: 'Centrale du Pilat',
      departement: '42',
      stage: 'opportunity',
    });
    expect(d.sites.items.map((s: { id: string }) => s.id)).toHaveLength(3);
    // Only the operating site is expected to report; it lacks September 2026 production.
    expect(d.late.total).toBe(1);
    expect(d.late.items).toEqual([
      {
        siteId: n.siteId,
        name: 'Centrale du Val',
        stage: 'operating',
        missing: [{ indicatorId: production, lastPeriod: '2025-02', duePeriod: '2026-09' }],
      },
    ]);
    // The late list names its indicators by id; their names come once, in the dashboard's indicators.
    expect(d.indicators.find((i: { id: string }) => i.id === production).name).toBe('Production');
    const settings = await api(t, m.editor, 'PUT', `/models/${n.modelId}/network/settings`, {
      stalledDays: 3000,
      graceDays: 30,
      remindersEnabled: true,
      publicDashboard: false,
      version: 1,
    });
    expect(settings.json()).toMatchObject({ stalledDays: 3000, version: 2, canEdit: true });
    expect((await api(t, m.viewer, 'GET', `/models/${n.modelId}/network`)).json().stalled).toMatchObject({
      total: 0,
      items: [],
    });
    expect(
      (
        await api(t, m.editor, 'PUT', `/models/${n.modelId}/network/settings`, {
          stalledDays: 10,
          graceDays: 400,
          remindersEnabled: true,
          publicDashboard: false,
          version: 2,
        })
      ).json().error.fields,
    ).toMatchObject({ stalledDays: expect.any(String), graceDays: expect.any(String) });
    expect(
      (
        await api(t, m.editor, 'PUT', `/models/${n.modelId}/network/settings`, {
          stalledDays: 365,
          graceDays: 30,
          remindersEnabled: true,
          publicDashboard: false,
          version: 1,
        })
      ).statusCode,
    ).toBe(409);
  });

  it('compares sites on one indicator, best first, with progress towards the target', async () => {
    const res = (
      await api(t, m.viewer, 'GET', `/models/${n.modelId}/network/compare?indicatorId=${power}`)
    ).json();
    expect(
      res.sites.map((s: { name: string; actual: number; progress: number | null }) => [
        s.name,
        s.actual,
        s.progress,
      ]),
    ).toEqual([
      ['Centrale du Val', 72, 0.72],
      ['Centrale des Bauges', 9, null],
    ]);
  });

  it('exports a series as a French CSV', async () => {
    const res = await api(
      t,
      m.viewer,
      'GET',
      `/models/${n.modelId}/network/export?indicatorId=${production}&granularity=native`,
    );
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body).toBe(
      '\ufeffpériode;référence (MWh);cible (MWh);réel (MWh);valeurs déclarées\r\n2025-01;;;3,5;1\r\n2025-02;;;5,25;2\r\n',
    );
  });

  it('publishes only public sites and public indicators’ actual figures once the carrier allows it', async () => {
    expect((await api(t, null, 'GET', `/public/networks/${n.modelId}`)).statusCode).toBe(404);
    const version = (await api(t, m.editor, 'GET', `/models/${n.modelId}/network/settings`)).json().version;
    await api(t, m.editor, 'PUT', `/models/${n.modelId}/network/settings`, {
      stalledDays: 365,
      graceDays: 30,
      remindersEnabled: true,
      publicDashboard: true,
      version,
    });
    const pub = (await api(t, null, 'GET', `/public/networks/${n.modelId}`)).json();
    expect(pub.sites).toEqual([
      { id: early, name: 'Centrale des Bauges', departement: '73', region: '84', stage: 'feasibility' },
    ]);
    expect(pub.indicators.map((i: { id: string }) => i.id)).toEqual([power]);
    expect(pub.indicators[0].series).toEqual([
      { period: '2024', actual: 36, reported: 1 },
      { period: '2025', actual: 81, reported: 2 },
    ]);
    expect(JSON.stringify(pub)).not.toContain('Centrale du Val');
  });

  it('e-mails late sites’ organisations daily, unless the site opted out or the carrier turned reminders off', async () => {
    await t.ctx.db
      .updateTable('jobs')
      .set({ run_at: t.ctx.now().toISOString() })
      .where('kind', '=', INDICATOR_REMINDERS_JOB)
      .execute();
    await runDueJobs(t.ctx, jobHandlers, { kinds: [INDICATOR_REMINDERS_JOB] });
    const mails = await t.ctx.db
      .selectFrom('outbox')
      .select(['to_email', 'subject', 'text_body'])
      .where('subject', 'like', 'Indicateurs en retard%')
      .execute();
    expect(mails.map((x) => x.to_email).sort()).toEqual([n.siteEditor.email, n.siteOwner.email].sort());
    expect(mails[0].text_body).toContain('Production : période 2026-09 attendue (dernière saisie : 2025-02)');
    const next = await t.ctx.db
      .selectFrom('jobs')
      .select('run_at')
      .where('kind', '=', INDICATOR_REMINDERS_JOB)
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow();
    expect(next.run_at).toBe('2026-11-26T07:00:00.000Z');

    await api(t, n.siteEditor, 'PUT', `/sites/${n.siteId}/indicator-reminders`, { enabled: false });
    await t.ctx.db
      .updateTable('jobs')
      .set({ run_at: t.ctx.now().toISOString() })
      .where('kind', '=', INDICATOR_REMINDERS_JOB)
      .where('status', '=', 'pending')
      .execute();
    await runDueJobs(t.ctx, jobHandlers, { kinds: [INDICATOR_REMINDERS_JOB] });
    expect(
      await t.ctx.db
        .selectFrom('outbox')
        .select('id')
        .where('subject', 'like', 'Indicateurs en retard%')
        .execute(),
    ).toHaveLength(2);

    await api(t, n.siteEditor, 'PUT', `/sites/${n.siteId}/indicator-reminders`, { enabled: true });
    const version = (await api(t, m.editor, 'GET', `/models/${n.modelId}/network/settings`)).json().version;
    await api(t, m.editor, 'PUT', `/models/${n.modelId}/network/settings`, {
      stalledDays: 365,
      graceDays: 30,
      remindersEnabled: false,
      publicDashboard: true,
      version,
    });
    await t.ctx.db
      .updateTable('jobs')
      .set({ run_at: t.ctx.now().toISOString() })
      .where('kind', '=', INDICATOR_REMINDERS_JOB)
      .where('status', '=', 'pending')
      .execute();
    await runDueJobs(t.ctx, jobHandlers, { kinds: [INDICATOR_REMINDERS_JOB] });
    expect(
      await t.ctx.db
        .selectFrom('outbox')
        .select('id')
        .where('subject', 'like', 'Indicateurs en retard%')
        .execute(),
    ).toHaveLength(2);
  });
});
