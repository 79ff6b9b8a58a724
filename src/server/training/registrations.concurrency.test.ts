import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../accounts/users.repository.ts';
import { createSession } from '../auth/sessions.ts';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { createPublished } from './training.test-support.ts';

/**
 * No over-booking under concurrency: 220 people register for 40 places, 60 requests in flight at any time. Run on SQLite by default and on
 * PostgreSQL with ESSAIM_TEST_DB=postgres (where the requests really run in parallel on a pool of connections and the
 * session row lock decides).
 */
let t: TestContext;
/**
 * Runs every call with at most IN_FLIGHT at once (all started together, refilled as they end). 60 concurrent
 * transactions is six times the PostgreSQL pool of the harness: they really contend for the session lock. All 220 at
 * once on PostgreSQL ran into the pool's 5-second connection wait on this loaded machine (500s, never over-booking).
 */
const IN_FLIGHT = 60;
async function inFlight<T, R>(items: T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(IN_FLIGHT, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await run(items[i]!);
      }
    }),
  );
  return out;
}
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('registration under concurrency', () => {
  it('confirms exactly `capacity` people out of 220 requests (60 in flight), the rest waitlisted in order', async () => {
    const m = await createRoleMatrix(t);
    const session = await createPublished(t, m.facilitator, m.organisationId, { capacity: 40 });
    const cookies: string[] = [];
    for (let i = 0; i < 220; i++) {
      const id = await insertUser(
        t.ctx.db,
        {
          email: `p${i}@load.example.org`,
          displayName: `Personne ${i}`,
          passwordHash: null,
          language: 'fr',
          emailVerifiedAt: t.ctx.now().toISOString(),
        },
        t.ctx.now(),
      );
      const { secret } = await createSession(t.ctx.db, id, t.ctx.now(), {});
      cookies.push(`essaim_session=${secret}`);
    }
    const responses = await inFlight(cookies, (cookie) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/training-sessions/${session.id}/registrations`,
        headers: { cookie },
        payload: {},
      }),
    );
    const codes = responses.map((r) => r.statusCode);
    if (codes.some((c) => c !== 201))
      console.log(codes.filter((c) => c !== 201).length, responses.find((r) => r.statusCode !== 201)?.body);
    expect(codes.filter((c) => c !== 201)).toEqual([]);
    const statuses = responses.map((r) => (r.json() as { status: string }).status);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(40);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(180);

    const rows = await t.ctx.db
      .selectFrom('training_registrations')
      .select(['status', 'position'])
      .where('session_id', '=', session.id)
      .execute();
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(40);
    // Positions are unique and arrival-ordered: every confirmed person arrived before every waitlisted one.
    expect(new Set(rows.map((r) => r.position)).size).toBe(220);
    const maxConfirmed = Math.max(...rows.filter((r) => r.status === 'confirmed').map((r) => r.position));
    const minWaiting = Math.min(...rows.filter((r) => r.status === 'waitlisted').map((r) => r.position));
    expect(maxConfirmed).toBeLessThan(minWaiting);

    // Twenty people cancel at once: exactly twenty places are offered, never more.
    const cancelled = await Promise.all(
      responses
        .map((r, i) => ({ r, cookie: cookies[i]! }))
        .filter(({ r }) => (r.json() as { status: string }).status === 'confirmed')
        .slice(0, 20)
        .map(({ cookie }) =>
          t.app.inject({
            method: 'DELETE',
            url: `/api/v1/training-sessions/${session.id}/registrations/me`,
            headers: { cookie },
          }),
        ),
    );
    expect(cancelled.every((r) => r.statusCode === 204)).toBe(true);
    const after = await t.ctx.db
      .selectFrom('training_registrations')
      .select(['status'])
      .where('session_id', '=', session.id)
      .execute();
    expect(
      after.filter((r) => r.status === 'confirmed').length +
        after.filter((r) => r.status === 'offered').length,
    ).toBe(40);
    expect(after.filter((r) => r.status === 'offered')).toHaveLength(20);
  }, 120_000);
});
