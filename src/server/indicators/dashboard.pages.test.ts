import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { api, insertSite, makeNetwork } from './indicators.test-support.ts';

// More sites and more stalled sites than the dashboard carries (50 of each): the dashboard gives their totals and
// the first ones, the map's table and the stalled list read the rest page by page. The test clock: 25 November 2026.
let t: TestContext;
let m: Awaited<ReturnType<typeof createRoleMatrix>>;
let n: Awaited<ReturnType<typeof makeNetwork>>;
const name = (i: number) => `Site ${String(i).padStart(3, '0')}`;
/** Site i waited i days more than the one before it: site 1 changed stage last, on 1 January 2024. */
const changedAt = (i: number) =>
  new Date(Date.parse('2024-01-01T00:00:00.000Z') - i * 86_400_000).toISOString();
const daysOf = (i: number) =>
  Math.floor((Date.parse('2026-11-25T10:00:00.000Z') - Date.parse(changedAt(i))) / 86_400_000);
beforeAll(async () => {
  t = await createTestContext();
  m = await createRoleMatrix(t);
  n = await makeNetwork(t, m); // 'Centrale du Val', operating in the Drôme (26) since its creation: not stalled
  for (let i = 1; i <= 80; i++) {
    await insertSite(t, {
      modelId: n.modelId,
      organisationId: n.siteOrganisationId,
      carrierOrganisationId: m.organisationId,
      name: name(i),
      // One site in three in Savoie (73), the others in the Drôme.
      departement: i % 3 === 0 ? '73' : '26',
      stage: i > 70 ? 'stopped' : 'launch', // stopped sites are not waiting for anything
      stageChangedAt: changedAt(i),
    });
  }
});
afterAll(() => t.close());

describe('the map’s table and the stalled sites beyond the first fifty', () => {
  it('gives the totals and the first 50 of each in the dashboard', async () => {
    const d = (await api(t, m.viewer, 'GET', `/models/${n.modelId}/network`)).json();
    expect(d.sites).toMatchObject({ total: 81, offset: 0, limit: 50 });
    expect(d.sites.items.map((s: { name: string }) => s.name)).toEqual([
      'Centrale du Val',
      ...Array.from({ length: 49 }, (_, k) => name(k + 1)).sort(),
    ]);
    // The map counts every site, not only those of the first page.
    expect(d.byDepartement).toEqual([
      { code: '26', count: 81 - 26 },
      { code: '73', count: 26 },
    ]);
    // Longest in their stage first: site 70 is the oldest of the 70 waiting ones.
    expect(d.stalled).toMatchObject({ total: 70, offset: 0, limit: 50 });
    expect(d.stalled.items).toHaveLength(50);
    expect(d.stalled.items[0]).toEqual({
      siteId: expect.any(String),
      name: name(70),
      stage: 'launch',
      days: daysOf(70),
    });
    expect(d.stalled.items.at(-1).name).toBe(name(21));
  });

  it('pages through the sites, all of them or one département’s, by name', async () => {
    const all = (
      await api(t, m.viewer, 'GET', `/models/${n.modelId}/network/sites?offset=50&limit=50`)
    ).json();
    expect(all).toMatchObject({ total: 81, offset: 50, limit: 50, departement: null });
    expect(all.items).toHaveLength(31);
    expect(all.items.at(-1).name).toBe(name(80));
    const savoie = (
      await api(t, m.viewer, 'GET', `/models/${n.modelId}/network/sites?departement=73&limit=10`)
    ).json();
    expect(savoie).toMatchObject({ total: 26, offset: 0, limit: 10, departement: '73' });
    expect(savoie.items.map((s: { name: string }) => s.name)).toEqual(
      Array.from({ length: 10 }, (_, k) => name(3 * (k + 1))),
    );
    expect(savoie.items[0]).toEqual({
      id: expect.any(String),
      name: name(3),
      departement: '73',
      stage: 'launch',
    });
    const none = (await api(t, m.viewer, 'GET', `/models/${n.modelId}/network/sites?departement=2A`)).json();
    expect(none).toMatchObject({ total: 0, items: [] });
  });

  it('pages through the stalled sites, longest in their stage first', async () => {
    const page = (
      await api(t, m.viewer, 'GET', `/models/${n.modelId}/network/stalled?offset=50&limit=50`)
    ).json();
    expect(page).toMatchObject({ total: 70, offset: 50, limit: 50 });
    expect(page.items.map((s: { name: string }) => s.name)).toEqual(
      Array.from({ length: 20 }, (_, k) => name(20 - k)),
    );
    expect(page.items[19].days).toBe(daysOf(1));
  });

  it('refuses a bad page or département by field, in French', async () => {
    const bad = await api(
      t,
      m.viewer,
      'GET',
      `/models/${n.modelId}/network/sites?departement=Dr%C3%B4me&offset=-1&limit=0`,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toMatchObject({
      departement: expect.stringContaining('code INSEE de département'),
      offset: expect.stringContaining('Position'),
      limit: expect.stringContaining('Taille de page'),
    });
    const stalled = await api(t, m.viewer, 'GET', `/models/${n.modelId}/network/stalled?limit=501`);
    expect(stalled.statusCode).toBe(400);
    expect(stalled.json().error.fields).toMatchObject({ limit: expect.stringContaining('Taille de page') });
  });
});
