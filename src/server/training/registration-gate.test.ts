import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../accounts/users.repository.ts';
import { createSession } from '../auth/sessions.ts';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { EnvError, parseEnv } from '../env.ts';
import {
  BusyError,
  REGISTRATION_GATE,
  RegistrationGate,
  gateOptionsFrom,
  setGate,
} from './registration-gate.ts';
import { createPublished } from './training.test-support.ts';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('registration gate', () => {
  it('reads its settings from the environment, with the measured defaults', () => {
    expect(gateOptionsFrom(parseEnv({}))).toEqual(REGISTRATION_GATE);
    expect(
      gateOptionsFrom(
        parseEnv({
          REGISTRATION_CONCURRENCY: '8',
          REGISTRATION_QUEUE_MAX: '50',
          REGISTRATION_WAIT_MS: '5000',
        }),
      ),
    ).toEqual({ perKey: 8, maxQueued: 50, maxWaitMs: 5000, retryAfterSeconds: 10 });
    expect(() => parseEnv({ REGISTRATION_CONCURRENCY: '0' })).toThrow(EnvError);
    expect(() => parseEnv({ REGISTRATION_WAIT_MS: 'soon' })).toThrow(/REGISTRATION_WAIT_MS/);
  });

  it('runs at most perKey at once per key, in arrival order, other keys independent', async () => {
    const gate = new RegistrationGate({ perKey: 2, maxQueued: 10, maxWaitMs: 5000, retryAfterSeconds: 5 });
    const order: string[] = [];
    let running = 0;
    let peak = 0;
    const release: (() => void)[] = [];
    const job = (name: string) => () =>
      new Promise<string>((resolve) => {
        running++;
        peak = Math.max(peak, running);
        order.push(name);
        release.push(() => {
          running--;
          resolve(name);
        });
      });
    const all = ['a1', 'a2', 'a3', 'a4'].map((n) => gate.run('a', job(n)));
    const other = gate.run('b', job('b1'));
    await tick();
    expect(order).toEqual(['a1', 'a2', 'b1']);
    expect(gate.stats()).toEqual({ queued: 2, active: 3 });
    while (release.length) {
      release.shift()!();
      await tick();
    }
    expect(await Promise.all([...all, other])).toEqual(['a1', 'a2', 'a3', 'a4', 'b1']);
    expect(order).toEqual(['a1', 'a2', 'b1', 'a3', 'a4']);
    expect(peak).toBe(3);
    expect(gate.stats()).toEqual({ queued: 0, active: 0 });
  });

  it('refuses at once when the line is full, and after maxWaitMs in line, freeing its place', async () => {
    const gate = new RegistrationGate({ perKey: 1, maxQueued: 1, maxWaitMs: 50, retryAfterSeconds: 7 });
    let finish!: () => void;
    const first = gate.run('k', () => new Promise<void>((r) => (finish = r)));
    const second = gate.run('k', () => Promise.resolve('second'));
    await expect(gate.run('k', () => Promise.resolve('third'))).rejects.toBeInstanceOf(BusyError);
    await expect(second).rejects.toMatchObject({ status: 503, retryAfterSeconds: 7 });
    expect(gate.stats()).toEqual({ queued: 0, active: 1 });
    finish();
    await first;
    expect(await gate.run('k', () => Promise.resolve('again'))).toBe('again');
    expect(gate.stats()).toEqual({ queued: 0, active: 0 });
  });

  it('releases the slot when the work throws', async () => {
    const gate = new RegistrationGate({ perKey: 1, maxQueued: 5, maxWaitMs: 1000, retryAfterSeconds: 5 });
    await expect(gate.run('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run('k', () => Promise.resolve(1))).toBe(1);
  });
});

describe('registration bursts over HTTP', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  async function people(n: number, prefix: string): Promise<string[]> {
    const cookies: string[] = [];
    for (let i = 0; i < n; i++) {
      const id = await insertUser(
        t.ctx.db,
        {
          email: `${prefix}${i}@burst.example.org`,
          displayName: `Personne ${i}`,
          passwordHash: null,
          language: 'fr',
          emailVerifiedAt: t.ctx.now().toISOString(),
        },
        t.ctx.now(),
      );
      cookies.push(`essaim_session=${(await createSession(t.ctx.db, id, t.ctx.now(), {})).secret}`);
    }
    return cookies;
  }

  it('takes 250 simultaneous registrations without a pool timeout (500) and without over-booking', async () => {
    const m = await createRoleMatrix(t);
    const session = await createPublished(t, m.facilitator, m.organisationId, { capacity: 60 });
    const cookies = await people(250, 'all');
    const responses = await Promise.all(
      cookies.map((cookie) =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/training-sessions/${session.id}/registrations`,
          headers: { cookie },
          payload: {},
        }),
      ),
    );
    // Every answer is a registration or, if the line waited longer than the gate allows (a very loaded machine), a
    // clean 503 with Retry-After that wrote nothing: never a 500 from the connection pool.
    const busy = responses.filter((r) => r.statusCode === 503);
    const ok = responses.filter((r) => r.statusCode === 201);
    expect(responses.filter((r) => r.statusCode !== 201 && r.statusCode !== 503).map((r) => r.body)).toEqual(
      [],
    );
    for (const r of busy) expect(r.headers['retry-after']).toBe(String(REGISTRATION_GATE.retryAfterSeconds));
    expect(ok.length).toBeGreaterThanOrEqual(200);
    const rows = await t.ctx.db
      .selectFrom('training_registrations')
      .select('status')
      .where('session_id', '=', session.id)
      .execute();
    expect(rows).toHaveLength(ok.length);
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(60);
    expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(ok.length - 60);
  }, 180_000);

  it('answers 503 with Retry-After and writes nothing when the line is full', async () => {
    const m = await createRoleMatrix(t);
    const session = await createPublished(t, m.facilitator, m.organisationId, { capacity: 60 });
    const gate = new RegistrationGate({ perKey: 1, maxQueued: 1, maxWaitMs: 30_000, retryAfterSeconds: 9 });
    setGate(t.ctx, gate);
    try {
      const [late, later] = await people(2, 'full');
      // One registration of this session is running and one is waiting: the line is full.
      let release!: () => void;
      const running = gate.run(session.id, () => new Promise<void>((r) => (release = r)));
      const waiting = gate.run(session.id, () => Promise.resolve());
      const refused = await t.app.inject({
        method: 'POST',
        url: `/api/v1/training-sessions/${session.id}/registrations`,
        headers: { cookie: late!, 'accept-language': 'fr' },
        payload: {},
      });
      expect(refused.statusCode).toBe(503);
      expect(refused.headers['retry-after']).toBe('9');
      expect(refused.json().error.code).toBe('registration_busy');
      expect(refused.json().error.message).toContain('réessayez dans 9\u00a0secondes');
      expect(
        await t.ctx.db
          .selectFrom('training_registrations')
          .select('id')
          .where('session_id', '=', session.id)
          .execute(),
      ).toEqual([]);
      release();
      await Promise.all([running, waiting]);
      const accepted = await t.app.inject({
        method: 'POST',
        url: `/api/v1/training-sessions/${session.id}/registrations`,
        headers: { cookie: later! },
        payload: {},
      });
      expect(accepted.statusCode).toBe(201);
      expect(gate.stats()).toEqual({ queued: 0, active: 0 });
    } finally {
      setGate(t.ctx, new RegistrationGate(REGISTRATION_GATE));
    }
  }, 60_000);
});
