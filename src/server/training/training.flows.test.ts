import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, createTestUser, type TestContext } from '../test/harness.ts';
import { runDueJobs } from '../jobs/jobs.ts';
import { jobHandlers } from '../jobs/job-handlers.ts';
import { OFFER_EXPIRY_JOB } from './registrations.service.ts';
import { createPublished, registerAs, sessionBody } from './training.test-support.ts';
import { foldLine } from './ics.ts';

const START = new Date('2026-11-25T10:00:00.000Z');
let t: TestContext;
let m: Awaited<ReturnType<typeof createRoleMatrix>>;
beforeAll(async () => {
  t = await createTestContext({ now: START });
  m = await createRoleMatrix(t);
});
afterAll(() => t.close());

const get = (url: string, cookie?: string) =>
  t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

describe('calendar', () => {
  it('writes RFC 5545 with Europe/Paris, stable UIDs and a higher SEQUENCE after a change; a removed meeting is cancelled', async () => {
    const s = await createPublished(t, m.facilitator, m.organisationId);
    const first = await get(`/api/v1/training-sessions/${s.id}/calendar.ics`);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toMatch(/text\/calendar/);
    const ics = first.body;
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2.0\r\n/);
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(ics).toContain('DTSTART;TZID=Europe/Paris:20270115T140000');
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const uids = [...ics.matchAll(/UID:(.+)\r\n/g)].map((x) => x[1]);
    expect(ics).toContain('SEQUENCE:0');

    const me = await createTestUser(t);
    await registerAs(t, me, s.id);
    const meetings = sessionBody(m.organisationId).meetings.map((x, i) => ({ ...x, id: s.meetings[i]!.id }));
    meetings[2] = { ...meetings[2]!, start: '10:30', end: '12:30' };
    const { organisationId: _o, ...rest } = sessionBody(m.organisationId);
    const updated = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/training-sessions/${s.id}`,
      headers: { cookie: m.facilitator.cookie },
      payload: {
        ...rest,
        registrationDeadline: '2027-01-10T10:00:00.000Z',
        meetings: meetings.filter((_, i) => i !== 3),
        version: s.version,
      },
    });
    expect(updated.statusCode).toBe(200);
    const after = (await get(`/api/v1/training-sessions/${s.id}/calendar.ics`)).body;
    expect([...after.matchAll(/UID:(.+)\r\n/g)].map((x) => x[1])).toEqual(uids);
    const event = (uid: string) =>
      after.slice(after.indexOf(`UID:${uid}`), after.indexOf('END:VEVENT', after.indexOf(`UID:${uid}`)));
    expect(event(uids[2]!)).toContain('SEQUENCE:1');
    expect(event(uids[2]!)).toContain('DTSTART;TZID=Europe/Paris:20270122T103000');
    expect(event(uids[3]!)).toContain('STATUS:CANCELLED');
    expect(event(uids[0]!)).toContain('SEQUENCE:0');
    // The participant got the update (REQUEST) and the cancellation (CANCEL) with the same UIDs.
    const mail = await t.ctx.db
      .selectFrom('outbox')
      .select('attachments')
      .where('to_email', '=', me.email)
      .where('subject', 'like', 'Changement%')
      .executeTakeFirstOrThrow();
    const files = (JSON.parse(mail.attachments!) as { content: string }[]).map((a) =>
      Buffer.from(a.content, 'base64').toString(),
    );
    expect(files[0]).toContain('METHOD:REQUEST');
    expect(files[0]).toContain(`UID:${uids[2]}`);
    expect(files[1]).toContain('METHOD:CANCEL');
    expect(files[1]).toContain(`UID:${uids[3]}`);

    // The feed: only with the right token, and only shown to people who hold a place.
    const view = (await get(`/api/v1/training-sessions/${s.id}`, me.cookie)).json() as { feedUrl: string };
    expect(view.feedUrl).toMatch(/\/feed\/.+\.ics$/);
    expect((await get(view.feedUrl)).statusCode).toBe(200);
    expect((await get(`/api/v1/training-sessions/${s.id}/feed/${'x'.repeat(32)}.ics`)).statusCode).toBe(404);
    expect(((await get(`/api/v1/training-sessions/${s.id}`)).json() as { feedUrl: null }).feedUrl).toBeNull();
  });

  it('folds long lines on character boundaries', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    expect(folded.split('\r\n ').join('')).toBe(line);
    expect(folded.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  });
});

describe('waitlist offers', () => {
  it('offers a freed place with a time limit; the expiry job passes it on to the next person', async () => {
    const s = await createPublished(t, m.facilitator, m.organisationId, { capacity: 1 });
    const [a, b, c] = [await createTestUser(t), await createTestUser(t), await createTestUser(t)];
    await registerAs(t, a, s.id);
    expect((await registerAs(t, b, s.id)).json()).toMatchObject({ status: 'waitlisted' });
    expect((await registerAs(t, c, s.id)).json()).toMatchObject({ status: 'waitlisted' });
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/v1/training-sessions/${s.id}/registrations/me`,
          headers: { cookie: a.cookie },
        })
      ).statusCode,
    ).toBe(204);
    const mine = (u: typeof b) =>
      get(`/api/v1/training-sessions/${s.id}`, u.cookie).then(
        (r) =>
          (r.json() as { myRegistration: { status: string; offerExpiresAt: string | null } }).myRegistration,
      );
    expect(await mine(b)).toMatchObject({ status: 'offered', offerExpiresAt: '2026-11-27T10:00:00.000Z' });
    const offer = await t.ctx.db
      .selectFrom('outbox')
      .select(['subject', 'text_body'])
      .where('to_email', '=', b.email)
      .where('subject', 'like', 'Une place%')
      .executeTakeFirstOrThrow();
    expect(offer.text_body).toMatch(/Acceptez-la avant le/);

    // Not yet due: nothing moves.
    t.setNow(new Date('2026-11-26T10:00:00Z'));
    await runDueJobs(t.ctx, jobHandlers, { kinds: [OFFER_EXPIRY_JOB] });
    expect((await mine(b)).status).toBe('offered');
    // Two days later, b did not answer: c gets the offer, b goes back to the end of the waitlist.
    t.setNow(new Date('2026-11-27T10:05:00Z'));
    const report = await runDueJobs(t.ctx, jobHandlers, { kinds: [OFFER_EXPIRY_JOB] });
    expect(report.done).toBe(1);
    expect((await mine(b)).status).toBe('waitlisted');
    expect((await mine(c)).status).toBe('offered');
    const late = await t.app.inject({
      method: 'POST',
      url: `/api/v1/training-sessions/${s.id}/registrations/me/accept`,
      headers: { cookie: b.cookie },
    });
    expect(late.statusCode).toBe(409);
    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/training-sessions/${s.id}/registrations/me/accept`,
      headers: { cookie: c.cookie },
    });
    expect(accepted.statusCode).toBe(200);
    expect((await mine(c)).status).toBe('confirmed');
    t.setNow(START);
  });
});

describe('attendance, certificate, cohort, survey', () => {
  it('marks attendance, lets participants check in during the meeting only, and refuses a certificate to someone absent', async () => {
    const s = await createPublished(t, m.facilitator, m.organisationId, {
      registrationDeadline: '2026-12-01T10:00:00.000Z',
      meetings: [
        { title: 'Définitions', date: '2026-12-04', start: '10:00', end: '12:00' },
        { title: 'Cas', date: '2026-12-11', start: '10:00', end: '12:00' },
      ],
    });
    const here = await createTestUser(t, { displayName: 'Alice Présente' });
    const away = await createTestUser(t, { displayName: 'Bruno Absent' });
    const rHere = (await registerAs(t, here, s.id, { organisationId: null, shareConsent: true })).json() as {
      id: string;
    };
    const rAway = (await registerAs(t, away, s.id)).json() as { id: string };
    const meeting = s.meetings[0]!.id;
    const checkIn = (u: typeof here) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/training-sessions/${s.id}/meetings/${meeting}/check-in`,
        headers: { cookie: u.cookie },
      });
    expect((await checkIn(here)).statusCode).toBe(409);
    t.setNow(new Date('2026-12-04T09:30:00Z'));
    expect((await checkIn(here)).statusCode).toBe(204);
    const put = (cookie: string, marks: object[]) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/training-sessions/${s.id}/attendance`,
        headers: { cookie },
        payload: { marks },
      });
    expect(
      (await put(m.owner.cookie, [{ registrationId: rAway.id, meetingId: meeting, present: false }]))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await put(m.facilitator.cookie, [
          { registrationId: rAway.id, meetingId: meeting, present: false },
          { registrationId: rHere.id, meetingId: s.meetings[1]!.id, present: true },
        ])
      ).statusCode,
    ).toBe(200);
    const grid = (await get(`/api/v1/training-sessions/${s.id}/attendance`, m.facilitator.cookie)).json() as {
      participants: { registrationId: string; marks: Record<string, { present: boolean; by: string }> }[];
    };
    expect(grid.participants.find((p) => p.registrationId === rHere.id)?.marks[meeting]).toEqual({
      present: true,
      by: 'self',
    });

    const cert = await get(
      `/api/v1/training-sessions/${s.id}/registrations/${rHere.id}/certificate.pdf`,
      here.cookie,
    );
    expect(cert.statusCode).toBe(200);
    expect(cert.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const refused = await get(
      `/api/v1/training-sessions/${s.id}/registrations/${rAway.id}/certificate.pdf`,
      m.facilitator.cookie,
    );
    expect(refused.statusCode).toBe(409);
    expect(
      (await get(`/api/v1/training-sessions/${s.id}/registrations/${rHere.id}/certificate.pdf`, away.cookie))
        .statusCode,
    ).toBe(404);

    const cohortView = await get(`/api/v1/training-sessions/${s.id}/cohort`, m.facilitator.cookie);
    expect(cohortView.statusCode).toBe(200);
    expect(
      (cohortView.json() as { participants: { name: string; shareConsent: boolean }[] }).participants.map(
        (p) => [p.name, p.shareConsent],
      ),
    ).toEqual([
      ['Alice Présente', true],
      ['Bruno Absent', false],
    ]);
    expect((await get(`/api/v1/training-sessions/${s.id}/cohort`, here.cookie)).statusCode).toBe(403);

    const survey = (u: typeof here, payload: object) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/training-sessions/${s.id}/survey`,
        headers: { cookie: u.cookie },
        payload,
      });
    expect((await survey(here, { overall: 6, usefulness: 4, recommend: true })).statusCode).toBe(400);
    expect(
      (await survey(here, { overall: 5, usefulness: 4, recommend: true, comment: 'Très utile' })).statusCode,
    ).toBe(204);
    expect((await survey(here, { overall: 5, usefulness: 4, recommend: true })).statusCode).toBe(409);
    expect((await survey(m.outsider, { overall: 5, usefulness: 4, recommend: true })).statusCode).toBe(403);
    expect(
      (await get(`/api/v1/training-sessions/${s.id}/survey`, m.facilitator.cookie)).json(),
    ).toMatchObject({ responses: 1, overall: 5, comments: ['Très utile'] });
    t.setNow(START);
  });

  it('accepts a PDF membership form checked by its bytes and refuses anything else', async () => {
    const s = await createPublished(t, m.facilitator, m.organisationId);
    const upload = (body: Buffer, cookie = m.facilitator.cookie) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/training-sessions/${s.id}/membership-form`,
        headers: { cookie, 'content-type': 'application/pdf' },
        payload: body,
      });
    expect((await upload(Buffer.from('MZ not a pdf'))).statusCode).toBe(400);
    expect((await upload(Buffer.from('%PDF-1.7 ...'), m.owner.cookie)).statusCode).toBe(403);
    expect((await upload(Buffer.from('%PDF-1.7 ...'))).statusCode).toBe(204);
    const form = await get(`/api/v1/training-sessions/${s.id}/membership-form`);
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-type']).toBe('application/pdf');
  });
});
