import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MODEL_IDS } from '../models/models.demo.ts';
import { runDemoSeeders } from '../seed/demo-seeds.ts';
import { createTestContext, type TestContext } from '../test/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
  await runDemoSeeders(t.ctx);
}, 120_000);
afterAll(() => t.close());

describe('indicators demo content', () => {
  it('gives the Centrales Villageoises network yearly power, shareholders and installations on its operating sites, marked simulated', async () => {
    const indicators = await t.ctx.db
      .selectFrom('indicators')
      .selectAll()
      .where('model_id', '=', DEMO_MODEL_IDS.centralesVillageoises)
      .orderBy('position')
      .execute();
    expect(indicators.map((i) => [i.name, i.unit, i.frequency, i.aggregation])).toEqual([
      ['Puissance installée', 'kWc', 'yearly', 'last'],
      ['Actionnaires', 'actionnaires', 'yearly', 'last'],
      ['Installations en service', 'installations', 'yearly', 'last'],
    ]);
    expect(indicators.every((i) => i.definition.includes('valeurs simulées'))).toBe(true);
    const values = await t.ctx.db
      .selectFrom('indicator_values')
      .select(['source', 'site_id'])
      .where('indicator_id', '=', indicators[0].id)
      .execute();
    expect(values.length).toBeGreaterThan(50);
    expect(new Set(values.map((v) => v.source))).toEqual(new Set(['demo']));
    // 1.7 MWc for 15 companies in 2018: the simulated network stays within the same order of magnitude.
    const y2018 = await t.ctx.db
      .selectFrom('indicator_rollups')
      .selectAll()
      .where('indicator_id', '=', indicators[0].id)
      .where('kind', '=', 'actual')
      .where('period', '=', '2018')
      .executeTakeFirst();
    expect(y2018).toBeDefined();
    expect(Number(y2018!.value_sum) / Number(y2018!.value_count)).toBeGreaterThan(30);
    expect(Number(y2018!.value_sum) / Number(y2018!.value_count)).toBeLessThan(300);
  });

  it('gives the Bricobus network quarterly worksites, and both public pages answer', async () => {
    const indicators = await t.ctx.db
      .selectFrom('indicators')
      .select(['id', 'frequency'])
      .where('model_id', '=', DEMO_MODEL_IDS.bricobus)
      .execute();
    expect(indicators.map((i) => i.frequency).sort()).toEqual(['quarterly', 'yearly']);
    for (const id of [DEMO_MODEL_IDS.centralesVillageoises, DEMO_MODEL_IDS.bricobus]) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/networks/${id}` });
      expect(res.statusCode).toBe(200);
      expect(res.json().sites.length).toBeGreaterThan(0);
    }
  });
});
