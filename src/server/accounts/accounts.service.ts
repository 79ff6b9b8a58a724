import { checkPassword, type PasswordProblem } from '../../core/accounts/password-policy.ts';
import type { Actor } from '../auth/actor.ts';
import { decoyHash, hashPassword, verifyPassword } from '../auth/passwords.ts';
import { createSession, revokeSession } from '../auth/sessions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { hitRateLimit } from '../http/rate-limit-store.ts';
import type { AppContext } from '../context.ts';
import { AppError, TooManyRequestsError, ValidationError, msg, type LocalizedMessage } from '../errors.ts';
import { findUserByEmail, insertUser, listMembershipsWithNames, findUserById } from './users.repository.ts';
import type { UserView } from './accounts.schemas.ts';
import { ACCOUNT_DISABLED, sendConfirmationEmail } from './auth-flows.service.ts';

const PASSWORD_MESSAGES: Record<PasswordProblem, LocalizedMessage> = {
  'too-short': msg(
    'Le mot de passe doit compter au moins 10 caractères.',
    'The password must be at least 10 characters long.',
  ),
  'too-long': msg(
    'Le mot de passe ne doit pas dépasser 200 caractères.',
    'The password must not exceed 200 characters.',
  ),
  'too-common': msg(
    'Ce mot de passe est trop courant. Choisissez une phrase que vous seul connaissez.',
    'This password is too common. Choose a phrase only you know.',
  ),
  'contains-email': msg(
    'Le mot de passe ne doit pas reprendre votre adresse e-mail.',
    'The password must not contain your e-mail address.',
  ),
};

export function assertPasswordAcceptable(password: string, email: string, field = 'password'): void {
  const problem = checkPassword(password, email);
  if (problem) throw new ValidationError({ [field]: PASSWORD_MESSAGES[problem] });
}

/** Sign-in attempts: per address and per IP, counted in the database so every instance sees the same count. */
export async function assertNotRateLimited(
  ctx: AppContext,
  keys: string[],
  limit: number,
  windowMs: number,
): Promise<void> {
  for (const key of keys) {
    const { count, resetAt } = await hitRateLimit(ctx.db, key, windowMs, ctx.now());
    if (count > limit)
      throw new TooManyRequestsError(Math.ceil((resetAt.getTime() - ctx.now().getTime()) / 1000));
  }
}

export async function signUp(
  ctx: AppContext,
  input: { email: string; password: string; displayName: string; language: 'fr' | 'en' },
): Promise<{ userId: string }> {
  assertPasswordAcceptable(input.password, input.email);
  if (await findUserByEmail(ctx.db, input.email)) {
    throw new ValidationError({
      email: msg(
        'Un compte existe déjà avec cette adresse. Connectez-vous ou demandez un lien de connexion.',
        'An account already exists with this address. Sign in or ask for a sign-in link.',
      ),
    });
  }
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now();
  const userId = await ctx.db.transaction().execute(async (trx) => {
    const id = await insertUser(trx, { ...input, passwordHash }, now);
    await recordAudit(
      trx,
      { actorUserId: id, action: 'user.sign-up', subjectType: 'user', subjectId: id },
      now,
    );
    await sendConfirmationEmail(ctx, trx, {
      id,
      email: input.email,
      display_name: input.displayName,
      language: input.language,
    });
    return id;
  });
  return { userId };
}

const INVALID_CREDENTIALS = new AppError(
  401,
  'invalid_credentials',
  msg('Adresse e-mail ou mot de passe incorrect.', 'Incorrect e-mail address or password.'),
);

/**
 * Wrong password and unknown address give the same answer after the same work (a decoy hash is verified), so
 * the answer does not tell whether an account exists.
 */
export async function signIn(
  ctx: AppContext,
  input: { email: string; password: string },
  meta: { ip: string; userAgent?: string },
): Promise<{ secret: string; expiresAt: Date; userId: string }> {
  // Per address: 10 attempts per quarter hour; per IP: 50 (a town hall's office shares one address).
  await assertNotRateLimited(ctx, [`sign-in:email:${input.email}`], 10, 15 * 60_000);
  await assertNotRateLimited(ctx, [`sign-in:ip:${meta.ip}`], 50, 15 * 60_000);
  const user = await findUserByEmail(ctx.db, input.email);
  const ok = await verifyPassword(input.password, user?.password_hash ?? (await decoyHash()));
  const now = ctx.now();
  const refuse = async (reason: string, error: AppError) => {
    // Failed attempts are audited too (the address itself only when it belongs to an account).
    await recordAudit(
      ctx.db,
      {
        actorUserId: null,
        action: 'user.sign-in-failed',
        subjectType: 'user',
        subjectId: user?.id ?? null,
        ip: meta.ip,
        details: { method: 'password', reason },
      },
      now,
    );
    return error;
  };
  if (!user || user.deleted_at) throw await refuse('unknown-email', INVALID_CREDENTIALS);
  if (!ok || !user.password_hash) throw await refuse('wrong-password', INVALID_CREDENTIALS);
  if (user.disabled_at) throw await refuse('disabled', ACCOUNT_DISABLED());
  const session = await createSession(ctx.db, user.id, now, meta);
  await recordAudit(
    ctx.db,
    {
      actorUserId: user.id,
      action: 'user.sign-in',
      subjectType: 'user',
      subjectId: user.id,
      ip: meta.ip,
      details: { method: 'password' },
    },
    now,
  );
  return { ...session, userId: user.id };
}

export async function signOut(ctx: AppContext, actor: Actor): Promise<void> {
  await revokeSession(ctx.db, actor.sessionId, ctx.now());
}

export async function describeUser(ctx: AppContext, userId: string): Promise<UserView | null> {
  const user = await findUserById(ctx.db, userId);
  if (!user) return null;
  const memberships = await listMembershipsWithNames(ctx.db, userId);
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    language: user.language,
    platformRole: user.platform_role,
    emailVerified: user.email_verified_at !== null,
    memberships: memberships.map((m) => ({
      organisationId: m.organisation_id,
      organisationName: m.name,
      role: m.role,
    })),
  };
}
