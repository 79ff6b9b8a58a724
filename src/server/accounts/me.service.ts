import type { Actor } from '../auth/actor.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { AppError, NotFoundError, UnauthorizedError, ValidationError, msg } from '../errors.ts';
import { queueMail } from '../mail/mail.service.ts';
import { assertNotRateLimited, assertPasswordAcceptable, describeUser } from './accounts.service.ts';
import type { UserView } from './accounts.schemas.ts';
import { consumeLink, issueLink, LINK_TTL_MS, linkInvalid } from './links.repository.ts';
import { findUserByEmail, findUserById } from './users.repository.ts';
import { webLink } from './web-links.ts';

const QUARTER = 15 * 60_000;

async function currentUser(ctx: AppContext, actor: Actor) {
  const user = await findUserById(ctx.db, actor.userId);
  if (!user || user.deleted_at) throw new UnauthorizedError();
  return user;
}

/** Checks the password of an account that has one; accounts without one (e-mail link, OIDC) skip the check. */
export async function assertCurrentPassword(
  ctx: AppContext,
  actor: Actor,
  password: string | undefined,
  field: string,
): Promise<void> {
  const user = await currentUser(ctx, actor);
  if (!user.password_hash) return;
  await assertNotRateLimited(ctx, [`password-check:user:${actor.userId}`], 10, QUARTER);
  if (!password || !(await verifyPassword(password, user.password_hash))) {
    throw new ValidationError({
      [field]: msg('Mot de passe actuel incorrect.', 'The current password is incorrect.'),
    });
  }
}

export async function updateMe(
  ctx: AppContext,
  actor: Actor,
  input: { displayName?: string; language?: 'fr' | 'en' },
): Promise<UserView> {
  const now = ctx.now().toISOString();
  await ctx.db
    .updateTable('users')
    .set({
      ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
      ...(input.language !== undefined ? { language: input.language } : {}),
      updated_at: now,
    })
    .where('id', '=', actor.userId)
    .execute();
  return (await describeUser(ctx, actor.userId))!;
}

/** Changes the password and signs out the other sessions (this one stays open). */
export async function changePassword(
  ctx: AppContext,
  actor: Actor,
  input: { currentPassword?: string; newPassword: string },
  ip: string,
): Promise<void> {
  await assertCurrentPassword(ctx, actor, input.currentPassword, 'currentPassword');
  assertPasswordAcceptable(input.newPassword, actor.email, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: now.toISOString() })
      .where('id', '=', actor.userId)
      .execute();
    await trx
      .updateTable('sessions')
      .set({ revoked_at: now.toISOString() })
      .where('user_id', '=', actor.userId)
      .where('id', '!=', actor.sessionId)
      .where('revoked_at', 'is', null)
      .execute();
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'user.password-change',
        subjectType: 'user',
        subjectId: actor.userId,
        ip,
      },
      now,
    );
  });
}

const EMAIL_TAKEN = () =>
  new ValidationError({
    newEmail: msg(
      'Cette adresse est déjà utilisée par un autre compte.',
      'This address is already used by another account.',
    ),
  });

/** Sends a confirmation link to the new address; the account keeps its address until the link is followed. */
export async function requestEmailChange(
  ctx: AppContext,
  actor: Actor,
  input: { newEmail: string; password?: string },
): Promise<{ sentTo: string }> {
  await assertCurrentPassword(ctx, actor, input.password, 'password');
  await assertNotRateLimited(ctx, [`change-email:user:${actor.userId}`], 5, 60 * 60_000);
  if (input.newEmail === actor.email) {
    throw new ValidationError({
      newEmail: msg('C’est déjà votre adresse.', 'This is already your address.'),
    });
  }
  if (await findUserByEmail(ctx.db, input.newEmail)) throw EMAIL_TAKEN();
  const user = await currentUser(ctx, actor);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const link = await issueLink(trx, 'change-email', { email: input.newEmail, userId: actor.userId }, now);
    await queueMail(
      trx,
      {
        to: input.newEmail,
        language: user.language,
        template: 'change-email',
        data: {
          name: user.display_name,
          newEmail: input.newEmail,
          url: webLink(ctx.env, 'changeEmail', { token: link.secret }),
          expiresInHours: LINK_TTL_MS['change-email'] / 3_600_000,
        },
      },
      now,
    );
  });
  return { sentTo: input.newEmail };
}

/** Follows the link sent to the new address: the account now uses it, and the old address is told. */
export async function confirmEmailChange(
  ctx: AppContext,
  token: string,
  ip: string,
): Promise<{ email: string; emailVerified: true }> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const link = await consumeLink(trx, 'change-email', token, now);
    const user = link.user_id ? await findUserById(trx, link.user_id) : undefined;
    if (!user || user.deleted_at) throw linkInvalid('change-email');
    const other = await findUserByEmail(trx, link.email);
    if (other && other.id !== user.id) throw EMAIL_TAKEN();
    await trx
      .updateTable('users')
      .set({ email: link.email, email_verified_at: now.toISOString(), updated_at: now.toISOString() })
      .where('id', '=', user.id)
      .execute();
    await queueMail(
      trx,
      {
        to: user.email,
        language: user.language,
        template: 'notification',
        data: {
          subject: msg('Votre adresse e-mail a changé', 'Your e-mail address has changed'),
          greeting: msg(`Bonjour ${user.display_name},`, `Hello ${user.display_name},`),
          paragraphs: [
            msg(
              `Votre compte Essaim utilise désormais l’adresse ${link.email}.`,
              `Your Essaim account now uses the address ${link.email}.`,
            ),
            msg(
              'Si vous n’êtes pas à l’origine de ce changement, écrivez à l’administrateur de la plateforme.',
              'If you did not make this change, write to the platform administrator.',
            ),
          ],
        },
      },
      now,
    );
    await recordAudit(
      trx,
      {
        actorUserId: user.id,
        action: 'user.email-change',
        subjectType: 'user',
        subjectId: user.id,
        ip,
        details: { from: user.email, to: link.email },
      },
      now,
    );
    return { email: link.email, emailVerified: true as const };
  });
}

export async function listMySessions(ctx: AppContext, actor: Actor) {
  const now = ctx.now().toISOString();
  const rows = await ctx.db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'user_agent', 'ip'])
    .where('user_id', '=', actor.userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .execute();
  // The id shown is the SHA-256 of the cookie's secret: it names a session without letting anyone use it.
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    userAgent: r.user_agent,
    ip: r.ip,
    current: r.id === actor.sessionId,
  }));
}

/** Revokes one of my sessions; returns whether it was the current one. Someone else's session is a 404. */
export async function revokeMySession(ctx: AppContext, actor: Actor, sessionId: string): Promise<boolean> {
  const result = await ctx.db
    .updateTable('sessions')
    .set({ revoked_at: ctx.now().toISOString() })
    .where('id', '=', sessionId)
    .where('user_id', '=', actor.userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    throw new NotFoundError(
      msg(
        'Cette session n’existe pas ou est déjà fermée.',
        'This session does not exist or is already closed.',
      ),
    );
  }
  return sessionId === actor.sessionId;
}

export async function signOutEverywhere(ctx: AppContext, actor: Actor, ip: string): Promise<void> {
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('sessions')
      .set({ revoked_at: now.toISOString() })
      .where('user_id', '=', actor.userId)
      .where('revoked_at', 'is', null)
      .execute();
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'user.sign-out-everywhere',
        subjectType: 'user',
        subjectId: actor.userId,
        ip,
      },
      now,
    );
  });
}

export const DELETE_REFUSED = (organisations: { id: string; name: string }[]) =>
  new AppError(
    409,
    'ownership_transfer_required',
    msg(
      `Vous êtes le seul propriétaire de\u00a0: ${organisations.map((o) => o.name).join(', ')}. Transférez la propriété à un autre membre (ou retirez les autres membres) avant de supprimer votre compte.`,
      `You are the only owner of: ${organisations.map((o) => o.name).join(', ')}. Transfer ownership to another member (or remove the other members) before deleting your account.`,
    ),
    {},
    { organisations },
  );
