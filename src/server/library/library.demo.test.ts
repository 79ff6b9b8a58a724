import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { seedDemoAccounts } from '../accounts/accounts.demo.ts';
import { DEMO_PROJECT_IDS, fictionalProjectId, seedDemoLibrary } from './library.demo.ts';
import { FICTIONAL_PROJECTS } from './library.demo.fictional.ts';
import { api } from './library.test-helpers.ts';

describe('library demo content', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
    await seedDemoAccounts(t.ctx);
    await seedDemoLibrary(t.ctx);
  });
  afterAll(() => t.close());

  it('publishes the three reference case studies with their dated, sourced stories', async () => {
    for (const id of Object.values(DEMO_PROJECT_IDS)) {
      const res = await api(t, null, 'GET', `/projects/${id}`);
      expect(res.statusCode).toBe(200);
      const p = res.json();
      expect(p).toMatchObject({
        isCaseStudy: true,
        isFictional: false,
        status: 'published',
        visibility: 'public',
      });
      expect(p.story.phases.length).toBeGreaterThanOrEqual(3);
      expect(p.story.sources.length).toBeGreaterThan(0);
      expect(p.keyFigures.some((k: { uncertain: boolean }) => k.uncertain)).toBe(true);
    }
    const cv = (await api(t, null, 'GET', `/projects/${DEMO_PROJECT_IDS.centralesVillageoises}`)).json();
    expect(cv.story.phases.map((ph: { startDate: string }) => ph.startDate)).toEqual([
      '2010',
      '2014',
      '2018-03-17',
      '2021',
    ]);
  });

  it('marks every other project as fictional, with real INSEE codes, across themes and régions', async () => {
    const first = (await api(t, null, 'GET', `/projects/${fictionalProjectId(0)}`)).json();
    expect(first).toMatchObject({ isFictional: true, title: FICTIONAL_PROJECTS[0][0] });
    expect(first.description).toContain('« Projet fictif de démonstration »');
    const all = (await api(t, null, 'GET', '/library/search?limit=50')).json();
    expect(all.total).toBeGreaterThanOrEqual(35);
    expect(all.facets.theme).toHaveLength(12);
    expect(all.facets.region.length).toBeGreaterThanOrEqual(12);
    expect(all.facets.organisationKind.length).toBeGreaterThanOrEqual(4);
    const hits = (await api(t, null, 'GET', '/library/search?q=energie%20citoyenne')).json();
    expect(hits.items[0].id).toBe(DEMO_PROJECT_IDS.centralesVillageoises);
    const water = (await api(t, null, 'GET', '/library/search?q=captages%20eau%20potable')).json();
    expect(water.items.map((i: { id: string }) => i.id)).toContain(DEMO_PROJECT_IDS.terresDeSources);
  });
});
