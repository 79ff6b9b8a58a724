import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createRoleMatrix,
  createTestContext,
  createTestUser,
  type TestContext,
  type TestUser,
} from '../test/harness.ts';
import { createPublished, registerAs, sessionBody } from './training.test-support.ts';

/** Who runs a session: its creator, the organising organisation's editors who are facilitators, administrators. */
let t: TestContext;
let m: Awaited<ReturnType<typeof createRoleMatrix>>;
let otherFacilitator: TestUser;
let memberFacilitator: TestUser;
let session: Awaited<ReturnType<typeof createPublished>>;
beforeAll(async () => {
  t = await createTestContext({ now: new Date('2026-11-25T10:00:00.000Z') });
  m = await createRoleMatrix(t);
  otherFacilitator = await createTestUser(t, {
    displayName: 'Autre animatrice',
    platformRole: 'facilitator',
  });
  memberFacilitator = await createTestUser(t, {
    displayName: 'Animateur du réseau',
    platformRole: 'facilitator',
  });
  await t.ctx.db
    .insertInto('memberships')
    .values({
      organisation_id: m.organisationId,
      user_id: memberFacilitator.id,
      role: 'editor',
      created_at: t.ctx.now().toISOString(),
    })
    .execute();
  session = await createPublished(t, m.facilitator, m.organisationId);
});
afterAll(() => t.close());

const get = (user: TestUser | null, url: string) =>
  t.app.inject({ method: 'GET', url, headers: user ? { cookie: user.cookie } : {} });

describe('managing a session', () => {
  it('is refused to a facilitator who neither created it nor belongs to the organising organisation, on every facilitator endpoint', async () => {
    const base = `/api/v1/training-sessions/${session.id}`;
    for (const path of ['/registrations', '/participants.csv', '/attendance', '/cohort', '/survey']) {
      expect((await get(otherFacilitator, `${base}${path}`)).statusCode, path).toBe(403);
      expect((await get(m.owner, `${base}${path}`)).statusCode, path).toBe(403);
      expect((await get(null, `${base}${path}`)).statusCode, path).toBe(401);
      expect((await get(memberFacilitator, `${base}${path}`)).statusCode, path).toBe(200);
      expect((await get(m.admin, `${base}${path}`)).statusCode, path).toBe(200);
    }
    const put = await t.app.inject({
      method: 'PUT',
      url: base,
      headers: { cookie: otherFacilitator.cookie },
      payload: { ...sessionBody(m.organisationId), organisationId: undefined, version: session.version },
    });
    expect(put.statusCode).toBe(403);
    const status = await t.app.inject({
      method: 'POST',
      url: `${base}/status`,
      headers: { cookie: otherFacilitator.cookie },
      payload: { status: 'closed', version: session.version },
    });
    expect(status.statusCode).toBe(403);
    const attendance = await t.app.inject({
      method: 'PUT',
      url: `${base}/attendance`,
      headers: { cookie: otherFacilitator.cookie },
      payload: { marks: [{ registrationId: session.id, meetingId: session.meetings[0]!.id, present: true }] },
    });
    expect(attendance.statusCode).toBe(403);
    const page = (await get(otherFacilitator, base)).json() as { canManage: boolean };
    expect(page.canManage).toBe(false);
    expect(((await get(memberFacilitator, base)).json() as { canManage: boolean }).canManage).toBe(true);
  });

  it('hides another facilitator’s drafts, and lists my sessions with their counts', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/training-sessions',
      headers: { cookie: m.facilitator.cookie },
      payload: sessionBody(m.otherOrganisationId, { title: 'Brouillon privé' }),
    });
    const draft = created.json() as { id: string };
    expect((await get(otherFacilitator, `/api/v1/training-sessions/${draft.id}`)).statusCode).toBe(404);
    const drafts = (await get(otherFacilitator, '/api/v1/training-sessions?when=all&drafts=true')).json() as {
      items: { id: string }[];
    };
    expect(drafts.items.map((i) => i.id)).not.toContain(draft.id);
    const own = (await get(m.facilitator, '/api/v1/training-sessions?when=all&drafts=true')).json() as {
      items: { id: string }[];
    };
    expect(own.items.map((i) => i.id)).toContain(draft.id);

    expect((await registerAs(t, m.viewer, session.id, { organisationId: m.organisationId })).statusCode).toBe(
      201,
    );
    const mine = await get(m.facilitator, '/api/v1/me/training-sessions');
    expect(mine.statusCode).toBe(200);
    const items = (
      mine.json() as { items: { id: string; status: string; confirmed: number; capacity: number }[] }
    ).items;
    expect(items.find((i) => i.id === session.id)).toMatchObject({
      status: 'published',
      confirmed: 1,
      capacity: 3,
    });
    expect(items.find((i) => i.id === draft.id)).toMatchObject({ status: 'draft', confirmed: 0 });
    expect(
      ((await get(otherFacilitator, '/api/v1/me/training-sessions')).json() as { items: unknown[] }).items,
    ).toEqual([]);
    expect((await get(m.owner, '/api/v1/me/training-sessions')).statusCode).toBe(403);
    expect((await get(null, '/api/v1/me/training-sessions')).statusCode).toBe(401);
  });

  it('lists my registrations with meetings, check-in window, certificate and survey availability', async () => {
    const mine = await get(m.viewer, '/api/v1/me/training-registrations');
    expect(mine.statusCode).toBe(200);
    const item = (mine.json() as { items: Record<string, unknown>[] }).items.find(
      (i) => i.sessionId === session.id,
    );
    expect(item).toMatchObject({
      status: 'confirmed',
      certificateUrl: null,
      surveyOpen: false,
      surveyAnswered: false,
    });
    const meetings = item!.meetings as {
      present: boolean;
      checkInOpen: boolean;
      date: string;
      start: string;
    }[];
    expect(meetings).toHaveLength(4);
    expect(meetings[0]).toMatchObject({
      date: '2027-01-15',
      start: '10:00',
      present: false,
      checkInOpen: false,
    });
    expect((await get(null, '/api/v1/me/training-registrations')).statusCode).toBe(401);
    expect(
      ((await get(m.editor, '/api/v1/me/training-registrations')).json() as { items: unknown[] }).items,
    ).toEqual([]);
  });

  it('links method pages by kind and identifier, and refuses one the method does not have, naming the field', async () => {
    const create = (methodPageIds: string[]) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/training-sessions',
        headers: { cookie: m.facilitator.cookie },
        payload: sessionBody(m.organisationId, { methodPageIds }),
      });
    const ok = await create(['strategy:franchise', 'vigilance:copy-unchanged', 'introduction:definition']);
    expect(ok.statusCode).toBe(201);
    const saved = await get(m.facilitator, `/api/v1/training-sessions/${(ok.json() as { id: string }).id}`);
    expect(saved.json()).toMatchObject({
      methodPageIds: ['strategy:franchise', 'vigilance:copy-unchanged', 'introduction:definition'],
    });
    for (const wrong of ['strategy:nope', 'franchise', 'source:x', ':franchise']) {
      const refused = await create([wrong]);
      expect(refused.statusCode, wrong).toBe(400);
      expect(refused.json().error.fields.methodPageIds, wrong).toContain(wrong);
    }
  });
});
