import type { Actor } from '../auth/actor.ts';
import { isAdmin } from '../auth/actor.ts';
import { requireActor } from '../auth/permissions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import type { PlatformRole } from '../../db/tables/accounts.ts';
import { AppError, ForbiddenError, NotFoundError, ValidationError, msg } from '../errors.ts';
import type { MailAttachment } from '../mail/mail.service.ts';

/** Platform administration: users, organisations, outbox and audit log, for administrators only. */
export function assertAdmin(actorOrNull: Actor | null): Actor {
  const actor = requireActor(actorOrNull);
  if (!isAdmin(actor))
    throw new ForbiddenError(
      msg('Réservé aux administrateurs de la plateforme.', 'For platform administrators only.'),
    );
  return actor;
}

/** Cursors are opaque to clients: the sort key and id of the last row seen. */
function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}
function decodeCursor(cursor: string | undefined): [string, string] | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string'))
      return value as [string, string];
  } catch {
    // fall through
  }
  throw new ValidationError({ cursor: msg('Curseur de pagination invalide.', 'Invalid pagination cursor.') });
}
function pageOf<R, V>(rows: R[], limit: number, key: (r: R) => [string, string], view: (r: R) => V) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: items.map(view),
    nextCursor: rows.length > limit && last ? encodeCursor(...key(last)) : null,
  };
}
const likePattern = (q: string) => `%${q.toLowerCase().replace(/[%_\\]/g, '')}%`;

type UserRow = {
  id: string;
  email: string;
  display_name: string;
  platform_role: PlatformRole;
  email_verified_at: string | null;
  disabled_at: string | null;
  deleted_at: string | null;
  created_at: string;
};
const userView = (u: UserRow) => ({
  id: u.id,
  email: u.email,
  displayName: u.display_name,
  platformRole: u.platform_role,
  emailVerified: u.email_verified_at !== null,
  disabled: u.disabled_at !== null,
  deleted: u.deleted_at !== null,
  createdAt: u.created_at,
});

export async function listUsers(
  ctx: AppContext,
  actor: Actor | null,
  query: { q?: string; cursor?: string; limit: number },
) {
  assertAdmin(actor);
  const after = decodeCursor(query.cursor);
  let q = ctx.db
    .selectFrom('users')
    .select([
      'id',
      'email',
      'display_name',
      'platform_role',
      'email_verified_at',
      'disabled_at',
      'deleted_at',
      'created_at',
    ])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1);
  if (query.q) {
    const pattern = likePattern(query.q);
    q = q.where((eb) =>
      eb.or([eb('email', 'like', pattern), eb(eb.fn('lower', ['display_name']), 'like', pattern)]),
    );
  }
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('created_at', '<', after[0]),
        eb.and([eb('created_at', '=', after[0]), eb('id', '<', after[1])]),
      ]),
    );
  return pageOf(await q.execute(), query.limit, (r) => [r.created_at, r.id], userView);
}

export async function updateUser(
  ctx: AppContext,
  actorOrNull: Actor | null,
  userId: string,
  input: { platformRole?: PlatformRole; disabled?: boolean },
  ip: string,
) {
  const actor = assertAdmin(actorOrNull);
  if (userId === actor.userId) {
    throw new AppError(
      409,
      'cannot_change_self',
      msg(
        'Vous ne pouvez ni changer votre propre rôle ni désactiver votre compte\u00a0: demandez-le à un autre administrateur.',
        'You cannot change your own role or disable your own account: ask another administrator.',
      ),
    );
  }
  const now = ctx.now().toISOString();
  const user = await ctx.db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
    if (!current || current.deleted_at) throw new NotFoundError();
    if (input.platformRole !== undefined && input.platformRole !== current.platform_role) {
      await trx
        .updateTable('users')
        .set({ platform_role: input.platformRole, updated_at: now })
        .where('id', '=', userId)
        .execute();
      await recordAudit(
        trx,
        {
          actorUserId: actor.userId,
          action: 'user.platform-role-change',
          subjectType: 'user',
          subjectId: userId,
          ip,
          details: { from: current.platform_role, to: input.platformRole },
        },
        ctx.now(),
      );
    }
    if (input.disabled !== undefined && input.disabled !== (current.disabled_at !== null)) {
      await trx
        .updateTable('users')
        .set({ disabled_at: input.disabled ? now : null, updated_at: now })
        .where('id', '=', userId)
        .execute();
      if (input.disabled)
        await trx
          .updateTable('sessions')
          .set({ revoked_at: now })
          .where('user_id', '=', userId)
          .where('revoked_at', 'is', null)
          .execute();
      await recordAudit(
        trx,
        {
          actorUserId: actor.userId,
          action: input.disabled ? 'user.disable' : 'user.enable',
          subjectType: 'user',
          subjectId: userId,
          ip,
        },
        ctx.now(),
      );
    }
    return trx.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
  });
  return userView(user);
}

export async function listOrganisations(
  ctx: AppContext,
  actor: Actor | null,
  query: { q?: string; cursor?: string; limit: number },
) {
  assertAdmin(actor);
  const after = decodeCursor(query.cursor);
  let q = ctx.db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind', 'siren', 'territory_code', 'territory_type', 'deleted_at', 'created_at'])
    .select((eb) =>
      eb
        .selectFrom('memberships')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('memberships.organisation_id', '=', 'organisations.id')
        .as('member_count'),
    )
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1);
  if (query.q) {
    const pattern = likePattern(query.q);
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['name']), 'like', pattern),
        eb('siren', 'like', pattern),
        eb('territory_code', 'like', pattern),
      ]),
    );
  }
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('created_at', '<', after[0]),
        eb.and([eb('created_at', '=', after[0]), eb('id', '<', after[1])]),
      ]),
    );
  return pageOf(
    await q.execute(),
    query.limit,
    (r) => [r.created_at, r.id],
    (o) => ({
      id: o.id,
      name: o.name,
      kind: o.kind,
      siren: o.siren,
      territoryCode: o.territory_code,
      territoryType: o.territory_type,
      memberCount: Number(o.member_count ?? 0),
      deleted: o.deleted_at !== null,
      createdAt: o.created_at,
    }),
  );
}

type OutboxRow = {
  id: string;
  to_email: string;
  subject: string;
  template?: string | null;
  language: 'fr' | 'en';
  status: 'pending' | 'sent' | 'failed' | 'kept';
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  next_attempt_at?: string | null;
};
const outboxItem = (r: OutboxRow) => ({
  id: r.id,
  to: r.to_email,
  subject: r.subject,
  template: r.template ?? null,
  language: r.language,
  status: r.status,
  attempts: Number(r.attempts),
  lastError: r.last_error,
  createdAt: r.created_at,
  sentAt: r.sent_at,
  nextAttemptAt: r.status === 'pending' ? (r.next_attempt_at ?? null) : null,
});

export async function listOutbox(
  ctx: AppContext,
  actor: Actor | null,
  query: { cursor?: string; limit: number; status?: OutboxRow['status'] },
) {
  assertAdmin(actor);
  const after = decodeCursor(query.cursor);
  let q = ctx.db
    .selectFrom('outbox')
    .select([
      'id',
      'to_email',
      'subject',
      'template',
      'language',
      'status',
      'attempts',
      'last_error',
      'created_at',
      'sent_at',
      'next_attempt_at',
    ])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1);
  if (query.status) q = q.where('status', '=', query.status);
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('created_at', '<', after[0]),
        eb.and([eb('created_at', '=', after[0]), eb('id', '<', after[1])]),
      ]),
    );
  return pageOf(await q.execute(), query.limit, (r) => [r.created_at, r.id], outboxItem);
}

export async function getOutboxMessage(ctx: AppContext, actor: Actor | null, id: string) {
  assertAdmin(actor);
  const row = await ctx.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError();
  const job = row.job_id
    ? await ctx.db.selectFrom('jobs').selectAll().where('id', '=', row.job_id).executeTakeFirst()
    : undefined;
  const attachments = row.attachments ? (JSON.parse(row.attachments) as MailAttachment[]) : [];
  return {
    ...outboxItem(row),
    textBody: row.text_body,
    htmlBody: row.html_body,
    attachments: attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      size: Buffer.from(a.content, 'base64').length,
    })),
    job: job
      ? {
          status: job.status,
          attempts: Number(job.attempts),
          maxAttempts: Number(job.max_attempts),
          runAt: job.run_at,
          lastError: job.last_error,
        }
      : null,
  };
}

export async function listAudit(
  ctx: AppContext,
  actor: Actor | null,
  query: { cursor?: string; limit: number; action?: string; userId?: string; organisationId?: string },
) {
  assertAdmin(actor);
  const after = decodeCursor(query.cursor);
  let q = ctx.db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_user_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.actor_user_id',
      'users.display_name',
      'audit_log.action',
      'audit_log.subject_type',
      'audit_log.subject_id',
      'audit_log.organisation_id',
      'audit_log.details',
      'audit_log.ip',
    ])
    .orderBy('audit_log.at', 'desc')
    .orderBy('audit_log.id', 'desc')
    .limit(query.limit + 1);
  if (query.action) q = q.where('audit_log.action', '=', query.action);
  if (query.organisationId) q = q.where('audit_log.organisation_id', '=', query.organisationId);
  if (query.userId) {
    const userId = query.userId;
    q = q.where((eb) =>
      eb.or([
        eb('audit_log.actor_user_id', '=', userId),
        eb.and([eb('audit_log.subject_type', '=', 'user'), eb('audit_log.subject_id', '=', userId)]),
      ]),
    );
  }
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('audit_log.at', '<', after[0]),
        eb.and([eb('audit_log.at', '=', after[0]), eb('audit_log.id', '<', after[1])]),
      ]),
    );
  return pageOf(
    await q.execute(),
    query.limit,
    (r) => [r.at, r.id],
    (r) => ({
      id: r.id,
      at: r.at,
      actorUserId: r.actor_user_id,
      actorName: r.display_name ?? null,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      organisationId: r.organisation_id,
      details: JSON.parse(r.details) as Record<string, unknown>,
      ip: r.ip,
    }),
  );
}
