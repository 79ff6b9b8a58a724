import type { Actor } from '../auth/actor.ts';
import { hasOrganisationRole, requireActor } from '../auth/permissions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import type { Db } from '../../db/database.ts';
import type { OrganisationRole } from '../../db/tables/accounts.ts';
import { AppError, ForbiddenError, NotFoundError, msg } from '../errors.ts';
import { findOrganisation, listMembers } from './organisations.repository.ts';

/**
 * Membership rules: owners manage members; anyone may leave; an organisation always keeps at least one owner.
 * Someone outside the organisation gets a 404 (its member list is not theirs to see); a member without the
 * needed role gets a 403.
 */
export async function assertOrganisationRole(
  ctx: AppContext,
  actorOrNull: Actor | null,
  organisationId: string,
  needed: OrganisationRole,
) {
  const actor = requireActor(actorOrNull);
  const organisation = await findOrganisation(ctx.db, organisationId);
  if (!organisation || !hasOrganisationRole(actor, organisationId, 'viewer')) throw new NotFoundError();
  if (!hasOrganisationRole(actor, organisationId, needed)) {
    throw new ForbiddenError(
      needed === 'owner'
        ? msg(
            'Seuls les propriétaires de l’organisation peuvent faire cela.',
            'Only the organisation’s owners can do this.',
          )
        : msg(
            'Votre rôle dans l’organisation ne permet pas cette action.',
            'Your role in the organisation does not allow this.',
          ),
    );
  }
  return { actor, organisation };
}

export const LAST_OWNER = () =>
  new AppError(
    409,
    'last_owner',
    msg(
      'Une organisation garde toujours au moins un propriétaire. Transférez d’abord la propriété à un autre membre.',
      'An organisation always keeps at least one owner. First transfer ownership to another member.',
    ),
  );

async function membership(db: Db, organisationId: string, userId: string) {
  return db
    .selectFrom('memberships')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

async function ownerCount(db: Db, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const NOT_A_MEMBER = () =>
  new NotFoundError(
    msg(
      'Cette personne n’est pas membre de l’organisation.',
      'This person is not a member of the organisation.',
    ),
  );

export async function presentMembers(ctx: AppContext, organisationId: string) {
  const rows = await listMembers(ctx.db, organisationId);
  return rows.map((r) => ({
    userId: r.id,
    displayName: r.display_name,
    email: r.email,
    role: r.role,
    since: r.created_at,
  }));
}

export async function changeMemberRole(
  ctx: AppContext,
  actorOrNull: Actor | null,
  organisationId: string,
  userId: string,
  role: OrganisationRole,
) {
  const { actor } = await assertOrganisationRole(ctx, actorOrNull, organisationId, 'owner');
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const current = await membership(trx, organisationId, userId);
    if (!current) throw NOT_A_MEMBER();
    if (current.role === role) return;
    if (current.role === 'owner' && (await ownerCount(trx, organisationId)) <= 1) throw LAST_OWNER();
    await trx
      .updateTable('memberships')
      .set({ role })
      .where('organisation_id', '=', organisationId)
      .where('user_id', '=', userId)
      .execute();
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'membership.role-change',
        subjectType: 'user',
        subjectId: userId,
        organisationId,
        details: { from: current.role, to: role },
      },
      now,
    );
  });
  return (await presentMembers(ctx, organisationId)).find((m) => m.userId === userId)!;
}

async function removeMembership(
  ctx: AppContext,
  actor: Actor,
  organisationId: string,
  userId: string,
  action: string,
): Promise<void> {
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const current = await membership(trx, organisationId, userId);
    if (!current) throw NOT_A_MEMBER();
    if (current.role === 'owner' && (await ownerCount(trx, organisationId)) <= 1) throw LAST_OWNER();
    await trx
      .deleteFrom('memberships')
      .where('organisation_id', '=', organisationId)
      .where('user_id', '=', userId)
      .execute();
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action,
        subjectType: 'user',
        subjectId: userId,
        organisationId,
        details: { role: current.role },
      },
      now,
    );
  });
}

export async function removeMember(
  ctx: AppContext,
  actorOrNull: Actor | null,
  organisationId: string,
  userId: string,
): Promise<void> {
  const { actor } = await assertOrganisationRole(ctx, actorOrNull, organisationId, 'owner');
  await removeMembership(ctx, actor, organisationId, userId, 'membership.remove');
}

export async function leaveOrganisation(
  ctx: AppContext,
  actorOrNull: Actor | null,
  organisationId: string,
): Promise<void> {
  const actor = requireActor(actorOrNull);
  if (
    !actor.memberships.some((m) => m.organisationId === organisationId) ||
    !(await findOrganisation(ctx.db, organisationId))
  ) {
    throw new NotFoundError(
      msg('Vous n’êtes pas membre de cette organisation.', 'You are not a member of this organisation.'),
    );
  }
  await removeMembership(ctx, actor, organisationId, actor.userId, 'membership.leave');
}

/** Makes another member owner; the current owner stays a member as editor. */
export async function transferOwnership(
  ctx: AppContext,
  actorOrNull: Actor | null,
  organisationId: string,
  userId: string,
) {
  const { actor } = await assertOrganisationRole(ctx, actorOrNull, organisationId, 'owner');
  if (userId === actor.userId) {
    throw new AppError(
      400,
      'validation_failed',
      msg('Choisissez un autre membre que vous-même.', 'Choose a member other than yourself.'),
      {
        userId: msg('Choisissez un autre membre que vous-même.', 'Choose a member other than yourself.'),
      },
    );
  }
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const target = await membership(trx, organisationId, userId);
    if (!target) throw NOT_A_MEMBER();
    await trx
      .updateTable('memberships')
      .set({ role: 'owner' })
      .where('organisation_id', '=', organisationId)
      .where('user_id', '=', userId)
      .execute();
    const mine = await membership(trx, organisationId, actor.userId);
    if (mine?.role === 'owner') {
      await trx
        .updateTable('memberships')
        .set({ role: 'editor' })
        .where('organisation_id', '=', organisationId)
        .where('user_id', '=', actor.userId)
        .execute();
    }
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'organisation.transfer',
        subjectType: 'organisation',
        subjectId: organisationId,
        organisationId,
        details: { to: userId, previousRole: target.role },
      },
      now,
    );
  });
  return presentMembers(ctx, organisationId);
}
