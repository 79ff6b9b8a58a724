import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { api, insertSite, makeIndicator, makeNetwork } from './indicators.test-support.ts';

// More late sites than the dashboard carries (100): the dashboard gives their total and the latest 100, the rest
// comes page by page. The test clock: 25 November 2026, so the yearly period due is 2025.
let t: TestContext;
let m: Awaited<ReturnType<typeof createRoleMatrix>>;
let n: Awaited<ReturnType<typeof makeNetwork>>;
const name = (i: number) => `Site ${String(i).padStart(3, '0')}`;
beforeAll(async () => {
  t = await createTestContext();
  m = await createRoleMatrix(t);
  n = await makeNetwork(t, m);
  const power = await makeIndicator(t, m.editor, n.modelId, {
    name: 'Puissance installée',
    frequency: 'yearly',
  });
  const put = async (site: string, period: string) => {
    const res = await api(t, m.editor, 'POST', `/sites/${site}/indicator-values`, {
      indicatorId: power,
      kind: 'actual',
      period,
      value: 1,
    });
    if (res.statusCode !== 201) throw new Error(res.body);
  };
  await put(n.siteId, '2025'); // up to date: never listed
  for (let i = 1; i <= 120; i++) {
    const id = await insertSite(t, {
      modelId: n.modelId,
      organisationId: n.siteOrganisationId,
      carrierOrganisationId: m.organisationId,
      name: name(i),
    });
    if (i <= 10) await put(id, '2024'); // late by one year; the 110 others never reported, so are later still
  }
  await insertSite(t, {
    modelId: n.modelId,
    organisationId: n.siteOrganisationId,
    carrierOrganisationId: m.organisationId,
    name: 'Site 000 en étude',
    stage: 'feasibility',
  });
});
afterAll(() => t.close());

describe('late sites beyond the first hundred', () => {
  it('gives the total and the 100 latest sites in the dashboard, never-reported first, then by name', async () => {
    const d = (await api(t, m.viewer, 'GET', `/models/${n.modelId}/network`)).json();
    expect(d.late.total).toBe(120);
    expect(d.late.items).toHaveLength(100);
    expect(d.late.items.map((l: { name: string }) => l.name)).toEqual(
      Array.from({ length: 100 }, (_, k) => name(k + 11)),
    );
    expect(d.late.items[0].missing).toEqual([
      { indicatorId: expect.any(String), lastPeriod: null, duePeriod: '2025' },
    ]);
    // Names are sent once, in the dashboard's indicators, not for every late site.
    const indicatorId = d.late.items[0].missing[0].indicatorId;
    expect(d.indicators.find((i: { id: string }) => i.id === indicatorId).name).toBe('Puissance installée');
    expect(JSON.stringify(d.late)).not.toContain('Puissance installée');
  });

  it('pages through the rest, latest first, and refuses a bad page by field', async () => {
    const page = (
      await api(t, m.viewer, 'GET', `/models/${n.modelId}/network/late?offset=100&limit=100`)
    ).json();
    expect(page).toMatchObject({ total: 120, offset: 100, limit: 100 });
    expect(page.items.map((l: { name: string }) => l.name)).toEqual([
      ...Array.from({ length: 10 }, (_, k) => name(k + 111)),
      ...Array.from({ length: 10 }, (_, k) => name(k + 1)),
    ]);
    expect(page.items[10].missing[0]).toEqual({
      indicatorId: expect.any(String),
      lastPeriod: '2024',
      duePeriod: '2025',
    });
    // A page names each of its indicators once.
    expect(page.indicators).toEqual([
      { id: page.items[10].missing[0].indicatorId, name: 'Puissance installée' },
    ]);
    const first = (await api(t, m.viewer, 'GET', `/models/${n.modelId}/network/late`)).json();
    expect(first).toMatchObject({ total: 120, offset: 0, limit: 100 });
    expect(first.items[0].name).toBe(name(11));
    const bad = await api(t, m.viewer, 'GET', `/models/${n.modelId}/network/late?offset=-1&limit=501`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toMatchObject({
      offset: expect.stringContaining('Position'),
      limit: expect.stringContaining('Taille de page'),
    });
  });
});
