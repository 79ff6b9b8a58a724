import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  createTestOrganisation,
  createTestUser,
  type TestContext,
  type TestUser,
} from '../test/harness.ts';
import { demoSeeders } from '../seed/demo-seeds.ts';
import { seedDemoDiagnostics } from '../diagnostics/diagnostics.demo.ts';
import { seedDemoPlans } from './plans.demo.ts';
import { call, createTestProject } from './plans.test-support.ts';
import type { PlanView } from './plans.schemas.ts';

describe('demo plan', () => {
  let t: TestContext;
  let owner: TestUser;
  beforeAll(async () => {
    t = await createTestContext();
    owner = await createTestUser(t);
    const organisationId = await createTestOrganisation(t, owner, [], 'Association de démonstration');
    await createTestProject(t, organisationId, {
      title: 'Bricobus des Compagnons Bâtisseurs',
      visibility: 'public',
    });
  });
  afterAll(() => t.close());

  it('is registered right after the diagnostics seeder', () => {
    const names = demoSeeders.map((s) => s.name);
    expect(names.indexOf('plans')).toBe(names.indexOf('diagnostics') + 1);
  });

  it('does nothing without the Bricobus diagnostic', async () => {
    expect(await seedDemoPlans(t.ctx)).toBeNull();
  });

  it('gives Bricobus a plan derived from its diagnostic, with a milestone chain, a budget and partners', async () => {
    await seedDemoDiagnostics(t.ctx);
    const id = await seedDemoPlans(t.ctx);
    const plan = (await call(t, owner, { method: 'GET', url: `/plans/${id}` })).json() as PlanView;
    expect(plan.items.filter((i) => i.sourceRef !== null).length).toBeGreaterThan(4);
    expect(
      plan.items.filter((i) => i.kind === 'milestone').map((i) => (i.details.dependsOn as string[]).length),
    ).toEqual([0, 1, 1]);
    expect(plan.totals).toMatchObject({ total: 109_500, funded: 52_000 });
    expect(plan.items.filter((i) => i.kind === 'partner')).toHaveLength(2);
  });
});
