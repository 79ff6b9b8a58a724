import type { Actor } from '../auth/actor.ts';
import { verifyPassword } from '../auth/passwords.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { UnauthorizedError, ValidationError, msg } from '../errors.ts';
import { assertNotRateLimited } from './accounts.service.ts';
import { DELETE_PHRASES } from './auth.schemas.ts';
import { DELETE_REFUSED } from './me.service.ts';
import { findUserById } from './users.repository.ts';

/**
 * Everything the platform keeps about me (GDPR right of access and portability), as one JSON document. Secrets
 * (password hash, session and link secrets) are left out; message bodies are left out because they hold links.
 */
export async function exportMyData(ctx: AppContext, actor: Actor) {
  const db = ctx.db;
  const user = await findUserById(db, actor.userId);
  if (!user || user.deleted_at) throw new UnauthorizedError();
  const [memberships, sessions, invitationsReceived, invitationsSent, audit, emails] = await Promise.all([
    db
      .selectFrom('memberships')
      .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
      .select(['organisations.id', 'organisations.name', 'memberships.role', 'memberships.created_at'])
      .where('memberships.user_id', '=', user.id)
      .execute(),
    db
      .selectFrom('sessions')
      .select(['created_at', 'last_seen_at', 'expires_at', 'revoked_at', 'user_agent', 'ip'])
      .where('user_id', '=', user.id)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('auth_tokens')
      .select(['organisation_id', 'role', 'created_at', 'expires_at', 'used_at', 'declined_at'])
      .where('kind', '=', 'invitation')
      .where('email', '=', user.email)
      .execute(),
    db
      .selectFrom('auth_tokens')
      .select(['organisation_id', 'email', 'role', 'created_at', 'used_at', 'declined_at', 'revoked_at'])
      .where('kind', '=', 'invitation')
      .where('created_by', '=', user.id)
      .execute(),
    db
      .selectFrom('audit_log')
      .select(['at', 'action', 'subject_type', 'subject_id', 'organisation_id', 'details', 'ip'])
      .where((eb) =>
        eb.or([
          eb('actor_user_id', '=', user.id),
          eb.and([eb('subject_type', '=', 'user'), eb('subject_id', '=', user.id)]),
        ]),
      )
      .orderBy('at')
      .execute(),
    db
      .selectFrom('outbox')
      .select(['created_at', 'subject', 'status', 'sent_at'])
      .where('to_email', '=', user.email)
      .orderBy('created_at')
      .execute(),
  ]);
  return {
    format: 'essaim-personal-data/1',
    exportedAt: ctx.now().toISOString(),
    user: {
      id: user.id,
      email: user.email,
      emailVerifiedAt: user.email_verified_at,
      displayName: user.display_name,
      language: user.language,
      platformRole: user.platform_role,
      hasPassword: user.password_hash !== null,
      openIdConnect: user.oidc_subject
        ? { subject: user.oidc_subject, siret: user.oidc_siret ?? null }
        : null,
      createdAt: user.created_at,
      updatedAt: user.updated_at,
    },
    memberships: memberships.map((m) => ({
      organisationId: m.id,
      organisationName: m.name,
      role: m.role,
      since: m.created_at,
    })),
    sessions: sessions.map((s) => ({
      createdAt: s.created_at,
      lastSeenAt: s.last_seen_at,
      expiresAt: s.expires_at,
      revokedAt: s.revoked_at,
      userAgent: s.user_agent,
      ip: s.ip,
    })),
    invitationsReceived: invitationsReceived.map((i) => ({
      organisationId: i.organisation_id,
      role: i.role,
      createdAt: i.created_at,
      expiresAt: i.expires_at,
      acceptedAt: i.used_at,
      declinedAt: i.declined_at,
    })),
    invitationsSent: invitationsSent.map((i) => ({
      organisationId: i.organisation_id,
      email: i.email,
      role: i.role,
      createdAt: i.created_at,
      acceptedAt: i.used_at,
      declinedAt: i.declined_at,
      cancelledAt: i.revoked_at,
    })),
    activity: audit.map((a) => ({
      at: a.at,
      action: a.action,
      subjectType: a.subject_type,
      subjectId: a.subject_id,
      organisationId: a.organisation_id,
      details: JSON.parse(a.details) as unknown,
      ip: a.ip,
    })),
    emails: emails.map((e) => ({
      createdAt: e.created_at,
      subject: e.subject,
      status: e.status,
      sentAt: e.sent_at,
    })),
  };
}

/** Organisations that would be left without an owner while other members remain. */
async function organisationsBlockingDeletion(ctx: AppContext, userId: string) {
  const owned = await ctx.db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select(['organisations.id', 'organisations.name'])
    .where('memberships.user_id', '=', userId)
    .where('memberships.role', '=', 'owner')
    .where('organisations.deleted_at', 'is', null)
    .execute();
  const blocking: { id: string; name: string; alone: boolean }[] = [];
  for (const org of owned) {
    const members = await ctx.db
      .selectFrom('memberships')
      .select(['user_id', 'role'])
      .where('organisation_id', '=', org.id)
      .execute();
    const otherOwners = members.filter((m) => m.role === 'owner' && m.user_id !== userId).length;
    if (otherOwners === 0) blocking.push({ ...org, alone: members.length === 1 });
  }
  return blocking;
}

/**
 * Deletes my account: refused while I am the only owner of an organisation that has other members. Organisations
 * where I am alone go to the trash; my memberships end; my sessions are revoked; the user row is anonymised
 * (kept so that history stays consistent: « Compte supprimé » instead of a name).
 */
export async function deleteMyAccount(
  ctx: AppContext,
  actor: Actor,
  input: { password?: string; confirmation?: string },
  ip: string,
): Promise<void> {
  const user = await findUserById(ctx.db, actor.userId);
  if (!user || user.deleted_at) throw new UnauthorizedError();
  if (user.password_hash) {
    await assertNotRateLimited(ctx, [`password-check:user:${actor.userId}`], 10, 15 * 60_000);
    if (!input.password || !(await verifyPassword(input.password, user.password_hash))) {
      throw new ValidationError({ password: msg('Mot de passe incorrect.', 'Incorrect password.') });
    }
  } else if (
    !DELETE_PHRASES.includes((input.confirmation ?? '').toLowerCase() as (typeof DELETE_PHRASES)[number])
  ) {
    throw new ValidationError({
      confirmation: msg(
        'Écrivez «\u00a0supprimer mon compte\u00a0» pour confirmer.',
        'Type "delete my account" to confirm.',
      ),
    });
  }
  const blocking = await organisationsBlockingDeletion(ctx, user.id);
  const shared = blocking.filter((o) => !o.alone);
  if (shared.length > 0) throw DELETE_REFUSED(shared.map(({ id, name }) => ({ id, name })));

  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    for (const org of blocking) {
      await trx
        .updateTable('organisations')
        .set({ deleted_at: now, updated_at: now })
        .where('id', '=', org.id)
        .execute();
      await recordAudit(
        trx,
        {
          actorUserId: user.id,
          action: 'organisation.delete',
          subjectType: 'organisation',
          subjectId: org.id,
          organisationId: org.id,
          details: { reason: 'last member deleted their account' },
        },
        ctx.now(),
      );
    }
    await trx.deleteFrom('memberships').where('user_id', '=', user.id).execute();
    await trx
      .updateTable('sessions')
      .set({ revoked_at: now })
      .where('user_id', '=', user.id)
      .where('revoked_at', 'is', null)
      .execute();
    await trx
      .updateTable('auth_tokens')
      .set({ revoked_at: now })
      .where((eb) => eb.or([eb('user_id', '=', user.id), eb('created_by', '=', user.id)]))
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .execute();
    await trx
      .updateTable('users')
      .set({
        email: `supprime-${user.id}@compte-supprime.invalid`,
        display_name: 'Compte supprimé',
        password_hash: null,
        oidc_subject: null,
        oidc_siret: null,
        email_verified_at: null,
        deleted_at: now,
        updated_at: now,
      })
      .where('id', '=', user.id)
      .execute();
    await recordAudit(
      trx,
      { actorUserId: user.id, action: 'user.delete', subjectType: 'user', subjectId: user.id, ip },
      ctx.now(),
    );
  });
}
