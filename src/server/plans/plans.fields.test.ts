import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import type { PlanView } from './plans.schemas.ts';
import { call, createCompletedDiagnostic, createTestProject } from './plans.test-support.ts';

/** The plan's own fields: situation, strategy (shown by its title, with the diagnostic's ranking), objectives. */
describe('plans: situation, strategy by title, objectives', () => {
  let t: TestContext;
  let m: Awaited<ReturnType<typeof createRoleMatrix>>;
  let projectId: string;
  let plan: PlanView;

  const patch = (payload: Record<string, unknown>, user = m.editor) =>
    call(t, user, { method: 'PATCH', url: `/plans/${plan.id}`, payload });

  beforeAll(async () => {
    t = await createTestContext();
    m = await createRoleMatrix(t);
    projectId = await createTestProject(t, m.organisationId, { title: 'Terres de Sources' });
    const diagnosticId = await createCompletedDiagnostic(t, projectId, m.organisationId, m.owner.id);
    plan = (
      await call(t, m.editor, {
        method: 'POST',
        url: `/projects/${projectId}/plans`,
        payload: { diagnosticId },
      })
    ).json() as PlanView;
  });
  afterAll(() => t.close());

  it('names the chosen strategy by its title, lists the method’s choices, and the list shows the title too', async () => {
    expect(plan.strategy).not.toBeNull();
    expect(plan.strategyTitle?.fr).toBeTruthy();
    expect(plan.strategyTitle?.fr).not.toBe(plan.strategy);
    expect(plan.choices.strategies.map((s) => s.id)).toEqual(
      expect.arrayContaining(plan.strategyRanking.map((r) => r.id)),
    );
    expect(plan.choices.situations.length).toBeGreaterThanOrEqual(5);
    const chosen = plan.choices.strategies.find((s) => s.id === plan.strategy)!;
    expect(plan.strategyTitle).toEqual(chosen.title);
    const list = (await call(t, m.viewer, { method: 'GET', url: `/projects/${projectId}/plans` })).json() as {
      items: { id: string; strategyTitle: { fr: string } | null }[];
    };
    expect(list.items.find((p) => p.id === plan.id)?.strategyTitle).toEqual(chosen.title);
  });

  it('saves situation, strategy and objectives, and shows the new strategy’s title', async () => {
    const situation = plan.choices.situations[1].id;
    const strategy = plan.choices.strategies.find((s) => s.id !== plan.strategy)!;
    const res = await patch({
      version: plan.version,
      situation,
      strategy: strategy.id,
      startDate: '2027-01-01',
      objectives: [
        { label: 'Foyers desservis', target: 12_000, unit: 'foyers', date: '2028-12-31' },
        { label: 'Territoires', target: 3, unit: 'EPCI', date: null },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    plan = res.json() as PlanView;
    expect(plan).toMatchObject({ situation, strategy: strategy.id, strategyTitle: strategy.title });
    expect(plan.objectives).toHaveLength(2);
  });

  it.each([
    [{ strategy: 'made-up' }, 'strategy'],
    [{ situation: 'nowhere' }, 'situation'],
    [{ objectives: [{ label: 'Sites', target: -2, unit: '', date: null }] }, 'objectives.0.target'],
    [{ objectives: [{ label: 'Sites', target: 2, unit: '', date: '2026-06-30' }] }, 'objectives.0.date'],
    [{ objectives: [{ label: ' ', target: 2, unit: '', date: null }] }, 'objectives.0.label'],
  ])('refuses %j, naming %s, and writes nothing', async (payload, field) => {
    const res = await patch({ version: plan.version, ...payload });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual([field]);
    const after = (await call(t, m.viewer, { method: 'GET', url: `/plans/${plan.id}` })).json() as PlanView;
    expect(after.version).toBe(plan.version);
    expect(after.objectives).toEqual(plan.objectives);
  });

  it('viewers cannot change the fields (403), outsiders and anonymous visitors cannot tell it exists (404)', async () => {
    expect((await patch({ version: plan.version, situation: null }, m.viewer)).statusCode).toBe(403);
    expect((await patch({ version: plan.version, situation: null }, m.outsider)).statusCode).toBe(404);
    expect(
      (await call(t, null, { method: 'PATCH', url: `/plans/${plan.id}`, payload: { version: 1 } }))
        .statusCode,
    ).toBe(404);
  });
});
