import * as client from 'openid-client';
import { recordAudit } from '../audit/audit.repository.ts';
import { createSession } from '../auth/sessions.ts';
import type { AppContext } from '../context.ts';
import type { Env } from '../env.ts';
import { AppError } from '../errors.ts';
import { consumeLink, issueLink, LINK_TTL_MS } from './links.repository.ts';
import { collectiviteBySiren } from './territories.ts';
import { findUserByEmail, insertUser } from './users.repository.ts';
import { webLink, WEB_PAGES } from './web-links.ts';

/**
 * OpenID Connect sign-in, designed for ProConnect: authorization code flow with PKCE (S256), state and nonce. The
 * state travels in the URL and in a short-lived cookie of this browser; its hash keys a single-use row that keeps
 * the nonce and the PKCE verifier for ten minutes. Users are matched on their subject, then on a verified e-mail.
 */
export const OIDC_COOKIE = 'essaim_oidc';
export const OIDC_SCOPE = 'openid email given_name usual_name siret';

export function oidcSettings(env: Env) {
  const enabled = Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
  return { enabled, label: env.OIDC_LABEL };
}

export function callbackUrl(env: Env): string {
  return new URL('/api/v1/auth/oidc/callback', env.PUBLIC_URL).toString();
}

const configurations = new Map<string, Promise<client.Configuration>>();

/** The provider's discovered configuration, fetched once per issuer and client (again after a failure). */
function providerConfiguration(env: Env): Promise<client.Configuration> {
  const key = `${env.OIDC_ISSUER}|${env.OIDC_CLIENT_ID}`;
  let config = configurations.get(key);
  if (!config) {
    const issuer = new URL(env.OIDC_ISSUER!);
    // Plain HTTP is accepted for a provider on loopback only (tests, local development).
    const loopback =
      issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
    config = client.discovery(
      issuer,
      env.OIDC_CLIENT_ID!,
      env.OIDC_CLIENT_SECRET!,
      undefined,
      loopback ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    config.catch(() => configurations.delete(key));
    configurations.set(key, config);
  }
  return config;
}

export class OidcFailure extends Error {
  constructor(
    readonly code: string,
    detail?: string,
  ) {
    super(detail ?? code);
  }
}

/** Only paths of this site are accepted as where to land after signing in. */
function safeReturnTo(value: string | undefined): string {
  return value && /^\/(?!\/)[^\s\\]*$/.test(value) ? value : WEB_PAGES.account;
}

export async function startOidc(
  ctx: AppContext,
  returnTo?: string,
): Promise<{ redirectTo: string; state: string }> {
  if (!oidcSettings(ctx.env).enabled) throw new OidcFailure('oidc_disabled');
  const config = await providerConfiguration(ctx.env);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const verifier = client.randomPKCECodeVerifier();
  const now = ctx.now();
  // The state is the link's secret: the row is keyed by its hash.
  await issueLink(
    ctx.db,
    'oidc-state',
    { email: '', data: { nonce, verifier, returnTo: safeReturnTo(returnTo) } },
    now,
    state,
  );
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(ctx.env),
    scope: OIDC_SCOPE,
    response_type: 'code',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  });
  return { redirectTo: url.toString(), state };
}

export const OIDC_STATE_TTL_SECONDS = LINK_TTL_MS['oidc-state'] / 1000;

/**
 * Finishes the sign-in: checks that the state is the one this browser started with and was not used, exchanges
 * the code (PKCE verifier, nonce checked in the ID token), reads the user's claims and opens a session.
 */
export async function finishOidc(
  ctx: AppContext,
  input: { currentUrl: URL; cookieState: string | undefined; ip: string; userAgent?: string },
): Promise<{ secret: string; expiresAt: Date; userId: string; redirectTo: string }> {
  if (!oidcSettings(ctx.env).enabled) throw new OidcFailure('oidc_disabled');
  const params = input.currentUrl.searchParams;
  if (params.get('error')) throw new OidcFailure('oidc_refused', params.get('error') ?? undefined);
  const state = params.get('state');
  if (!state || !input.cookieState || state !== input.cookieState)
    throw new OidcFailure('oidc_state', 'state does not match this browser');
  const now = ctx.now();
  let link;
  try {
    link = await consumeLink(ctx.db, 'oidc-state', state, now);
  } catch (error) {
    throw new OidcFailure(
      error instanceof AppError && error.code === 'link_expired' ? 'oidc_expired' : 'oidc_state',
      'unknown, used or expired state',
    );
  }
  const { nonce, verifier, returnTo } = JSON.parse(link.data ?? '{}') as {
    nonce: string;
    verifier: string;
    returnTo: string;
  };
  const config = await providerConfiguration(ctx.env);
  let claims: Record<string, unknown>;
  let subject: string;
  try {
    const tokens = await client.authorizationCodeGrant(config, input.currentUrl, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims()!;
    const userInfo = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
    // A subject is unique only within its issuer: the stored key carries both, so changing provider (or a second
    // provider later) can never match someone else's account by a colliding `sub`.
    subject = `${idClaims.iss} ${idClaims.sub}`;
    claims = { ...idClaims, ...userInfo };
  } catch (error) {
    throw new OidcFailure('oidc_failed', error instanceof Error ? error.message : String(error));
  }

  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  // ProConnect does not send email_verified: its identity providers vouch for the address. An explicit false is refused.
  if (!email || claims.email_verified === false) throw new OidcFailure('oidc_email_unverified');
  const siret = typeof claims.siret === 'string' && /^\d{14}$/.test(claims.siret) ? claims.siret : null;
  const name =
    [claims.given_name, claims.usual_name ?? claims.family_name]
      .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
      .join(' ') || email.split('@')[0]!;

  const result = await ctx.db.transaction().execute(async (trx) => {
    let user = await trx
      .selectFrom('users')
      .selectAll()
      .where('oidc_subject', '=', subject)
      .executeTakeFirst();
    user ??= await findUserByEmail(trx, email);
    if (user?.deleted_at) user = undefined;
    if (user?.disabled_at) throw new OidcFailure('account_disabled');
    const created = !user;
    if (user && !user.email_verified_at) {
      // An unconfirmed account with this address may have been opened by someone else: its password and sessions
      // stop working now that the provider has proven who owns the address.
      await trx.updateTable('users').set({ password_hash: null }).where('id', '=', user.id).execute();
      await trx
        .updateTable('sessions')
        .set({ revoked_at: now.toISOString() })
        .where('user_id', '=', user.id)
        .where('revoked_at', 'is', null)
        .execute();
    }
    const userId = user
      ? user.id
      : await insertUser(
          trx,
          {
            email,
            displayName: name.slice(0, 120),
            passwordHash: null,
            language: 'fr',
            emailVerifiedAt: now.toISOString(),
          },
          now,
        );
    await trx
      .updateTable('users')
      .set({
        oidc_subject: subject,
        oidc_siret: siret,
        email_verified_at: user?.email_verified_at ?? now.toISOString(),
        updated_at: now.toISOString(),
      })
      .where('id', '=', userId)
      .execute();
    const session = await createSession(trx, userId, now, { ip: input.ip, userAgent: input.userAgent });
    await recordAudit(
      trx,
      {
        actorUserId: userId,
        action: created ? 'user.sign-up' : 'user.sign-in',
        subjectType: 'user',
        subjectId: userId,
        ip: input.ip,
        details: { method: 'oidc', siret },
      },
      now,
    );
    return { ...session, userId };
  });
  return { ...result, redirectTo: new URL(returnTo, ctx.env.PUBLIC_URL).toString() };
}

export function oidcErrorRedirect(env: Env, code: string): string {
  return webLink(env, 'signIn', { erreur: code });
}

/**
 * The organisation the SIRET given by the provider suggests: the first 9 digits are the SIREN, looked up among
 * communes and EPCI (and among organisations already on the platform).
 */
export async function suggestOrganisation(ctx: AppContext, userId: string) {
  const user = await ctx.db
    .selectFrom('users')
    .select(['oidc_siret'])
    .where('id', '=', userId)
    .executeTakeFirst();
  const siret = user?.oidc_siret ?? null;
  if (!siret) return { siret: null, siren: null, suggestion: null };
  const siren = siret.slice(0, 9);
  const existing = await ctx.db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind', 'territory_code', 'territory_type'])
    .where('siren', '=', siren)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .executeTakeFirst();
  const member = existing
    ? await ctx.db
        .selectFrom('memberships')
        .select('role')
        .where('organisation_id', '=', existing.id)
        .where('user_id', '=', userId)
        .executeTakeFirst()
    : undefined;
  const collectivite = collectiviteBySiren(siren);
  if (!existing && !collectivite) return { siret, siren, suggestion: null };
  return {
    siret,
    siren,
    suggestion: {
      name: existing?.name ?? collectivite!.territory.name,
      kind: existing?.kind ?? collectivite!.kind,
      territoryCode: existing ? existing.territory_code : collectivite!.territory.code,
      territoryType: existing ? existing.territory_type : collectivite!.territory.type,
      existingOrganisationId: existing?.id ?? null,
      isMember: Boolean(member),
    },
  };
}
