import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createRoleMatrix, TestContext } from '../test/harness.ts';
import type { PlanView } from './plans.schemas.ts';
import { call, createCompletedDiagnostic, createPlanFixture } from './plans.test-support.ts';

describe('plans: proposals from a newer diagnostic', () => {
  let t: TestContext;
  let m: Awaited<ReturnType<typeof createRoleMatrix>>;
  let projectId: string;
  let plan: PlanView;

  beforeAll(async () => {
    ({ t, m, projectId, plan } = await createPlanFixture());
  });
  afterAll(() => t.close());

  it('a newer diagnostic proposes new items for new gaps and closing items whose gap is gone; applying is all or nothing', async () => {
    const newer = await createCompletedDiagnostic(t, projectId, m.organisationId, m.owner.id, {
      answers: { 'capacity.leader-time': { unknown: true } },
    });
    const res = await call(t, m.viewer, {
      method: 'GET',
      url: `/plans/${plan.id}/proposals?diagnosticId=${newer}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const proposals = res.json();
    expect(proposals.diff).toMatchObject({
      newGaps: ['capacity.leader-time'],
      closedGaps: ['economics.cost-known'],
    });
    expect(proposals.add.map((a: { key: string }) => a.key)).toContain('gap:capacity.leader-time');
    const closing = proposals.close.find((c: { key: string }) => c.key === 'gap:economics.cost-known');
    expect(closing).toBeDefined();
    const bad = await call(t, m.editor, {
      method: 'POST',
      url: `/plans/${plan.id}/proposals`,
      payload: {
        diagnosticId: newer,
        add: ['gap:capacity.leader-time', 'gap:nope'],
        close: [closing.itemId],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['add']);
    expect(
      await t.ctx.db
        .selectFrom('plan_items')
        .select('id')
        .where('source_ref', 'like', '%capacity.leader-time%')
        .where('kind', '=', 'prerequisite')
        .where('source_ref', 'like', '%gap:%')
        .execute(),
    ).toHaveLength(0);
    const applied = await call(t, m.editor, {
      method: 'POST',
      url: `/plans/${plan.id}/proposals`,
      payload: { diagnosticId: newer, add: ['gap:capacity.leader-time'], close: [closing.itemId] },
    });
    expect(applied.statusCode, applied.body).toBe(200);
    const after = applied.json() as PlanView;
    expect(after.diagnosticId).toBe(newer);
    expect(after.items.find((i) => i.sourceRef?.key === 'gap:capacity.leader-time')).toBeDefined();
    expect(after.items.find((i) => i.id === closing.itemId)?.status).toBe('termine');
  });
});
