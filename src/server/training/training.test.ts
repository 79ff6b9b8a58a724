import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, createTestUser, type TestContext } from '../test/harness.ts';
import { createPublished, registerAs, sessionBody } from './training.test-support.ts';

let t: TestContext;
let m: Awaited<ReturnType<typeof createRoleMatrix>>;
beforeAll(async () => {
  t = await createTestContext({ now: new Date('2026-11-25T10:00:00.000Z') });
  m = await createRoleMatrix(t);
});
afterAll(() => t.close());

const post = (cookie: string | undefined, url: string, payload: unknown) =>
  t.app.inject({ method: 'POST', url, headers: cookie ? { cookie } : {}, payload: payload as object });

describe('training sessions: creation and public pages', () => {
  it('only facilitators create; drafts are hidden from the public; published sessions are public without private data', async () => {
    expect(
      (await post(undefined, '/api/v1/training-sessions', sessionBody(m.organisationId))).statusCode,
    ).toBe(401);
    expect(
      (await post(m.owner.cookie, '/api/v1/training-sessions', sessionBody(m.organisationId))).statusCode,
    ).toBe(403);
    const created = await post(
      m.facilitator.cookie,
      '/api/v1/training-sessions',
      sessionBody(m.organisationId),
    );
    expect(created.statusCode).toBe(201);
    const draft = created.json() as {
      id: string;
      version: number;
      meetings: { startsAt: string; date: string; start: string }[];
    };
    // 10:00 in Paris in January is 09:00 UTC.
    expect(draft.meetings[0]).toMatchObject({
      date: '2027-01-15',
      start: '10:00',
      startsAt: '2027-01-15T09:00:00.000Z',
    });
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/training-sessions/${draft.id}` })).statusCode,
    ).toBe(404);
    const list0 = await t.app.inject({ method: 'GET', url: '/api/v1/training-sessions' });
    expect((list0.json() as { items: { id: string }[] }).items.map((i) => i.id)).not.toContain(draft.id);

    const published = await post(m.facilitator.cookie, `/api/v1/training-sessions/${draft.id}/status`, {
      status: 'published',
      version: draft.version,
    });
    expect(published.statusCode).toBe(200);
    const page = await t.app.inject({ method: 'GET', url: `/api/v1/training-sessions/${draft.id}` });
    expect(page.statusCode).toBe(200);
    const body = page.json() as Record<string, unknown>;
    expect(body).toMatchObject({
      status: 'published',
      placesLeft: 3,
      registrationOpen: true,
      feedUrl: null,
      myRegistration: null,
      canManage: false,
    });
    expect(JSON.stringify(body)).not.toMatch(/feed_token|registrations/);
    const upcoming = await t.app.inject({ method: 'GET', url: '/api/v1/training-sessions?when=upcoming' });
    expect((upcoming.json() as { items: { id: string }[] }).items.map((i) => i.id)).toContain(draft.id);
    const past = await t.app.inject({ method: 'GET', url: '/api/v1/training-sessions?when=past' });
    expect((past.json() as { items: { id: string }[] }).items.map((i) => i.id)).not.toContain(draft.id);
  });

  it('refuses meetings that end before they start or overlap, and a deadline after the last meeting, with the field', async () => {
    const bad = (meetings: unknown[], extra: Record<string, unknown> = {}) =>
      post(
        m.facilitator.cookie,
        '/api/v1/training-sessions',
        sessionBody(m.organisationId, { meetings, ...extra }),
      );
    const backwards = await bad([{ title: 'A', date: '2027-01-15', start: '12:00', end: '10:00' }]);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields).toHaveProperty(['meetings.0.end']);
    const overlap = await bad([
      { title: 'A', date: '2027-01-15', start: '10:00', end: '12:00' },
      { title: 'B', date: '2027-01-15', start: '11:00', end: '13:00' },
    ]);
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().error.fields).toHaveProperty(['meetings.1.start']);
    const late = await bad([{ title: 'A', date: '2027-01-15', start: '10:00', end: '12:00' }], {
      registrationDeadline: '2027-01-20T10:00:00Z',
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.fields).toHaveProperty('registrationDeadline');
    const http = await bad([
      {
        title: 'A',
        date: '2027-01-15',
        start: '10:00',
        end: '12:00',
        conferenceUrl: 'http://visio.example.org',
      },
    ]);
    expect(http.statusCode).toBe(400);
    const gap = await bad([{ title: 'A', date: '2027-03-28', start: '02:30', end: '04:00' }], {
      registrationDeadline: '2027-03-01T10:00:00Z',
    });
    expect(gap.statusCode).toBe(400);
  });
});

describe('registrations', () => {
  it('confirms up to capacity, then waitlists; refuses twice; capacity cannot go below the confirmed count', async () => {
    const s = await createPublished(t, m.facilitator, m.organisationId, { capacity: 2 });
    const a = await createTestUser(t);
    const b = await createTestUser(t);
    const c = await createTestUser(t);
    expect((await registerAs(t, a, s.id)).json()).toMatchObject({ status: 'confirmed' });
    expect((await registerAs(t, a, s.id)).statusCode).toBe(409);
    expect((await registerAs(t, b, s.id)).json()).toMatchObject({ status: 'confirmed' });
    expect((await registerAs(t, c, s.id)).json()).toMatchObject({ status: 'waitlisted' });
    expect((await post(undefined, `/api/v1/training-sessions/${s.id}/registrations`, {})).statusCode).toBe(
      401,
    );
    const shrink = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/training-sessions/${s.id}`,
      headers: { cookie: m.facilitator.cookie },
      payload: {
        ...sessionBody(m.organisationId, { capacity: 1 }),
        organisationId: undefined,
        version: s.version,
        meetings: sessionBody(m.organisationId).meetings.map((x, i) => ({ ...x, id: s.meetings[i]!.id })),
      },
    });
    expect(shrink.statusCode).toBe(400);
    expect(shrink.json().error.fields).toHaveProperty('capacity');
    // The confirmation e-mail carries the invitation.
    const mail = await t.ctx.db
      .selectFrom('outbox')
      .select(['attachments', 'subject'])
      .where('to_email', '=', a.email)
      .executeTakeFirstOrThrow();
    expect(mail.subject).toMatch(/Inscription confirmée/);
    const ics = Buffer.from(
      (JSON.parse(mail.attachments!) as { content: string }[])[0]!.content,
      'base64',
    ).toString();
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('DTSTART;TZID=Europe/Paris:20270115T100000');
  });

  it('closes at the deadline with a clear message', async () => {
    const s = await createPublished(t, m.facilitator, m.organisationId, {
      registrationDeadline: '2026-11-26T17:00:00.000Z',
    });
    const late = await createTestUser(t);
    t.setNow(new Date('2026-11-26T18:00:00Z'));
    try {
      const r = await registerAs(t, late, s.id);
      expect(r.statusCode).toBe(409);
      expect(r.json().error.code).toBe('registration_closed');
      expect(r.json().error.message).toMatch(/closes depuis le 26 novembre 2026 à 18:00/);
      expect(r.json().error.fields).toHaveProperty('registrationDeadline');
    } finally {
      t.setNow(new Date('2026-11-25T10:00:00.000Z'));
    }
  });

  it('lets the facilitator confirm membership, refuse with a reason and move people; others cannot', async () => {
    const s = await createPublished(t, m.facilitator, m.organisationId, { capacity: 1 });
    const a = await createTestUser(t);
    const b = await createTestUser(t);
    const ra = (await registerAs(t, a, s.id)).json() as { id: string };
    const rb = (await registerAs(t, b, s.id)).json() as { id: string; status: string };
    expect(rb.status).toBe('waitlisted');
    const act = (cookie: string, id: string, payload: object) =>
      post(cookie, `/api/v1/training-sessions/${s.id}/registrations/${id}/actions`, payload);
    expect((await act(m.owner.cookie, ra.id, { action: 'confirm-membership' })).statusCode).toBe(403);
    expect((await act(m.facilitator.cookie, ra.id, { action: 'confirm-membership' })).statusCode).toBe(200);
    expect((await act(m.facilitator.cookie, rb.id, { action: 'move-to-confirmed' })).statusCode).toBe(409);
    const noReason = await act(m.facilitator.cookie, ra.id, { action: 'refuse' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toHaveProperty('reason');
    const refused = await act(m.facilitator.cookie, ra.id, {
      action: 'refuse',
      reason: 'Adhésion non réglée',
    });
    const items = (
      refused.json() as {
        items: { id: string; status: string; reason: string | null; membershipConfirmed: boolean }[];
      }
    ).items;
    expect(items.find((i) => i.id === ra.id)).toMatchObject({
      status: 'refused',
      reason: 'Adhésion non réglée',
      membershipConfirmed: true,
    });
    const refusal = await t.ctx.db
      .selectFrom('outbox')
      .select('text_body')
      .where('to_email', '=', a.email)
      .where('subject', 'like', 'Inscription non retenue%')
      .executeTakeFirstOrThrow();
    expect(refusal.text_body).toContain('Adhésion non réglée');
    // The freed place is offered to b.
    expect(items.find((i) => i.id === rb.id)?.status).toBe('offered');
    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/v1/training-sessions/${s.id}/participants.csv`,
      headers: { cookie: m.facilitator.cookie },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('refusée');
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/training-sessions/${s.id}/participants.csv`,
          headers: { cookie: m.viewer.cookie },
        })
      ).statusCode,
    ).toBe(403);
  });
});
