import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/actor.ts';
import { requireActor } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import * as repo from './plans.repository.ts';
import { history, loadPlan } from './plans.service-support.ts';

/** Comments on plan items and the history of a plan. */

export async function listItemComments(ctx: AppContext, actor: Actor | null, planId: string, itemId: string) {
  await loadPlan(ctx, actor, planId);
  if (!(await repo.findItem(ctx.db, planId, itemId))) throw new NotFoundError();
  const rows = await repo.listComments(ctx.db, itemId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      itemId: r.item_id,
      authorId: r.author_user_id,
      authorName: r.display_name,
      body: r.body,
      createdAt: r.created_at,
    })),
  };
}

export async function addItemComment(
  ctx: AppContext,
  actor: Actor | null,
  planId: string,
  itemId: string,
  body: string,
) {
  await loadPlan(ctx, actor, planId, 'edit');
  const user = requireActor(actor);
  if (!(await repo.findItem(ctx.db, planId, itemId))) throw new NotFoundError();
  const row = {
    id: randomUUID(),
    item_id: itemId,
    plan_id: planId,
    author_user_id: user.userId,
    body,
    created_at: ctx.now().toISOString(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertComment(trx, row);
    await history(trx, planId, itemId, user, 'comment.added', { commentId: row.id }, ctx.now());
  });
  return {
    id: row.id,
    itemId,
    authorId: user.userId,
    authorName: user.displayName,
    body,
    createdAt: row.created_at,
  };
}

export async function listPlanHistory(ctx: AppContext, actor: Actor | null, planId: string) {
  await loadPlan(ctx, actor, planId);
  const rows = await repo.listHistory(ctx.db, planId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      itemId: r.item_id,
      actorId: r.actor_user_id,
      actorName: r.display_name ?? null,
      action: r.action,
      changes: JSON.parse(r.changes) as Record<string, unknown>,
      at: r.at,
    })),
  };
}
