import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, createTestUser, type TestContext } from '../test/harness.ts';
import { createTestProject } from '../diagnostics/diagnostics.test-support.ts';
import { createAcceptedSite, createSitesCast } from '../sites/sites.test-support.ts';

/** A completed diagnostic with the given result, written as the engine stores it. */
async function completedDiagnostic(projectId: string, organisationId: string, vigilance: string[]) {
  const now = t.ctx.now().toISOString();
  await t.ctx.db
    .insertInto('diagnostics')
    .values({
      id: randomUUID(),
      project_id: projectId,
      organisation_id: organisationId,
      instrument_id: 'carrier-readiness',
      instrument_version: 1,
      kind: 'carrier-readiness',
      title: 'Diagnostic',
      status: 'completed',
      answers: '{}',
      answer_authors: '{}',
      result: JSON.stringify({
        verdict: { id: 'ready' },
        situations: [{ id: 'essaimer-ailleurs', score: 3 }],
        strategies: [
          { id: 'franchise', score: 80 },
          { id: 'dissemination', score: 60 },
        ],
        vigilance: vigilance.map((id) => ({ id })),
      }),
      engine_version: 1,
      completed_at: now,
      completed_by: m.owner.id,
      model_ref: null,
      model_project_id: null,
      territory_type: null,
      territory_code: null,
      territory_facts: null,
      created_by: m.owner.id,
      created_at: now,
      updated_at: now,
      deleted_at: null,
      deleted_by: null,
      version: 1,
    })
    .execute();
}

let t: TestContext;
let m: Awaited<ReturnType<typeof createRoleMatrix>>;
beforeAll(async () => {
  t = await createTestContext();
  m = await createRoleMatrix(t);
});
afterAll(() => t.close());

describe('facilitators following projects', () => {
  it('is invited by the project’s organisation, keeps private notes, and sees the project in the portfolio', async () => {
    const projectId = await createTestProject(t, m.organisationId, { title: 'Épicerie itinérante' });
    const invite = (cookie: string, facilitatorEmail: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/projects/${projectId}/facilitators`,
        headers: { cookie },
        payload: { facilitatorEmail },
      });
    expect((await invite(m.viewer.cookie, m.facilitator.email)).statusCode).toBe(403);
    expect((await invite(m.outsider.cookie, m.facilitator.email)).statusCode).toBe(404);
    const notFacilitator = await invite(m.editor.cookie, m.outsider.email);
    expect(notFacilitator.statusCode).toBe(400);
    expect(notFacilitator.json().error.fields).toHaveProperty('facilitatorEmail');
    const ok = await invite(m.editor.cookie, m.facilitator.email);
    expect(ok.statusCode).toBe(201);
    expect((await invite(m.editor.cookie, m.facilitator.email)).statusCode).toBe(409);
    const { id } = ok.json() as { id: string };

    const notes = (cookie: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/facilitator-follows/${id}/notes`,
        headers: { cookie },
        payload: { notes: 'Fragile sur le modèle économique' },
      });
    expect((await notes(m.owner.cookie)).statusCode).toBe(403);
    const other = await createTestUser(t, { platformRole: 'facilitator' });
    expect((await notes(other.cookie)).statusCode).toBe(404);
    expect((await notes(m.facilitator.cookie)).statusCode).toBe(204);

    const portfolio = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me/facilitator-portfolio',
      headers: { cookie: m.facilitator.cookie },
    });
    expect(portfolio.json()).toMatchObject({
      items: [
        {
          followId: id,
          project: { id: projectId, title: 'Épicerie itinérante' },
          notes: 'Fragile sur le modèle économique',
          diagnostic: null,
          plan: null,
        },
      ],
    });
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/me/facilitator-portfolio',
          headers: { cookie: other.cookie },
        })
      ).json(),
    ).toEqual({ items: [], commonVigilance: [] });
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/me/facilitator-portfolio',
          headers: { cookie: m.owner.cookie },
        })
      ).statusCode,
    ).toBe(403);

    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/v1/facilitator-follows/${id}`,
          headers: { cookie: m.owner.cookie },
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/me/facilitator-portfolio',
          headers: { cookie: m.facilitator.cookie },
        })
      ).json(),
    ).toEqual({ items: [], commonVigilance: [] });
  });

  it('answers 404 to people who may not read the project, 403 to those who may read but not write', async () => {
    const privateId = await createTestProject(t, m.organisationId, { visibility: 'private' });
    const publicId = await createTestProject(t, m.organisationId, {
      visibility: 'public',
      status: 'published',
    });
    const invite = (cookie: string, projectId: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/projects/${projectId}/facilitators`,
        headers: { cookie },
        payload: { facilitatorEmail: m.facilitator.email },
      });
    const count = async () =>
      (await t.ctx.db.selectFrom('facilitator_follows').select('id').execute()).length;
    const before = await count();
    expect((await invite(m.outsider.cookie, privateId)).statusCode).toBe(404);
    expect((await invite(m.outsider.cookie, publicId)).statusCode).toBe(403);
    expect((await invite(m.viewer.cookie, privateId)).statusCode).toBe(403);
    expect(await count()).toBe(before);

    const follow = await invite(m.owner.cookie, privateId);
    expect(follow.statusCode).toBe(201);
    const { id } = follow.json() as { id: string };
    const end = (cookie: string) =>
      t.app.inject({ method: 'DELETE', url: `/api/v1/facilitator-follows/${id}`, headers: { cookie } });
    expect((await end(m.outsider.cookie)).statusCode).toBe(404);
    const otherFacilitator = await createTestUser(t, { platformRole: 'facilitator' });
    expect((await end(otherFacilitator.cookie)).statusCode).toBe(404);
    expect((await end(m.viewer.cookie)).statusCode).toBe(403);
    const live = await t.ctx.db
      .selectFrom('facilitator_follows')
      .select('ended_at')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(live.ended_at).toBeNull();
    expect((await end(m.facilitator.cookie)).statusCode).toBe(204);
  });

  it('lists the project’s facilitators to its editors, and shows sites and shared vigilance in the portfolio', async () => {
    const cast = await createSitesCast(t);
    await createAcceptedSite(t, cast);
    const facilitator = await createTestUser(t, {
      platformRole: 'facilitator',
      displayName: 'Anne Animatrice',
    });
    const invite = await t.app.inject({
      method: 'POST',
      url: `/api/v1/projects/${cast.projectId}/facilitators`,
      headers: { cookie: cast.carrier.editor.cookie },
      payload: { facilitatorEmail: facilitator.email },
    });
    expect(invite.statusCode).toBe(201);
    const list = (cookie: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1/projects/${cast.projectId}/facilitators`,
        headers: { cookie },
      });
    expect((await list(cast.carrier.viewer.cookie)).statusCode).toBe(403);
    const listed = await list(cast.carrier.editor.cookie);
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toMatchObject({
      items: [{ id: invite.json().id, facilitator: { name: 'Anne Animatrice', email: facilitator.email } }],
    });

    // A second followed project sharing one vigilance point with the first.
    const second = await createTestProject(t, m.organisationId, { title: 'Atelier vélo' });
    await completedDiagnostic(cast.projectId, cast.carrier.organisationId, ['gouvernance', 'financement']);
    await completedDiagnostic(second, m.organisationId, ['financement']);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/projects/${second}/facilitators`,
          headers: { cookie: m.owner.cookie },
          payload: { facilitatorEmail: facilitator.email },
        })
      ).statusCode,
    ).toBe(201);
    const portfolio = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me/facilitator-portfolio',
      headers: { cookie: facilitator.cookie },
    });
    const body = portfolio.json() as {
      items: { project: { id: string }; sites: { total: number; items: { name: string }[] } }[];
      commonVigilance: { id: string; count: number }[];
    };
    expect(body.commonVigilance).toEqual([{ id: 'financement', count: 2 }]);
    const followed = body.items.find((i) => i.project.id === cast.projectId);
    expect(followed?.sites).toMatchObject({ total: 1, items: [{ name: 'Bricobus du Diois' }] });
    expect(body.items.find((i) => i.project.id === second)).toMatchObject({
      sites: { total: 0, items: [] },
      diagnostic: {
        verdict: 'ready',
        situations: ['essaimer-ailleurs'],
        vigilance: ['financement'],
        strategies: [{ id: 'franchise' }, { id: 'dissemination' }],
      },
    });
  });
});
