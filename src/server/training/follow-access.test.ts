import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, type TestUser } from '../test/harness.ts';
import { call, createPlanFixture } from '../plans/plans.test-support.ts';
import { activeFollowerIds } from './follow-access.ts';

/**
 * A facilitator who follows a project reads its private diagnostics and plans (the portfolio links to them), never
 * changes them, and loses that access when the follow ends or when they are no longer a facilitator; another
 * facilitator never had it.
 */
let f: Awaited<ReturnType<typeof createPlanFixture>>;
let other: TestUser;
let followId: string;
beforeAll(async () => {
  f = await createPlanFixture();
  other = await createTestUser(f.t, { displayName: 'Autre animatrice', platformRole: 'facilitator' });
  const invited = await call(f.t, f.m.editor, {
    method: 'POST',
    url: `/projects/${f.projectId}/facilitators`,
    payload: { facilitatorEmail: f.m.facilitator.email },
  });
  expect(invited.statusCode, invited.body).toBe(201);
  followId = invited.json().id;
});
afterAll(() => f.t.close());

const status = async (
  user: TestUser,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
) => (await call(f.t, user, { method, url, ...(payload !== undefined ? { payload } : {}) })).statusCode;

describe('a facilitator following a project', () => {
  it('reads the project’s diagnostic and plan, as the portfolio links them', async () => {
    const diagnostic = await call(f.t, f.m.facilitator, {
      method: 'GET',
      url: `/diagnostics/${f.diagnosticId}`,
    });
    expect(diagnostic.statusCode, diagnostic.body).toBe(200);
    expect(diagnostic.json()).toMatchObject({
      id: f.diagnosticId,
      access: { canAnswer: false, canShare: false },
    });
    const plan = await call(f.t, f.m.facilitator, { method: 'GET', url: `/plans/${f.plan.id}` });
    expect(plan.statusCode, plan.body).toBe(200);
    expect(plan.json().id).toBe(f.plan.id);
    expect(await status(f.m.facilitator, 'GET', `/plans/${f.plan.id}/history`)).toBe(200);
    const portfolio = (
      await call(f.t, f.m.facilitator, { method: 'GET', url: '/me/facilitator-portfolio' })
    ).json();
    const item = portfolio.items.find((i: { project: { id: string } }) => i.project.id === f.projectId);
    expect(item.diagnostic.id).toBe(f.diagnosticId);
    expect(item.plan.id).toBe(f.plan.id);
  });

  it('cannot change them: 403, and nothing is written', async () => {
    const d = `/diagnostics/${f.diagnosticId}`;
    expect(await status(f.m.facilitator, 'PATCH', d, { version: 1, title: 'Changé' })).toBe(403);
    expect(await status(f.m.facilitator, 'POST', `${d}/reopen`, { version: 1 })).toBe(403);
    expect(await status(f.m.facilitator, 'DELETE', d)).toBe(403);
    const p = `/plans/${f.plan.id}`;
    expect(await status(f.m.facilitator, 'PATCH', p, { version: f.plan.version, title: 'Changé' })).toBe(403);
    expect(
      await status(f.m.facilitator, 'POST', `${p}/items`, { kind: 'prerequisite', title: 'Ajout' }),
    ).toBe(403);
    const after = (await call(f.t, f.m.editor, { method: 'GET', url: d })).json();
    expect(after).toMatchObject({ version: 1, status: 'completed' });
    expect(after.title).not.toBe('Changé');
    expect((await call(f.t, f.m.editor, { method: 'GET', url: p })).json().title).not.toBe('Changé');
  });

  it('is refused to a facilitator who does not follow the project', async () => {
    expect(await status(other, 'GET', `/diagnostics/${f.diagnosticId}`)).toBe(404);
    expect(await status(other, 'GET', `/plans/${f.plan.id}`)).toBe(404);
  });

  it('is lost by a former facilitator (the follow itself untouched), and comes back with the role', async () => {
    const setRole = async (platformRole: 'user' | 'facilitator') => {
      const res = await call(f.t, f.m.admin, {
        method: 'PATCH',
        url: `/admin/users/${f.m.facilitator.id}`,
        payload: { platformRole },
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    await setRole('user');
    // Same session as before: only the role changed.
    expect(await status(f.m.facilitator, 'GET', `/diagnostics/${f.diagnosticId}`)).toBe(404);
    expect(await status(f.m.facilitator, 'GET', `/plans/${f.plan.id}`)).toBe(404);
    expect(await status(f.m.facilitator, 'GET', `/plans/${f.plan.id}/history`)).toBe(404);
    expect(await activeFollowerIds(f.t.ctx.db, f.projectId)).not.toContain(f.m.facilitator.id);
    const follow = await f.t.ctx.db
      .selectFrom('facilitator_follows')
      .select('ended_at')
      .where('id', '=', followId)
      .executeTakeFirstOrThrow();
    expect(follow.ended_at).toBeNull();

    await setRole('facilitator');
    expect(await activeFollowerIds(f.t.ctx.db, f.projectId)).toContain(f.m.facilitator.id);
    expect(await status(f.m.facilitator, 'GET', `/diagnostics/${f.diagnosticId}`)).toBe(200);
    expect(await status(f.m.facilitator, 'GET', `/plans/${f.plan.id}`)).toBe(200);
  });

  it('ends with the follow', async () => {
    expect(await status(f.m.facilitator, 'DELETE', `/facilitator-follows/${followId}`)).toBe(204);
    expect(await status(f.m.facilitator, 'GET', `/diagnostics/${f.diagnosticId}`)).toBe(404);
    expect(await status(f.m.facilitator, 'GET', `/plans/${f.plan.id}`)).toBe(404);
    expect(await status(f.m.facilitator, 'GET', `/plans/${f.plan.id}/history`)).toBe(404);
  });
});
