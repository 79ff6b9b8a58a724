import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedDemoAccounts } from '../accounts/accounts.demo.ts';
import { seedDemoLibrary } from '../library/library.demo.ts';
import { DEMO_MODEL_IDS, seedDemoModels } from '../models/models.demo.ts';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { seedDemoSites } from './sites.demo.ts';

// Two shared cores: HTTP round trips with many writes can take longer than the default under load.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
  await seedDemoAccounts(t.ctx);
  await seedDemoLibrary(t.ctx);
  await seedDemoModels(t.ctx);
  await seedDemoSites(t.ctx);
});
afterAll(() => t.close());

describe('demo replication sites', () => {
  it('seeds several dozen Centrales Villageoises sites in five régions, each marked as simulated', async () => {
    const rows = await t.ctx.db
      .selectFrom('sites')
      .select(['model_id', 'region', 'stage', 'data_note', 'stage_changed_at'])
      .execute();
    const cv = rows.filter((r) => r.model_id === DEMO_MODEL_IDS.centralesVillageoises);
    expect(cv.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cv.map((r) => r.region))).toEqual(new Set(['84', '93', '76', '44', '75']));
    expect(cv.filter((r) => r.region === '84').length).toBeGreaterThan(cv.length / 2);
    expect(rows.every((r) => r.data_note?.includes('simulé'))).toBe(true);
    expect(new Set(cv.map((r) => r.stage)).size).toBe(7);
    const bricobus = rows.filter((r) => r.model_id === DEMO_MODEL_IDS.bricobus);
    expect(bricobus.length).toBeGreaterThanOrEqual(5);
  });

  it('gives each site a dated stage history ending at its current stage, and a checklist from the kit', async () => {
    const site = await t.ctx.db
      .selectFrom('sites')
      .selectAll()
      .where('name', '=', 'Centrales Villageoises du Trièves')
      .executeTakeFirstOrThrow();
    const history = await t.ctx.db
      .selectFrom('site_stage_changes')
      .selectAll()
      .where('site_id', '=', site.id)
      .orderBy('changed_at')
      .execute();
    expect(history.map((h) => h.to_stage)).toEqual([
      'interest',
      'opportunity',
      'feasibility',
      'launch',
      'operating',
    ]);
    expect(history.at(-1)!.changed_at).toBe(site.stage_changed_at);
    const steps = await t.ctx.db
      .selectFrom('site_steps')
      .selectAll()
      .where('site_id', '=', site.id)
      .execute();
    expect(steps.length).toBeGreaterThan(3);
    expect(steps.some((s) => s.done === 1)).toBe(true);
    const fixed = await t.ctx.db
      .selectFrom('site_adaptations')
      .selectAll()
      .where('site_id', '=', site.id)
      .where('element_kind', '=', 'fixed')
      .execute();
    expect(fixed).toHaveLength(1);
  });

  it('leaves two requests waiting for the carriers', async () => {
    const pending = await t.ctx.db.selectFrom('site_requests').select('status').execute();
    expect(pending.map((r) => r.status)).toEqual(['pending', 'pending']);
  });
});
