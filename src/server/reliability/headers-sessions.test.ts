import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connect.ts';
import { migrateToLatest } from '../../db/migrator.ts';
import { buildApp } from '../app.ts';
import type { App } from '../context.ts';
import type { Db } from '../../db/database.ts';
import { hashPassword } from '../auth/passwords.ts';
import { insertUser } from '../accounts/users.repository.ts';
import { parseEnv } from '../env.ts';
import { createTestContext, createTestUser, TEST_PASSWORD, type TestContext } from '../test/harness.ts';

/** Security headers on every kind of answer, HTTPS behind a proxy, and the life of a session. */
let t: TestContext;

function directives(csp: string): Map<string, string> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d.slice(d.indexOf(' ') + 1)]),
  );
}

async function signIn(email: string, cookie?: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    headers: cookie ? { cookie } : {},
    payload: { email, password: TEST_PASSWORD },
  });
  const set = response.cookies.find((c) => c.name === 'essaim_session');
  return { response, cookie: set ? `essaim_session=${set.value}` : null, set };
}

const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });

describe('security headers', () => {
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  it.each([
    ['a JSON answer', '/api/v1/health'],
    ['an API 404', '/api/v1/nothing-here'],
    ['a refusal', '/api/v1/auth/me'],
    ['the OpenAPI document', '/api/v1/openapi.json'],
  ])('sends a strict CSP, no framing, nosniff and a referrer policy on %s', async (_what, url) => {
    const response = await t.app.inject({ method: 'GET', url });
    const csp = directives(String(response.headers['content-security-policy']));
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'self'");
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    // Plain HTTP (development): no HSTS, which would lock a browser out of http://localhost.
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('answers an address that is not valid UTF-8 with the JSON error shape', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/projects/%C3%28' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { code: 'bad_request', fields: { url: expect.any(String) } },
    });
  });

  it('refuses a state-changing request from another site, whatever the cookie', async () => {
    const user = await createTestUser(t);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: { cookie: user.cookie, origin: 'https://evil.example' },
      payload: { name: 'Piège', kind: 'association' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: { code: 'forbidden' } });
  });
});

describe('behind an HTTPS reverse proxy', () => {
  let app: App;
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const handle = openSqlite(':memory:');
    db = handle.db;
    await migrateToLatest(handle.db, handle.dialect);
    const env = parseEnv({
      NODE_ENV: 'test',
      SEED_DEMO: 'false',
      PUBLIC_URL: 'https://essaim.example.org',
      TRUST_PROXY: 'true',
      LOG_LEVEL: 'silent',
    });
    app = await buildApp({
      db: handle.db,
      dialect: handle.dialect,
      env,
      now: () => new Date('2026-11-25T10:00:00.000Z'),
    });
    await app.ready();
    close = async () => {
      await app.close();
      await handle.close();
    };
  });
  afterAll(() => close());

  it('sends HSTS for a year with subdomains, upgrades insecure requests, and marks the session cookie Secure', async () => {
    const headers = {
      'x-forwarded-proto': 'https',
      'x-forwarded-for': '203.0.113.7',
      host: 'essaim.example.org',
    };
    const health = await app.inject({ method: 'GET', url: '/api/v1/health', headers });
    const hsts = String(health.headers['strict-transport-security']);
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(hsts).toContain('includeSubDomains');
    expect(
      directives(String(health.headers['content-security-policy'])).has('upgrade-insecure-requests'),
    ).toBe(true);
    await insertUser(
      db,
      {
        email: 'proxy@example.org',
        displayName: 'Proxy',
        passwordHash: await hashPassword(TEST_PASSWORD),
        language: 'fr',
        platformRole: 'user',
        emailVerifiedAt: '2026-11-25T09:00:00.000Z',
      },
      new Date('2026-11-25T10:00:00.000Z'),
    );
    const signedIn = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { ...headers, origin: 'https://essaim.example.org' },
      payload: { email: 'proxy@example.org', password: TEST_PASSWORD },
    });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.cookies.find((c) => c.name === 'essaim_session')).toMatchObject({
      secure: true,
      httpOnly: true,
    });
  });
});

describe('sessions', () => {
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  it('sets the session cookie HttpOnly, SameSite=Lax, for the whole site', async () => {
    const user = await createTestUser(t);
    const { set } = await signIn(user.email);
    expect(set).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  it('never keeps a session identifier chosen before sign-in (fixation)', async () => {
    const victim = await createTestUser(t);
    const attacker = await createTestUser(t);
    for (const planted of ['essaim_session=planted-by-the-attacker-0123456789abcdef', attacker.cookie]) {
      const { response, cookie } = await signIn(victim.email, planted);
      expect(response.statusCode).toBe(200);
      expect(cookie).not.toBeNull();
      expect(cookie).not.toBe(planted);
      const asPlanted = await me(planted);
      // The planted value never becomes the victim's session.
      if (asPlanted.statusCode === 200) expect((asPlanted.json() as { id: string }).id).toBe(attacker.id);
      else expect(asPlanted.statusCode).toBe(401);
      expect(((await me(cookie!)).json() as { id: string }).id).toBe(victim.id);
    }
  });

  it('ends the session on sign-out: the old cookie replayed is refused', async () => {
    const user = await createTestUser(t);
    expect((await me(user.cookie)).statusCode).toBe(200);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: { cookie: user.cookie },
    });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'essaim_session')?.value ?? '').toBe('');
    expect((await me(user.cookie)).statusCode).toBe(401);
  });

  it('signs out everywhere: every session of the person ends, other people keep theirs', async () => {
    const user = await createTestUser(t);
    const other = await createTestUser(t);
    const second = (await signIn(user.email)).cookie!;
    const third = (await signIn(user.email)).cookie!;
    for (const cookie of [user.cookie, second, third]) expect((await me(cookie)).statusCode).toBe(200);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out-everywhere',
      headers: { cookie: second },
    });
    expect(out.statusCode).toBe(204);
    for (const cookie of [user.cookie, second, third]) expect((await me(cookie)).statusCode).toBe(401);
    expect((await me(other.cookie)).statusCode).toBe(200);
  });

  it('ends the other sessions when the password changes', async () => {
    const user = await createTestUser(t);
    const elsewhere = (await signIn(user.email)).cookie!;
    const change = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/me/password',
      headers: { cookie: user.cookie },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'une toute nouvelle phrase' },
    });
    expect(change.statusCode).toBe(204);
    expect((await me(elsewhere)).statusCode).toBe(401);
  });
});
