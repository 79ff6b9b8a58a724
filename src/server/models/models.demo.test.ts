import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoAccounts } from '../accounts/accounts.demo.ts';
import { seedDemoLibrary } from '../library/library.demo.ts';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { api } from './models.test-support.ts';
import { DEMO_MODEL_IDS, seedDemoModels } from './models.demo.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
  await seedDemoAccounts(t.ctx);
  await seedDemoLibrary(t.ctx);
  await seedDemoModels(t.ctx);
  await seedDemoModels(t.ctx);
});
afterAll(() => t.close());

describe('demo transfer kits', () => {
  it('publishes one kit per reference case, readable without an account and exportable', async () => {
    const kits = (await api(t, null, 'GET', '/kits')).json();
    expect(kits.items.map((k: { title: string }) => k.title).sort()).toEqual([
      'Bricobus',
      'Centrales Villageoises',
      'Terres de Sources',
    ]);
    const cv = (await api(t, null, 'GET', `/kits/${DEMO_MODEL_IDS.centralesVillageoises}/versions/1`)).json();
    expect(cv.content.phases.map((p: { title: string }) => p.title)).toEqual([
      'Émergence',
      'Animation',
      'Développement',
      'Réalisation',
    ]);
    expect(cv.content.commitments.map((c: { kind: string }) => c.kind)).toEqual([
      'charter',
      'trademark',
      'contribution',
    ]);
    const pdf = await api(t, null, 'GET', `/models/${DEMO_MODEL_IDS.bricobus}/versions/1/export?format=pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
