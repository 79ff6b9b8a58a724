import type { Actor } from '../auth/actor.ts';
import { hasOrganisationRole, requireActor } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import { ValidationError, msg } from '../errors.ts';
import type { ProjectCard } from './library.schemas.ts';
import { CARD_COLUMNS, decodeCursor, encodeCursor, presentCards, type CardRow } from './projects.present.ts';
import { trashLimit } from './projects.service.ts';

/** My organisations' projects, and their trash (30 days, editors only), newest first with a cursor. */
export interface ListOptions {
  organisationId?: string;
  status?: 'draft' | 'published';
  cursor?: string;
  limit: number;
}

async function listOwn(
  ctx: AppContext,
  actorOrNull: Actor | null,
  options: ListOptions,
  trash: boolean,
): Promise<{ items: ProjectCard[]; nextCursor: string | null }> {
  const actor = requireActor(actorOrNull);
  const needed = trash ? 'editor' : 'viewer';
  let orgIds = actor.memberships
    .filter((m) => hasOrganisationRole(actor, m.organisationId, needed))
    .map((m) => m.organisationId);
  if (options.organisationId) orgIds = orgIds.filter((o) => o === options.organisationId);
  if (orgIds.length === 0) return { items: [], nextCursor: null };
  const after = decodeCursor(options.cursor, 2);
  if (options.cursor && !after)
    throw new ValidationError({ cursor: msg('Curseur invalide.', 'Invalid cursor.') });
  const dateColumn = trash ? 'p.deleted_at' : 'p.updated_at';
  let q = ctx.db
    .selectFrom('projects as p')
    .select(CARD_COLUMNS)
    .where('p.organisation_id', 'in', orgIds)
    .orderBy(dateColumn, 'desc')
    .orderBy('p.id', 'desc')
    .limit(options.limit + 1);
  q = trash
    ? q.where('p.deleted_at', 'is not', null).where('p.deleted_at', '>=', trashLimit(ctx))
    : q.where('p.deleted_at', 'is', null);
  if (options.status) q = q.where('p.status', '=', options.status);
  if (after) {
    const [d, i] = after as [string, string];
    q = q.where((eb) =>
      eb.or([eb(dateColumn, '<', d), eb.and([eb(dateColumn, '=', d), eb('p.id', '<', i)])]),
    );
  }
  const rows = (await q.execute()) as CardRow[];
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > options.limit && last
      ? encodeCursor([(trash ? last.deleted_at : last.updated_at) ?? '', last.id])
      : null;
  return { items: await presentCards(ctx, page), nextCursor };
}

export const listMyProjects = (ctx: AppContext, actor: Actor | null, options: ListOptions) =>
  listOwn(ctx, actor, options, false);
export const listTrash = (ctx: AppContext, actor: Actor | null, options: ListOptions) =>
  listOwn(ctx, actor, options, true);
