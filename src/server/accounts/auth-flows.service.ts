import type { Actor } from '../auth/actor.ts';
import { hashPassword } from '../auth/passwords.ts';
import { createSession } from '../auth/sessions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import type { Db } from '../../db/database.ts';
import { AppError, msg } from '../errors.ts';
import { queueMail } from '../mail/mail.service.ts';
import { assertNotRateLimited, assertPasswordAcceptable } from './accounts.service.ts';
import { consumeLink, issueLink, LINK_TTL_MS, linkInvalid, peekLink } from './links.repository.ts';
import { findUserByEmail, findUserById } from './users.repository.ts';
import { webLink } from './web-links.ts';

type UserRow = NonNullable<Awaited<ReturnType<typeof findUserById>>>;
const QUARTER = 15 * 60_000;
const HOUR = 60 * 60_000;

export const ACCOUNT_DISABLED = () =>
  new AppError(
    403,
    'account_disabled',
    msg('Ce compte a été désactivé par un administrateur.', 'This account was disabled by an administrator.'),
  );

/** Issues an e-mail confirmation link and queues its message, in the caller's transaction. */
export async function sendConfirmationEmail(
  ctx: AppContext,
  db: Db,
  user: Pick<UserRow, 'id' | 'email' | 'display_name' | 'language'>,
): Promise<void> {
  const now = ctx.now();
  const link = await issueLink(db, 'confirm-email', { email: user.email, userId: user.id }, now);
  await queueMail(
    db,
    {
      to: user.email,
      language: user.language,
      template: 'confirm-email',
      data: {
        name: user.display_name,
        url: webLink(ctx.env, 'confirmEmail', { token: link.secret }),
        expiresInHours: LINK_TTL_MS['confirm-email'] / HOUR,
      },
    },
    now,
  );
}

export async function resendConfirmation(ctx: AppContext, actor: Actor): Promise<{ sentTo: string }> {
  if (actor.emailVerified) {
    throw new AppError(
      409,
      'already_verified',
      msg('Votre adresse e-mail est déjà confirmée.', 'Your e-mail address is already confirmed.'),
    );
  }
  await assertNotRateLimited(ctx, [`resend-confirmation:user:${actor.userId}`], 5, HOUR);
  const user = (await findUserById(ctx.db, actor.userId))!;
  await ctx.db.transaction().execute((trx) => sendConfirmationEmail(ctx, trx, user));
  return { sentTo: user.email };
}

export async function confirmEmail(
  ctx: AppContext,
  token: string,
  ip: string,
): Promise<{ email: string; emailVerified: true }> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const link = await consumeLink(trx, 'confirm-email', token, now);
    const user = link.user_id ? await findUserById(trx, link.user_id) : undefined;
    // The address changed since the link was sent: the link confirms an address the account no longer uses.
    if (!user || user.deleted_at || user.email !== link.email) throw linkInvalid('confirm-email');
    if (!user.email_verified_at)
      await trx
        .updateTable('users')
        .set({ email_verified_at: now.toISOString(), updated_at: now.toISOString() })
        .where('id', '=', user.id)
        .execute();
    await recordAudit(
      trx,
      { actorUserId: user.id, action: 'user.email-confirm', subjectType: 'user', subjectId: user.id, ip },
      now,
    );
    return { email: user.email, emailVerified: true as const };
  });
}

/**
 * Sign-in link and password-reset requests answer the same whether or not the address has an account; only an
 * existing, active account receives a message.
 */
async function requestLinkByEmail(
  ctx: AppContext,
  kind: 'magic-link' | 'reset-password',
  email: string,
  ip: string,
): Promise<void> {
  await assertNotRateLimited(ctx, [`${kind}:email:${email}`], 5, QUARTER);
  await assertNotRateLimited(ctx, [`${kind}:ip:${ip}`], 30, QUARTER);
  const user = await findUserByEmail(ctx.db, email);
  if (!user || user.disabled_at || user.deleted_at) return;
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const link = await issueLink(trx, kind, { email: user.email, userId: user.id }, now);
    const minutes = LINK_TTL_MS[kind] / 60_000;
    if (kind === 'magic-link') {
      await queueMail(
        trx,
        {
          to: user.email,
          language: user.language,
          template: 'magic-link',
          data: {
            name: user.display_name,
            url: webLink(ctx.env, 'magicLink', { token: link.secret }),
            expiresInMinutes: minutes,
          },
        },
        now,
      );
    } else {
      await queueMail(
        trx,
        {
          to: user.email,
          language: user.language,
          template: 'reset-password',
          data: {
            name: user.display_name,
            url: webLink(ctx.env, 'resetPassword', { token: link.secret }),
            expiresInMinutes: minutes,
          },
        },
        now,
      );
    }
    await recordAudit(
      trx,
      { actorUserId: null, action: `user.${kind}-request`, subjectType: 'user', subjectId: user.id, ip },
      now,
    );
  });
}

export const requestMagicLink = (ctx: AppContext, email: string, ip: string) =>
  requestLinkByEmail(ctx, 'magic-link', email, ip);
export const requestPasswordReset = (ctx: AppContext, email: string, ip: string) =>
  requestLinkByEmail(ctx, 'reset-password', email, ip);

function assertUsable(
  user: UserRow | undefined,
  kind: 'magic-link' | 'reset-password',
): asserts user is UserRow {
  if (!user || user.deleted_at) throw linkInvalid(kind);
  if (user.disabled_at) throw ACCOUNT_DISABLED();
}

/** Signs in with an e-mailed link; following it also proves the address, so it counts as confirmed. */
export async function consumeMagicLink(
  ctx: AppContext,
  token: string,
  meta: { ip: string; userAgent?: string },
): Promise<{ userId: string; secret: string; expiresAt: Date }> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const link = await consumeLink(trx, 'magic-link', token, now);
    const user = link.user_id ? await findUserById(trx, link.user_id) : undefined;
    assertUsable(user, 'magic-link');
    if (user.email !== link.email) throw linkInvalid('magic-link');
    if (!user.email_verified_at)
      await trx
        .updateTable('users')
        .set({ email_verified_at: now.toISOString() })
        .where('id', '=', user.id)
        .execute();
    const session = await createSession(trx, user.id, now, meta);
    await recordAudit(
      trx,
      {
        actorUserId: user.id,
        action: 'user.sign-in',
        subjectType: 'user',
        subjectId: user.id,
        ip: meta.ip,
        details: { method: 'magic-link' },
      },
      now,
    );
    return { userId: user.id, ...session };
  });
}

/** Sets a new password from a reset link, signs out every existing session and opens a new one. */
export async function resetPassword(
  ctx: AppContext,
  input: { token: string; password: string },
  meta: { ip: string; userAgent?: string },
): Promise<{ userId: string; secret: string; expiresAt: Date }> {
  const peek = await peekLink(ctx.db, 'reset-password', input.token, ctx.now());
  assertPasswordAcceptable(input.password, peek.email);
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const link = await consumeLink(trx, 'reset-password', input.token, now);
    const user = link.user_id ? await findUserById(trx, link.user_id) : undefined;
    assertUsable(user, 'reset-password');
    await trx
      .updateTable('users')
      .set({
        password_hash: passwordHash,
        email_verified_at: user.email_verified_at ?? now.toISOString(),
        updated_at: now.toISOString(),
      })
      .where('id', '=', user.id)
      .execute();
    await trx
      .updateTable('sessions')
      .set({ revoked_at: now.toISOString() })
      .where('user_id', '=', user.id)
      .where('revoked_at', 'is', null)
      .execute();
    const session = await createSession(trx, user.id, now, meta);
    await recordAudit(
      trx,
      {
        actorUserId: user.id,
        action: 'user.password-reset',
        subjectType: 'user',
        subjectId: user.id,
        ip: meta.ip,
      },
      now,
    );
    return { userId: user.id, ...session };
  });
}
