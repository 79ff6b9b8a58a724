import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createTestUser, type TestContext } from '../test/harness.ts';
import { hashSecret } from '../auth/tokens.ts';
import { followProvider, startTestOidcProvider } from './oidc-test-provider.ts';

const AJACCIO_SIRET = '21200004600017';

describe('accounts: OpenID Connect sign-in against a real provider on loopback', () => {
  let t: TestContext;
  let appUrl: string;
  let provider: Awaited<ReturnType<typeof startTestOidcProvider>>;
  beforeAll(async () => {
    t = await createTestContext();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    appUrl = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
    t.ctx.env.PUBLIC_URL = appUrl;
    provider = await startTestOidcProvider({
      redirectUri: `${appUrl}/api/v1/auth/oidc/callback`,
      clientId: 'essaim-test',
      clientSecret: 'secret-de-test-suffisamment-long',
      accounts: [
        {
          sub: 'agent-1',
          email: 'marie.dupont@ajaccio.fr',
          email_verified: true,
          given_name: 'Marie',
          usual_name: 'Dupont',
          siret: AJACCIO_SIRET,
        },
        {
          sub: 'agent-2',
          email: 'Deja.Inscrit@example.org',
          email_verified: true,
          given_name: 'Déjà',
          usual_name: 'Inscrit',
        },
        { sub: 'agent-3', email: 'pas.verifie@example.org', email_verified: false },
      ],
    });
    Object.assign(t.ctx.env, {
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: 'essaim-test',
      OIDC_CLIENT_SECRET: 'secret-de-test-suffisamment-long',
      OIDC_LABEL: 'ProConnect',
    });
  });
  afterAll(async () => {
    await provider.close();
    await t.close();
  });

  const cookieOf = (res: Response, name: string) =>
    res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1);

  /** Starts at the app, goes through the provider, and returns the callback URL and the browser's state cookie. */
  async function reachCallback(accountId: string, query = '') {
    provider.nextLogin.accountId = accountId;
    const start = await fetch(`${appUrl}/api/v1/auth/oidc/start${query}`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    const stateCookie = cookieOf(start, 'essaim_oidc')!;
    expect(stateCookie).toBe(`essaim_oidc=${authorize.searchParams.get('state')}`);
    const callback = await followProvider(authorize.toString(), provider.issuer);
    expect(callback.startsWith(`${appUrl}/api/v1/auth/oidc/callback?`)).toBe(true);
    return { callback, stateCookie };
  }
  const finish = (callback: string, cookie?: string) =>
    fetch(callback, { redirect: 'manual', headers: cookie ? { cookie } : {} });
  const me = async (session: string) =>
    (await fetch(`${appUrl}/api/v1/auth/me`, { headers: { cookie: session } })).json();

  it('says whether OpenID Connect is configured, and with which label', async () => {
    expect(await (await fetch(`${appUrl}/api/v1/auth/oidc/config`)).json()).toEqual({
      enabled: true,
      label: 'ProConnect',
    });
  });

  it('creates the account on first sign-in, from the verified e-mail, and suggests the commune from the SIRET', async () => {
    const { callback, stateCookie } = await reachCallback('agent-1');
    const res = await finish(callback, stateCookie);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`${appUrl}/compte`);
    const session = cookieOf(res, 'essaim_session')!;
    expect(await me(session)).toMatchObject({
      email: 'marie.dupont@ajaccio.fr',
      displayName: 'Marie Dupont',
      emailVerified: true,
    });
    const suggestion = await (
      await fetch(`${appUrl}/api/v1/auth/oidc/suggestion`, { headers: { cookie: session } })
    ).json();
    expect(suggestion).toEqual({
      siret: AJACCIO_SIRET,
      siren: '212000046',
      suggestion: {
        name: 'Ajaccio',
        kind: 'commune',
        territoryCode: '2A004',
        territoryType: 'commune',
        existingOrganisationId: null,
        isMember: false,
      },
    });
    const row = await t.ctx.db
      .selectFrom('users')
      .select(['oidc_subject', 'password_hash'])
      .where('email', '=', 'marie.dupont@ajaccio.fr')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ oidc_subject: `${provider.issuer} agent-1`, password_hash: null });
  });

  it('matches an existing account on its e-mail, then on its subject, and lands on the asked page', async () => {
    const existing = await createTestUser(t, { email: 'deja.inscrit@example.org' });
    const first = await reachCallback('agent-2', '?returnTo=/bibliotheque');
    const res = await finish(first.callback, first.stateCookie);
    expect(res.headers.get('location')).toBe(`${appUrl}/bibliotheque`);
    expect((await me(cookieOf(res, 'essaim_session')!)).id).toBe(existing.id);
    await t.ctx.db
      .updateTable('users')
      .set({ email: 'nouvelle.adresse@example.org' })
      .where('id', '=', existing.id)
      .execute();
    const second = await reachCallback('agent-2', '?returnTo=//evil.example/x');
    const again = await finish(second.callback, second.stateCookie);
    expect(again.headers.get('location')).toBe(`${appUrl}/compte`);
    expect((await me(cookieOf(again, 'essaim_session')!)).id).toBe(existing.id);
  });

  it('refuses a tampered state, a callback from another browser, and a replayed callback', async () => {
    const { callback, stateCookie } = await reachCallback('agent-1');
    const tampered = new URL(callback);
    tampered.searchParams.set('state', `${tampered.searchParams.get('state')}x`);
    const refused = await finish(tampered.toString(), stateCookie);
    expect(refused.headers.get('location')).toBe(`${appUrl}/compte/connexion?erreur=oidc_state`);
    expect(cookieOf(refused, 'essaim_session')).toBeUndefined();
    const otherBrowser = await finish(callback);
    expect(otherBrowser.headers.get('location')).toBe(`${appUrl}/compte/connexion?erreur=oidc_state`);
    const ok = await finish(callback, stateCookie);
    expect(cookieOf(ok, 'essaim_session')).toBeDefined();
    const replay = await finish(callback, stateCookie);
    expect(replay.headers.get('location')).toBe(`${appUrl}/compte/connexion?erreur=oidc_state`);
    expect(cookieOf(replay, 'essaim_session')).toBeUndefined();
  });

  it('refuses an ID token whose nonce is not the one this sign-in started with', async () => {
    const { callback, stateCookie } = await reachCallback('agent-1');
    const state = new URL(callback).searchParams.get('state')!;
    const row = await t.ctx.db
      .selectFrom('auth_tokens')
      .select('data')
      .where('id', '=', hashSecret(state))
      .executeTakeFirstOrThrow();
    const data = JSON.parse(row.data!) as Record<string, string>;
    await t.ctx.db
      .updateTable('auth_tokens')
      .set({ data: JSON.stringify({ ...data, nonce: 'un-autre-nonce' }) })
      .where('id', '=', hashSecret(state))
      .execute();
    const res = await finish(callback, stateCookie);
    expect(res.headers.get('location')).toBe(`${appUrl}/compte/connexion?erreur=oidc_failed`);
    expect(cookieOf(res, 'essaim_session')).toBeUndefined();
  });

  it('refuses an expired sign-in attempt and an address the provider did not verify', async () => {
    const late = await reachCallback('agent-1');
    t.setNow(new Date(t.ctx.now().getTime() + 11 * 60_000));
    expect((await finish(late.callback, late.stateCookie)).headers.get('location')).toBe(
      `${appUrl}/compte/connexion?erreur=oidc_expired`,
    );
    const unverified = await reachCallback('agent-3');
    expect((await finish(unverified.callback, unverified.stateCookie)).headers.get('location')).toBe(
      `${appUrl}/compte/connexion?erreur=oidc_email_unverified`,
    );
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'user.sign-in-failed')
      .execute();
    expect(audit.map((a) => JSON.parse(a.details).reason)).toEqual(
      expect.arrayContaining(['oidc_state', 'oidc_failed', 'oidc_expired', 'oidc_email_unverified']),
    );
  });

  it('is off without configuration', async () => {
    const saved = t.ctx.env.OIDC_ISSUER;
    t.ctx.env.OIDC_ISSUER = undefined;
    try {
      expect(await (await fetch(`${appUrl}/api/v1/auth/oidc/config`)).json()).toEqual({
        enabled: false,
        label: 'ProConnect',
      });
      const res = await fetch(`${appUrl}/api/v1/auth/oidc/start`, { redirect: 'manual' });
      expect(res.headers.get('location')).toBe(`${appUrl}/compte/connexion?erreur=oidc_disabled`);
    } finally {
      t.ctx.env.OIDC_ISSUER = saved;
    }
  });
});
