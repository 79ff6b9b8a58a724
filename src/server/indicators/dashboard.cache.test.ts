import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, openSecondPool, type TestContext } from '../test/harness.ts';
import {
  cachedNetworkPart,
  networkCacheSize,
  networkGeneration,
  setNetworkCacheMode,
} from './dashboard.cache.ts';
import { api, insertSite, makeIndicator, makeNetwork, uploadCsv } from './indicators.test-support.ts';

/**
 * The network pages keep their answers between writes (dashboard.cache.ts). Every kind of write that changes them
 * must show in the next read, whoever makes it: the API (an upload, a stage change, a site deleted, an indicator
 * renamed, the settings), a direct SQL update, on PostgreSQL another connection pool (another process); and the
 * clock alone must make a site late. Each test reads first, so that the answer it then checks was kept.
 */
let t: TestContext;
let m: Awaited<ReturnType<typeof createRoleMatrix>>;
let n: Awaited<ReturnType<typeof makeNetwork>>;
let power: string;
let second: string;
let otherModel: string;
beforeAll(async () => {
  // 25 November 2026: with 30 days of grace the yearly period due is 2025.
  t = await createTestContext({ now: new Date('2026-11-25T10:00:00.000Z') });
  m = await createRoleMatrix(t);
  n = await makeNetwork(t, m);
  second = await insertSite(t, {
    modelId: n.modelId,
    organisationId: n.siteOrganisationId,
    carrierOrganisationId: m.organisationId,
    name: 'Centrale des Bauges',
    stage: 'launch',
    isPublic: true,
  });
  power = await makeIndicator(t, m.editor, n.modelId, { name: 'Puissance installée', isPublic: true });
  await makeIndicator(t, m.editor, n.modelId, {
    name: 'Production',
    unit: 'MWh',
    frequency: 'monthly',
    aggregation: 'sum',
  });
  const upload = await uploadCsv(
    t,
    m.editor,
    n.modelId,
    [
      'site;indicateur;période;type;valeur',
      'Centrale du Val;Puissance installée;2025;réel;10',
      'Centrale des Bauges;Puissance installée;2025;réel;5',
      'Centrale du Val;Production;2026-09;réel;1',
      'Centrale des Bauges;Production;2026-09;réel;1',
    ].join('\n'),
    false,
  );
  expect(upload.statusCode, upload.body).toBe(200);
  otherModel = (await makeNetwork(t, m)).modelId;
  await makeIndicator(t, m.editor, otherModel, { name: 'Puissance installée' });
}, 60_000);
afterAll(() => t.close());

interface Dashboard {
  settings: { stalledDays: number; canEdit: boolean };
  funnel: { stage: string; count: number }[];
  sites: { total: number; items: { id: string; name: string; stage: string }[] };
  indicators: { id: string; name: string; series: { period: string; actual: number | null }[] }[];
  stalled: { total: number; items: { siteId: string; days: number }[] };
  late: { total: number; items: { siteId: string }[] };
}
const dashboard = async (user = m.viewer, qs = '') => {
  const res = await api(t, user, 'GET', `/models/${n.modelId}/network${qs}`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  return res.json() as Dashboard;
};
const actual2025 = (d: Dashboard) =>
  d.indicators.find((i) => i.id === power)!.series.find((p) => p.period === '2025')?.actual;
const stageOf = (d: Dashboard, id: string) => d.sites.items.find((s) => s.id === id)?.stage;
const versionOf = async (id: string) =>
  ((await api(t, m.editor, 'GET', `/sites/${id}`)).json() as { version: number }).version;

describe('network dashboard cache', () => {
  it('keeps the answer between writes, and one network’s upload leaves the other’s generation alone', async () => {
    expect(actual2025(await dashboard())).toBe(15);
    expect(networkCacheSize(t.ctx).entries).toBeGreaterThan(0);
    const mine = await networkGeneration(t.ctx, n.modelId);
    const other = await networkGeneration(t.ctx, otherModel);
    const res = await uploadCsv(
      t,
      m.editor,
      n.modelId,
      'site;indicateur;période;type;valeur\nCentrale du Val;Puissance installée;2024;réel;8',
      false,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(await networkGeneration(t.ctx, n.modelId)).toBeGreaterThan(mine);
    expect(await networkGeneration(t.ctx, otherModel)).toBe(other);
  });

  it('shows an upload in the next read (the series and the late sites)', async () => {
    const before = await dashboard();
    expect(before.late.items.map((l) => l.siteId)).toEqual([]);
    const lateSite = await insertSite(t, {
      modelId: n.modelId,
      organisationId: n.siteOrganisationId,
      carrierOrganisationId: m.organisationId,
      name: 'Centrale du Diois',
      stageChangedAt: '2026-11-01T00:00:00.000Z',
    });
    expect((await dashboard()).late.items.map((l) => l.siteId)).toEqual([lateSite]);
    const res = await uploadCsv(
      t,
      m.editor,
      n.modelId,
      'site;indicateur;période;type;valeur\nCentrale du Diois;Puissance installée;2025;réel;3\nCentrale du Diois;Production;2026-09;réel;2',
      false,
    );
    expect(res.statusCode, res.body).toBe(200);
    const after = await dashboard();
    // The rule of the indicator is 'last': the network figure is the sum of the sites' latest values.
    expect(actual2025(after)).toBe(18);
    expect(after.late.total).toBe(0);
  });

  it('shows a stage change, a site deleted and an indicator renamed, made through the API', async () => {
    expect(stageOf(await dashboard(), second)).toBe('launch');
    const moved = await api(t, m.editor, 'PATCH', `/sites/${second}`, {
      stage: 'operating',
      version: await versionOf(second),
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(stageOf(await dashboard(), second)).toBe('operating');

    const renamed = await api(t, m.editor, 'PATCH', `/indicators/${power}`, {
      name: 'Puissance raccordée',
      definition: 'Puissance crête cumulée des installations raccordées au dernier jour de la période.',
      unit: 'kWc',
      valueType: 'decimal',
      frequency: 'yearly',
      aggregation: 'last',
      higherIsBetter: true,
      noPersonalData: true,
      isPublic: true,
      version: 1,
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((await dashboard()).indicators.find((i) => i.id === power)!.name).toBe('Puissance raccordée');

    const gone = await api(t, m.editor, 'DELETE', `/sites/${second}?version=${await versionOf(second)}`);
    expect(gone.statusCode, gone.body).toBe(204);
    const after = await dashboard();
    expect(stageOf(after, second)).toBeUndefined();
    // Its values left the roll-ups with it.
    expect(actual2025(after)).toBe(13);
    expect((await api(t, m.editor, 'POST', `/sites/${second}/restore`)).statusCode).toBe(200);
    expect(actual2025(await dashboard())).toBe(18);
  });

  it('shows the settings changed, and keeps who may edit them per reader', async () => {
    const before = await dashboard(m.editor);
    expect(before.settings).toMatchObject({ stalledDays: 365, canEdit: true });
    expect((await dashboard(m.viewer)).settings.canEdit).toBe(false);
    const res = await api(t, m.editor, 'PUT', `/models/${n.modelId}/network/settings`, {
      stalledDays: 30,
      graceDays: 30,
      remindersEnabled: true,
      publicDashboard: true,
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = await dashboard(m.viewer);
    expect(after.settings).toMatchObject({ stalledDays: 30, canEdit: false });
    // The public page follows the same switch, from its own part (public sites and indicators only).
    const pub = await api(t, null, 'GET', `/public/networks/${n.modelId}`);
    expect(pub.statusCode, pub.body).toBe(200);
    expect((pub.json() as { sites: { id: string }[] }).sites.map((s) => s.id)).toEqual([second]);
  });

  it('still checks access on every read once the answer is kept', async () => {
    await dashboard(m.viewer);
    expect((await api(t, m.outsider, 'GET', `/models/${n.modelId}/network`)).statusCode).toBe(404);
    expect((await api(t, null, 'GET', `/models/${n.modelId}/network`)).statusCode).toBe(404);
    expect((await api(t, n.siteViewer, 'GET', `/models/${n.modelId}/network/late`)).statusCode).toBe(403);
  });

  it('shows a direct SQL update (another tool) on the dashboard, the late pages and the public page', async () => {
    const before = await dashboard();
    const late = async () =>
      (await api(t, m.viewer, 'GET', `/models/${n.modelId}/network/late`)).json() as { total: number };
    const publicSites = async () =>
      (
        (await api(t, null, 'GET', `/public/networks/${n.modelId}`)).json() as {
          sites: { id: string; name: string }[];
        }
      ).sites;
    const lateBefore = (await late()).total;
    expect((await publicSites()).map((s) => s.name)).toEqual(['Centrale des Bauges']);
    await t.ctx.db
      .updateTable('sites')
      .set({ name: 'Centrale du Vercors', is_public: 1 })
      .where('id', '=', n.siteId)
      .execute();
    expect((await dashboard()).sites.items.map((s) => s.name)).toContain('Centrale du Vercors');
    const sitesPage = (await api(t, m.viewer, 'GET', `/models/${n.modelId}/network/sites`)).json() as {
      items: { name: string }[];
    };
    expect(sitesPage.items.map((s) => s.name)).toContain('Centrale du Vercors');
    expect((await publicSites()).map((s) => s.name)).toContain('Centrale du Vercors');
    await t.ctx.db
      .updateTable('indicator_site_latest')
      .set({ period: '2024', period_start: '2024-01-01' })
      .where('site_id', '=', n.siteId)
      .where('indicator_id', '=', power)
      .execute();
    expect((await late()).total).toBe(lateBefore + 1);
    await t.ctx.db
      .updateTable('indicator_rollups')
      .set({ value_sum: 100 })
      .where('indicator_id', '=', power)
      .where('period', '=', '2025')
      .where('kind', '=', 'actual')
      .execute();
    expect(actual2025(await dashboard())).toBe(100);
    expect(actual2025(before)).not.toBe(100);
  });

  it.runIf(t_isPostgres())(
    'shows a write made through another connection pool (another process)',
    async () => {
      const other = await openSecondPool(t);
      try {
        expect(stageOf(await dashboard(), n.siteId)).toBe('operating');
        await other.db.transaction().execute(async (trx) => {
          await trx.updateTable('sites').set({ stage: 'autonomous' }).where('id', '=', n.siteId).execute();
          await trx
            .updateTable('indicators')
            .set({ name: 'Puissance totale' })
            .where('id', '=', power)
            .execute();
        });
        const after = await dashboard();
        expect(stageOf(after, n.siteId)).toBe('autonomous');
        expect(after.indicators.find((i) => i.id === power)!.name).toBe('Puissance totale');
      } finally {
        await other.close();
      }
    },
  );

  it('makes sites late, and a waiting site stalled, when the clock moves past the date due without any write', async () => {
    const generation = await networkGeneration(t.ctx, n.modelId);
    const before = await dashboard();
    const count = before.late.total;
    const stalled = before.stalled.total;
    try {
      // 15 December 2026: with 30 days of grace the month due is now October, which nobody reported; the Diois
      // site has been waiting 44 days in its stage (30 allowed).
      t.setNow(new Date('2026-12-15T10:00:00.000Z'));
      const after = await dashboard();
      expect(await networkGeneration(t.ctx, n.modelId)).toBe(generation);
      expect(after.late.total).toBeGreaterThan(count);
      expect(after.stalled.total).toBeGreaterThan(stalled);
      const stalledPage = (await api(t, m.viewer, 'GET', `/models/${n.modelId}/network/stalled`)).json() as {
        total: number;
      };
      expect(stalledPage.total).toBe(after.stalled.total);
      const page = (await api(t, m.viewer, 'GET', `/models/${n.modelId}/network/late`)).json() as {
        total: number;
      };
      expect(page.total).toBe(after.late.total);
    } finally {
      t.setNow(new Date('2026-11-25T10:00:00.000Z'));
    }
    expect((await dashboard()).late.total).toBe(count);
  });

  it('serves a kept answer whatever the database says once invalidation is off (what the tests above rule out)', async () => {
    setNetworkCacheMode(t.ctx, 'stale');
    try {
      await dashboard();
      await t.ctx.db
        .updateTable('sites')
        .set({ name: 'Centrale oubliée' })
        .where('id', '=', n.siteId)
        .execute();
      expect((await dashboard()).sites.items.map((s) => s.name)).not.toContain('Centrale oubliée');
    } finally {
      setNetworkCacheMode(t.ctx, 'on');
    }
    expect((await dashboard()).sites.items.map((s) => s.name)).toContain('Centrale oubliée');
  });

  it('bounds what it keeps, least recently used out', async () => {
    for (let i = 0; i < 450; i++)
      await cachedNetworkPart(
        t.ctx,
        n.modelId,
        1,
        `test|${i}`,
        () => Promise.resolve(i),
        () => 10,
      );
    expect(networkCacheSize(t.ctx).entries).toBeLessThanOrEqual(400);
    let loads = 0;
    await cachedNetworkPart(
      t.ctx,
      n.modelId,
      1,
      'test|449',
      () => Promise.resolve(++loads),
      () => 10,
    );
    await cachedNetworkPart(
      t.ctx,
      n.modelId,
      1,
      'test|0',
      () => Promise.resolve(++loads),
      () => 10,
    );
    expect(loads).toBe(1);
  });
});

function t_isPostgres() {
  return process.env.ESSAIM_TEST_DB === 'postgres';
}
