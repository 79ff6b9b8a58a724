import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createRoleMatrix, TestContext } from '../test/harness.ts';
import type { PlanView } from './plans.schemas.ts';
import { call, createPlanFixture, createTestProject } from './plans.test-support.ts';

describe('plans: creation from a diagnostic or from scratch', () => {
  let t: TestContext;
  let m: Awaited<ReturnType<typeof createRoleMatrix>>;
  let projectId: string;
  let diagnosticId: string;
  let plan: PlanView;

  beforeAll(async () => {
    ({ t, m, projectId, diagnosticId, plan } = await createPlanFixture());
  });
  afterAll(() => t.close());

  const items = (p: PlanView, kind: string) => p.items.filter((i) => i.kind === kind);

  it('pre-fills the plan from the diagnostic: strategy and ranking, prerequisites, risks, safeguards, each linked to its answers', () => {
    expect(plan).toMatchObject({
      projectId,
      diagnosticId,
      projectTitle: 'Bricobus',
      status: 'draft',
      version: 1,
      access: { canEdit: true },
    });
    expect(plan.strategy).toBe(plan.strategyRanking[0].id);
    const gap = plan.items.find((i) => i.sourceRef?.key === 'gap:economics.cost-known');
    expect(gap).toMatchObject({
      kind: 'prerequisite',
      status: 'en-cours',
      sourceRef: { diagnosticId, questionIds: ['economics.cost-known'], ruleId: 'gap' },
    });
    expect(items(plan, 'safeguard')).toHaveLength(4);
    for (const s of items(plan, 'safeguard'))
      expect((s.details as { indicator: string }).indicator).not.toBe('');
    for (const r of items(plan, 'risk')) expect(r.sourceRef?.key).toMatch(/^vigilance:/);
    expect(plan.members.map((x) => x.displayName).sort()).toEqual(['Editor', 'Owner', 'Viewer']);
  });

  it('creates a plan from scratch, and lists the project’s plans', async () => {
    const res = await call(t, m.owner, {
      method: 'POST',
      url: `/projects/${projectId}/plans`,
      payload: { title: 'Plan vierge' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      title: 'Plan vierge',
      items: [],
      diagnosticId: null,
      totals: { total: 0, unfundedShare: 0 },
    });
    const list = (await call(t, m.viewer, { method: 'GET', url: `/projects/${projectId}/plans` })).json() as {
      items: { id: string; itemCount: number }[];
    };
    expect(list.items.map((p) => p.id)).toContain(plan.id);
    expect(list.items.find((p) => p.id === plan.id)?.itemCount).toBe(plan.items.length);
  });

  it('refuses a diagnostic of another project or still a draft, naming diagnosticId', async () => {
    const other = await createTestProject(t, m.organisationId, { title: 'Autre' });
    const res = await call(t, m.editor, {
      method: 'POST',
      url: `/projects/${other}/plans`,
      payload: { diagnosticId },
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['diagnosticId']);
    await t.ctx.db
      .updateTable('diagnostics')
      .set({ status: 'draft' })
      .where('id', '=', diagnosticId)
      .execute();
    expect(
      (
        await call(t, m.editor, {
          method: 'POST',
          url: `/projects/${projectId}/plans`,
          payload: { diagnosticId },
        })
      ).json().error.fields,
    ).toHaveProperty('diagnosticId');
    await t.ctx.db
      .updateTable('diagnostics')
      .set({ status: 'completed' })
      .where('id', '=', diagnosticId)
      .execute();
  });
});
