import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext, type TestUser } from '../test/harness.ts';
import { call, createCompletedDiagnostic, createTestProject } from './plans.test-support.ts';
import type { PlanView } from './plans.schemas.ts';

/** Who may do what on a plan: members of the project's organisation read (viewers) and write (editors, owners); others get 404. */
describe('plans: permissions', () => {
  let t: TestContext;
  let m: Awaited<ReturnType<typeof createRoleMatrix>>;
  let projectId: string;
  let diagnosticId: string;
  let plan: PlanView;

  beforeAll(async () => {
    t = await createTestContext();
    m = await createRoleMatrix(t);
    projectId = await createTestProject(t, m.organisationId, { visibility: 'public' });
    diagnosticId = await createCompletedDiagnostic(t, projectId, m.organisationId, m.owner.id);
    plan = (
      await call(t, m.owner, {
        method: 'POST',
        url: `/projects/${projectId}/plans`,
        payload: { diagnosticId },
      })
    ).json() as PlanView;
  });
  afterAll(() => t.close());

  type Who = 'owner' | 'editor' | 'viewer' | 'outsider' | 'facilitator' | 'admin' | 'anonymous';
  const who = (name: Who): TestUser | null => (name === 'anonymous' ? null : m[name]);
  const item = () => plan.items[0];

  const reads = [
    ['GET plan', () => ({ method: 'GET' as const, url: `/plans/${plan.id}` })],
    ['GET list', () => ({ method: 'GET' as const, url: `/projects/${projectId}/plans` })],
    ['GET history', () => ({ method: 'GET' as const, url: `/plans/${plan.id}/history` })],
    [
      'GET comments',
      () => ({ method: 'GET' as const, url: `/plans/${plan.id}/items/${item().id}/comments` }),
    ],
    [
      'GET proposals',
      () => ({ method: 'GET' as const, url: `/plans/${plan.id}/proposals?diagnosticId=${diagnosticId}` }),
    ],
    ['GET csv', () => ({ method: 'GET' as const, url: `/plans/${plan.id}/export.csv` })],
  ] as const;

  it.each([
    ['owner', 200],
    ['editor', 200],
    ['viewer', 200],
    ['admin', 200],
    ['outsider', 404],
    ['facilitator', 404],
    ['anonymous', 404],
  ] as [Who, number][])('%s reads → %i', async (name, status) => {
    for (const [label, request] of reads) {
      const res = await call(t, who(name), request());
      expect(res.statusCode, `${label}: ${res.body}`).toBe(status);
    }
  });

  const writes = [
    ['POST plan', () => ({ method: 'POST' as const, url: `/projects/${projectId}/plans`, payload: {} }), 201],
    [
      'PATCH plan',
      () => ({ method: 'PATCH' as const, url: `/plans/${plan.id}`, payload: { version: 999, title: 'x' } }),
      409,
    ],
    [
      'POST item',
      () => ({
        method: 'POST' as const,
        url: `/plans/${plan.id}/items`,
        payload: { kind: 'prerequisite', title: 'x' },
      }),
      201,
    ],
    [
      'PATCH item',
      () => ({
        method: 'PATCH' as const,
        url: `/plans/${plan.id}/items/${item().id}`,
        payload: { version: 999, title: 'x' },
      }),
      409,
    ],
    [
      'POST comment',
      () => ({
        method: 'POST' as const,
        url: `/plans/${plan.id}/items/${item().id}/comments`,
        payload: { body: 'x' },
      }),
      201,
    ],
    [
      'POST proposals',
      () => ({
        method: 'POST' as const,
        url: `/plans/${plan.id}/proposals`,
        payload: { diagnosticId, add: [], close: [] },
      }),
      200,
    ],
  ] as const;

  it.each([
    ['owner', null],
    ['editor', null],
    ['admin', null],
    ['viewer', 403],
    ['outsider', 404],
    ['facilitator', 404],
    ['anonymous', 404],
  ] as [Who, number | null][])('%s writes → %s', async (name, status) => {
    for (const [label, request, allowed] of writes) {
      const res = await call(t, who(name), request());
      expect(res.statusCode, `${label}: ${res.body}`).toBe(status ?? allowed);
    }
  });

  it('only editors delete items; outsiders cannot tell the plan exists', async () => {
    const id = item().id;
    expect(
      (await call(t, m.viewer, { method: 'DELETE', url: `/plans/${plan.id}/items/${id}` })).statusCode,
    ).toBe(403);
    expect(
      (await call(t, m.outsider, { method: 'DELETE', url: `/plans/${plan.id}/items/${id}` })).statusCode,
    ).toBe(404);
    expect(
      (await call(t, m.outsider, { method: 'GET', url: `/plans/00000000-0000-4000-8000-000000000000` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call(t, m.editor, { method: 'DELETE', url: `/plans/${plan.id}/items/${id}` })).statusCode,
    ).toBe(204);
    expect(
      (await call(t, m.editor, { method: 'DELETE', url: `/plans/${plan.id}/items/${id}` })).statusCode,
    ).toBe(404);
  });

  it('an item of another plan cannot be reached through this plan', async () => {
    const other = (
      await call(t, m.owner, { method: 'POST', url: `/projects/${projectId}/plans`, payload: {} })
    ).json() as PlanView;
    const res = await call(t, m.editor, {
      method: 'PATCH',
      url: `/plans/${other.id}/items/${plan.items[1].id}`,
      payload: { version: 1, title: 'x' },
    });
    expect(res.statusCode).toBe(404);
  });
});
