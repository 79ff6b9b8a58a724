import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createTestUser, TEST_PASSWORD, type TestContext } from '../test/harness.ts';
import { hitRateLimit } from '../http/rate-limit-store.ts';
import { get, post, sessionCookie } from './test-support.ts';

describe('accounts: sign-in, sign-out, audit, attacks', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  const later = (ms: number) => t.setNow(new Date(t.ctx.now().getTime() + ms));

  it('signs in with the password and opens a session; signs out', async () => {
    const user = await createTestUser(t);
    const res = await post(t, '/auth/sign-in', { email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'essaim_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await get(t, '/auth/me', sessionCookie(res));
    expect(me.json()).toMatchObject({ id: user.id, email: user.email });
    expect((await post(t, '/auth/sign-out', {}, sessionCookie(res))).statusCode).toBe(204);
    expect((await get(t, '/auth/me', sessionCookie(res))).statusCode).toBe(401);
  });

  it('gives the same answer, in about the same time, for a wrong password and an unknown address', async () => {
    const user = await createTestUser(t);
    const time = async (email: string) => {
      const start = process.hrtime.bigint();
      const res = await post(
        t,
        '/auth/sign-in',
        { email, password: 'pas le bon mot de passe' },
        undefined,
        {},
        '10.0.0.2',
      );
      return { ms: Number(process.hrtime.bigint() - start) / 1e6, status: res.statusCode, body: res.body };
    };
    await time('warm-up@example.org');
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      const a = await time(user.email);
      const b = await time(`personne-${i}@example.org`);
      expect(a.status).toBe(401);
      expect(b.status).toBe(401);
      expect(a.body).toBe(b.body);
      wrong.push(a.ms);
      unknown.push(b.ms);
    }
    expect(
      (await post(t, '/auth/sign-in', { email: user.email, password: 'x' }, undefined, {}, '10.0.0.2')).json()
        .error,
    ).toEqual({
      code: 'invalid_credentials',
      message: 'Adresse e-mail ou mot de passe incorrect.',
      fields: {},
    });
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[1]!;
    const ratio = median(wrong) / median(unknown);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it('audits successful and failed sign-ins, with the IP', async () => {
    const user = await createTestUser(t);
    await post(t, '/auth/sign-in', { email: user.email, password: 'mauvais mot de passe' });
    await post(t, '/auth/sign-in', { email: 'inconnu@example.org', password: 'mauvais mot de passe' });
    const rows = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', 'in', ['user.sign-in', 'user.sign-in-failed'])
      .orderBy('at')
      .execute();
    const mine = rows.filter((r) => r.subject_id === user.id);
    expect(mine.map((r) => r.action).sort()).toEqual(['user.sign-in', 'user.sign-in-failed']);
    const failed = mine.find((r) => r.action === 'user.sign-in-failed')!;
    expect(JSON.parse(failed.details)).toEqual({ method: 'password', reason: 'wrong-password' });
    expect(failed.ip).toBe('127.0.0.1');
    const unknown = rows.filter((r) => r.action === 'user.sign-in-failed' && r.subject_id === null);
    expect(unknown.length).toBeGreaterThan(0);
    expect(JSON.parse(unknown.at(-1)!.details).reason).toBe('unknown-email');
  });

  it('rate limits sign-in attempts per address with « Réessayez dans N minutes », in English too', async () => {
    later(15 * 60_000);
    const user = await createTestUser(t);
    // createTestUser signed in once; seven more attempts are counted directly (hashing is slow), then two real wrong
    // passwords: the 11th attempt is refused.
    for (let i = 0; i < 7; i++)
      await hitRateLimit(t.ctx.db, `sign-in:email:${user.email}`, 15 * 60_000, t.ctx.now());
    for (let i = 0; i < 2; i++)
      expect(
        (
          await post(
            t,
            '/auth/sign-in',
            { email: user.email, password: 'mauvais mot de passe' },
            undefined,
            {},
            '10.0.0.5',
          )
        ).statusCode,
      ).toBe(401);
    const blocked = await post(t, '/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.message).toMatch(/^Trop de tentatives\. Réessayez dans \d+\u00a0minutes?\.$/);
    const en = await post(t, '/auth/sign-in', { email: user.email, password: TEST_PASSWORD }, undefined, {
      'accept-language': 'en',
    });
    expect(en.json().error.message).toMatch(/^Too many attempts\. Try again in \d+ minutes?\.$/);
    later(15 * 60_000);
    expect((await post(t, '/auth/sign-in', { email: user.email, password: TEST_PASSWORD })).statusCode).toBe(
      200,
    );
  });

  it('rate limits sign-in attempts per IP across addresses', async () => {
    later(15 * 60_000);
    for (let i = 0; i < 48; i++)
      await hitRateLimit(t.ctx.db, 'sign-in:ip:10.0.0.3', 15 * 60_000, t.ctx.now());
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      // TRUST_PROXY is off: X-Forwarded-For cannot be used to dodge the limit.
      const headers = { 'x-forwarded-for': `1.2.3.${i}` };
      statuses.push(
        (
          await post(
            t,
            '/auth/sign-in',
            { email: `spray-${i}@example.org`, password: 'essai' },
            undefined,
            headers,
            '10.0.0.3',
          )
        ).statusCode,
      );
    }
    expect(statuses).toEqual([401, 401, 429]);
    // Another IP is not affected.
    expect(
      (
        await post(
          t,
          '/auth/sign-in',
          { email: 'spray-0@example.org', password: 'essai' },
          undefined,
          {},
          '10.0.0.4',
        )
      ).statusCode,
    ).toBe(401);
  });

  it('refuses a disabled account with its own message, after checking the password', async () => {
    later(15 * 60_000);
    const user = await createTestUser(t);
    await t.ctx.db
      .updateTable('users')
      .set({ disabled_at: t.ctx.now().toISOString() })
      .where('id', '=', user.id)
      .execute();
    const res = await post(t, '/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('account_disabled');
    expect((await get(t, '/auth/me', user.cookie)).statusCode).toBe(401);
  });

  it('refuses forged or expired sessions', async () => {
    expect((await get(t, '/auth/me', 'essaim_session=forged-value-1234567890')).statusCode).toBe(401);
    const user = await createTestUser(t);
    later(31 * 86_400_000);
    const res = await get(t, '/auth/me', user.cookie);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('Connectez-vous pour continuer.');
  });

  it('refuses state-changing requests from another site on every kind of account route', async () => {
    const user = await createTestUser(t);
    const evil = { origin: 'https://evil.example' };
    const attempts = [
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/magic-link',
        headers: evil,
        payload: { email: user.email },
      }),
      t.app.inject({
        method: 'PATCH',
        url: '/api/v1/auth/me',
        headers: { ...evil, cookie: user.cookie },
        payload: { displayName: 'Pirate' },
      }),
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-out-everywhere',
        headers: { ...evil, cookie: user.cookie },
      }),
      t.app.inject({
        method: 'DELETE',
        url: '/api/v1/auth/me',
        headers: { ...evil, cookie: user.cookie },
        payload: { password: TEST_PASSWORD },
      }),
      t.app.inject({
        method: 'POST',
        url: '/api/v1/organisations',
        headers: { ...evil, cookie: user.cookie },
        payload: { name: 'Pirates', kind: 'other' },
      }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toBe('Requête refusée : elle vient d’un autre site.');
    }
    expect((await get(t, '/auth/me', user.cookie)).json().displayName).toBe('Camille Test');
    const same = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      headers: { origin: 'http://localhost:3000', cookie: user.cookie },
      payload: { displayName: 'Camille' },
    });
    expect(same.statusCode).toBe(200);
  });
});
