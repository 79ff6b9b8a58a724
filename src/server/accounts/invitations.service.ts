import type { Actor } from '../auth/actor.ts';
import { requireActor } from '../auth/permissions.ts';
import { hashSecret } from '../auth/tokens.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import type { OrganisationRole } from '../../db/tables/accounts.ts';
import { AppError, NotFoundError, ValidationError, msg } from '../errors.ts';
import { queueMail } from '../mail/mail.service.ts';
import { assertNotRateLimited } from './accounts.service.ts';
import {
  consumeLink,
  issueLink,
  LINK_TTL_MS,
  linkInvalid,
  peekLink,
  type LinkRow,
} from './links.repository.ts';
import { assertOrganisationRole } from './members.service.ts';
import { findOrganisation } from './organisations.repository.ts';
import { present } from './organisations.service.ts';
import { findUserByEmail, findUserById } from './users.repository.ts';
import { webLink } from './web-links.ts';

export type InvitationStatus = 'pending' | 'accepted' | 'declined' | 'expired' | 'cancelled';

function statusOf(row: LinkRow, now: Date): InvitationStatus {
  if (row.revoked_at) return 'cancelled';
  if (row.used_at) return 'accepted';
  if (row.declined_at) return 'declined';
  return row.expires_at <= now.toISOString() ? 'expired' : 'pending';
}

async function presentInvitation(ctx: AppContext, row: LinkRow) {
  const inviter = row.created_by ? await findUserById(ctx.db, row.created_by) : undefined;
  return {
    id: row.id,
    email: row.email,
    role: row.role ?? 'viewer',
    status: statusOf(row, ctx.now()),
    invitedBy: inviter && !inviter.deleted_at ? inviter.display_name : null,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

/** Invites someone by e-mail (owners only). A new invitation to the same address replaces the pending one. */
export async function createInvitation(
  ctx: AppContext,
  actorOrNull: Actor | null,
  organisationId: string,
  input: { email: string; role: OrganisationRole },
) {
  const { actor, organisation } = await assertOrganisationRole(ctx, actorOrNull, organisationId, 'owner');
  await assertNotRateLimited(ctx, [`invitations:organisation:${organisationId}`], 50, 60 * 60_000);
  const existing = await findUserByEmail(ctx.db, input.email);
  if (existing) {
    const member = await ctx.db
      .selectFrom('memberships')
      .select('role')
      .where('organisation_id', '=', organisationId)
      .where('user_id', '=', existing.id)
      .executeTakeFirst();
    if (member)
      throw new ValidationError({
        email: msg(
          'Cette personne est déjà membre de l’organisation.',
          'This person is already a member of the organisation.',
        ),
      });
  }
  const now = ctx.now();
  const id = await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('auth_tokens')
      .set({ revoked_at: now.toISOString() })
      .where('kind', '=', 'invitation')
      .where('organisation_id', '=', organisationId)
      .where('email', '=', input.email)
      .where('used_at', 'is', null)
      .where('declined_at', 'is', null)
      .where('revoked_at', 'is', null)
      .execute();
    const link = await issueLink(
      trx,
      'invitation',
      { email: input.email, organisationId, role: input.role, createdBy: actor.userId },
      now,
    );
    await queueMail(
      trx,
      {
        to: input.email,
        language: existing?.language ?? actor.language,
        template: 'invitation',
        data: {
          inviterName: actor.displayName,
          organisationName: organisation.name,
          role: input.role,
          url: webLink(ctx.env, 'invitation', { token: link.secret }),
          expiresInDays: LINK_TTL_MS.invitation / 86_400_000,
        },
      },
      now,
    );
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'invitation.create',
        subjectType: 'invitation',
        subjectId: link.id,
        organisationId,
        details: { email: input.email, role: input.role },
      },
      now,
    );
    return link.id;
  });
  return presentInvitation(
    ctx,
    (await ctx.db
      .selectFrom('auth_tokens')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow()) as LinkRow,
  );
}

export async function listInvitations(ctx: AppContext, actorOrNull: Actor | null, organisationId: string) {
  await assertOrganisationRole(ctx, actorOrNull, organisationId, 'owner');
  const rows = await ctx.db
    .selectFrom('auth_tokens')
    .selectAll()
    .where('kind', '=', 'invitation')
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
  return Promise.all(rows.map((r) => presentInvitation(ctx, r as LinkRow)));
}

export async function cancelInvitation(
  ctx: AppContext,
  actorOrNull: Actor | null,
  organisationId: string,
  invitationId: string,
): Promise<void> {
  const { actor } = await assertOrganisationRole(ctx, actorOrNull, organisationId, 'owner');
  const row = await ctx.db
    .selectFrom('auth_tokens')
    .selectAll()
    .where('id', '=', invitationId)
    .where('kind', '=', 'invitation')
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError(msg('Cette invitation n’existe pas.', 'This invitation does not exist.'));
  if (statusOf(row as LinkRow, ctx.now()) !== 'pending') {
    throw new AppError(
      409,
      'invitation_closed',
      msg(
        'Cette invitation n’est plus en attente\u00a0: elle ne peut pas être annulée.',
        'This invitation is no longer pending: it cannot be cancelled.',
      ),
    );
  }
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('auth_tokens')
      .set({ revoked_at: now.toISOString() })
      .where('id', '=', invitationId)
      .execute();
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'invitation.cancel',
        subjectType: 'invitation',
        subjectId: invitationId,
        organisationId,
        details: { email: row.email },
      },
      now,
    );
  });
}

/** What the invitation page shows before one signs in: who invites, to which organisation, with which role. */
export async function describeInvitation(ctx: AppContext, token: string) {
  const row = await peekLink(ctx.db, 'invitation', token, ctx.now());
  const organisation = row.organisation_id ? await findOrganisation(ctx.db, row.organisation_id) : undefined;
  if (!organisation) throw linkInvalid('invitation');
  const view = await presentInvitation(ctx, row);
  return {
    organisationId: organisation.id,
    organisationName: organisation.name,
    organisationKind: organisation.kind,
    role: view.role,
    invitedBy: view.invitedBy,
    email: row.email,
    expiresAt: row.expires_at,
  };
}

export async function acceptInvitation(ctx: AppContext, actorOrNull: Actor | null, token: string) {
  const actor = requireActor(actorOrNull);
  const now = ctx.now();
  const peek = await peekLink(ctx.db, 'invitation', token, now);
  if (peek.email !== actor.email) {
    throw new AppError(
      403,
      'invitation_email_mismatch',
      msg(
        `Cette invitation a été envoyée à ${peek.email}, mais vous êtes connecté avec ${actor.email}. Connectez-vous avec l’adresse invitée, ou demandez une invitation pour votre adresse.`,
        `This invitation was sent to ${peek.email}, but you are signed in as ${actor.email}. Sign in with the invited address, or ask for an invitation to your address.`,
      ),
    );
  }
  const organisationId = await ctx.db.transaction().execute(async (trx) => {
    const row = await consumeLink(trx, 'invitation', token, now);
    const organisation = row.organisation_id ? await findOrganisation(trx, row.organisation_id) : undefined;
    if (!organisation) throw linkInvalid('invitation');
    const already = await trx
      .selectFrom('memberships')
      .select('role')
      .where('organisation_id', '=', organisation.id)
      .where('user_id', '=', actor.userId)
      .executeTakeFirst();
    if (!already) {
      await trx
        .insertInto('memberships')
        .values({
          organisation_id: organisation.id,
          user_id: actor.userId,
          role: row.role ?? 'viewer',
          created_at: now.toISOString(),
        })
        .execute();
    }
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'invitation.accept',
        subjectType: 'user',
        subjectId: actor.userId,
        organisationId: organisation.id,
        details: { role: row.role, alreadyMember: Boolean(already) },
      },
      now,
    );
    return organisation.id;
  });
  const role = (
    await ctx.db
      .selectFrom('memberships')
      .select('role')
      .where('organisation_id', '=', organisationId)
      .where('user_id', '=', actor.userId)
      .executeTakeFirstOrThrow()
  ).role;
  return present((await findOrganisation(ctx.db, organisationId))!, {
    ...actor,
    memberships: [...actor.memberships, { organisationId, role }],
  });
}

/** Declining needs no account: whoever holds the link may say no. */
export async function declineInvitation(ctx: AppContext, token: string, ip: string): Promise<void> {
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await consumeLink(trx, 'invitation', token, now, 'declined');
    await recordAudit(
      trx,
      {
        actorUserId: null,
        action: 'invitation.decline',
        subjectType: 'invitation',
        subjectId: hashSecret(token),
        organisationId: row.organisation_id,
        ip,
        details: { email: row.email },
      },
      now,
    );
  });
}
