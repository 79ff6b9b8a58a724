import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, type createRoleMatrix, type TestContext } from '../test/harness.ts';
import type { ItemView, PlanView } from './plans.schemas.ts';
import { call, createPlanFixture } from './plans.test-support.ts';

describe('plans: plan fields, items, conflicts, comments, history', () => {
  let t: TestContext;
  let m: Awaited<ReturnType<typeof createRoleMatrix>>;
  let plan: PlanView;

  beforeAll(async () => {
    ({ t, m, plan } = await createPlanFixture());
  });
  afterAll(() => t.close());

  const reload = async () =>
    (plan = (await call(t, m.viewer, { method: 'GET', url: `/plans/${plan.id}` })).json() as PlanView);
  const addItem = (payload: Record<string, unknown>, user = m.editor) =>
    call(t, user, { method: 'POST', url: `/plans/${plan.id}/items`, payload });

  it('edits the plan: objectives with targets and dates; wrong dates refused; stale version is a 409', async () => {
    const ok = await call(t, m.editor, {
      method: 'PATCH',
      url: `/plans/${plan.id}`,
      payload: {
        version: 1,
        strategy: 'franchise',
        startDate: '2027-01-01',
        endDate: '2028-12-31',
        objectives: [{ label: 'Sites ouverts', target: 5, unit: 'sites', date: '2028-06-30' }],
      },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      version: 2,
      strategy: 'franchise',
      objectives: [{ label: 'Sites ouverts', target: 5 }],
    });
    const bad = await call(t, m.editor, {
      method: 'PATCH',
      url: `/plans/${plan.id}`,
      payload: { version: 2, endDate: '2026-01-01' },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['endDate']);
    const stale = await call(t, m.owner, {
      method: 'PATCH',
      url: `/plans/${plan.id}`,
      payload: { version: 1, title: 'x' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.currentVersion).toBe(2);
  });

  it('adds items of each kind and computes totals and the risk matrix', async () => {
    const risk = await addItem({
      kind: 'risk',
      title: 'Départ de l’animateur',
      ownerId: m.viewer.id,
      dueDate: '2027-03-01',
      details: { likelihood: 3, impact: 3, mitigation: 'Binôme' },
    });
    expect(risk.statusCode, risk.body).toBe(201);
    expect(risk.json()).toMatchObject({
      ownerName: 'Viewer',
      details: { likelihood: 3, impact: 3 },
      version: 1,
      sourceRef: null,
    });
    expect(
      (
        await addItem({
          kind: 'budget-line',
          title: 'Camion',
          details: {
            category: 'investment',
            amount: 42_000,
            fundingSource: 'Région',
            fundingStatus: 'granted',
          },
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await addItem({
          kind: 'budget-line',
          title: 'Salaire',
          details: {
            category: 'running',
            amount: 18_000.5,
            fundingSource: 'Fondation',
            fundingStatus: 'requested',
          },
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await addItem({ kind: 'partner', title: 'Mairie', details: { role: 'Prête un local', contact: '' } }))
        .statusCode,
    ).toBe(201);
    await reload();
    expect(plan.totals).toEqual({
      total: 60_000.5,
      byCategory: { investment: 42_000, running: 18_000.5 },
      funded: 42_000,
      unfunded: 18_000.5,
      unfundedShare: 0.3,
    });
    expect(plan.riskMatrix[0][2].itemIds).toContain((risk.json() as ItemView).id);
  });

  describe('bad input is refused with the field and nothing is written', () => {
    let m1: string;
    let m2: string;
    beforeAll(async () => {
      m1 = (
        (
          await addItem({
            kind: 'milestone',
            title: 'Jalon 1',
            startDate: '2027-01-01',
            dueDate: '2027-02-01',
          })
        ).json() as ItemView
      ).id;
      m2 = (
        (
          await addItem({ kind: 'milestone', title: 'Jalon 2', details: { dependsOn: [m1] } })
        ).json() as ItemView
      ).id;
    });

    it.each([
      [
        'dates in the wrong order',
        () => ({ kind: 'prerequisite', title: 'x', startDate: '2027-05-01', dueDate: '2027-04-01' }),
        'dueDate',
      ],
      ['an impossible date', () => ({ kind: 'prerequisite', title: 'x', dueDate: '2027-02-30' }), 'dueDate'],
      [
        'a negative amount',
        () => ({ kind: 'budget-line', title: 'x', details: { amount: -5 } }),
        'details.amount',
      ],
      [
        'an owner outside the organisation',
        () => ({ kind: 'prerequisite', title: 'x', ownerId: m.outsider.id }),
        'ownerId',
      ],
      [
        'a dependency on a non-milestone',
        () => ({ kind: 'milestone', title: 'x', details: { dependsOn: [plan.items[0].id] } }),
        'details.dependsOn',
      ],
      [
        'a likelihood of 4',
        () => ({ kind: 'risk', title: 'x', details: { likelihood: 4 } }),
        'details.likelihood',
      ],
      ['an empty title', () => ({ kind: 'partner', title: ' ' }), 'title'],
    ])('%s', async (_label, payload, field) => {
      const before = await t.ctx.db.selectFrom('plan_items').select('id').execute();
      const res = await addItem(payload());
      expect(res.statusCode, res.body).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual([field]);
      expect(await t.ctx.db.selectFrom('plan_items').select('id').execute()).toHaveLength(before.length);
    });

    it('refuses a milestone depending on itself, and a cycle, naming the loop; dependencies stay unchanged', async () => {
      const self = await call(t, m.editor, {
        method: 'PATCH',
        url: `/plans/${plan.id}/items/${m1}`,
        payload: { version: 1, details: { dependsOn: [m1] } },
      });
      expect(self.statusCode).toBe(400);
      expect(self.json().error.fields['details.dependsOn']).toBe(
        'Un jalon ne peut pas dépendre de lui-même.',
      );
      const cycle = await call(t, m.editor, {
        method: 'PATCH',
        url: `/plans/${plan.id}/items/${m1}`,
        payload: { version: 1, details: { dependsOn: [m2] } },
      });
      expect(cycle.statusCode).toBe(400);
      expect(cycle.json().error.fields['details.dependsOn']).toMatch(
        /boucle\u00a0: Jalon (1|2) → Jalon (1|2)/,
      );
      const deps = await t.ctx.db.selectFrom('plan_item_dependencies').selectAll().execute();
      expect(deps).toEqual([{ item_id: m2, depends_on_id: m1 }]);
    });

    it('a deleted milestone leaves the dependencies of others', async () => {
      const m3 = (
        (
          await addItem({ kind: 'milestone', title: 'Jalon 3', details: { dependsOn: [m2] } })
        ).json() as ItemView
      ).id;
      expect(
        (await call(t, m.editor, { method: 'DELETE', url: `/plans/${plan.id}/items/${m2}` })).statusCode,
      ).toBe(204);
      await reload();
      expect(plan.items.find((i) => i.id === m2)).toBeUndefined();
      expect(plan.items.find((i) => i.id === m3)?.details).toEqual({ dependsOn: [] });
    });
  });

  it('two people editing one item: the second gets 409 with the current item, nothing overwritten', async () => {
    const item = (await addItem({ kind: 'prerequisite', title: 'Écrire la charte' })).json() as ItemView;
    const first = await call(t, m.editor, {
      method: 'PATCH',
      url: `/plans/${plan.id}/items/${item.id}`,
      payload: { version: 1, status: 'termine', ownerId: m.owner.id },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ version: 2, status: 'termine', ownerName: 'Owner' });
    const second = await call(t, m.owner, {
      method: 'PATCH',
      url: `/plans/${plan.id}/items/${item.id}`,
      payload: { version: 1, title: 'Autre titre' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({
      code: 'conflict',
      currentVersion: 2,
      current: { id: item.id, status: 'termine', title: 'Écrire la charte', version: 2 },
    });
  });

  it('comments on items (editors write, viewers read) and keeps a history of who changed what', async () => {
    const target = plan.items[0];
    const posted = await call(t, m.editor, {
      method: 'POST',
      url: `/plans/${plan.id}/items/${target.id}/comments`,
      payload: { body: 'Je m’en occupe.' },
    });
    expect(posted.statusCode).toBe(201);
    expect(
      (
        await call(t, m.viewer, {
          method: 'POST',
          url: `/plans/${plan.id}/items/${target.id}/comments`,
          payload: { body: 'Moi ?' },
        })
      ).statusCode,
    ).toBe(403);
    const list = (
      await call(t, m.viewer, { method: 'GET', url: `/plans/${plan.id}/items/${target.id}/comments` })
    ).json();
    expect(list.items).toMatchObject([{ body: 'Je m’en occupe.', authorName: 'Editor' }]);
    await reload();
    expect(plan.items[0].commentCount).toBe(1);
    const history = (await call(t, m.viewer, { method: 'GET', url: `/plans/${plan.id}/history` })).json() as {
      items: { action: string; actorName: string; changes: Record<string, unknown> }[];
    };
    const actions = history.items.map((h) => h.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'plan.created',
        'plan.updated',
        'item.created',
        'item.updated',
        'item.deleted',
        'comment.added',
      ]),
    );
    const update = history.items.find((h) => h.action === 'item.updated');
    expect(update?.changes).toMatchObject({ status: { from: 'en-cours', to: 'termine' } });
    expect(update?.actorName).toBe('Editor');
  });

  it('a user outside the organisation cannot be made owner even by an administrator', async () => {
    const stranger = await createTestUser(t, { displayName: 'Stranger' });
    const res = await addItem({ kind: 'prerequisite', title: 'x', ownerId: stranger.id }, m.admin);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty('ownerId');
  });
});
