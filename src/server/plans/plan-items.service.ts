import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { AnyItem, FieldErrors } from '../../core/plans/plan.types.ts';
import { findCycle, validateItem } from '../../core/plans/validate.ts';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import { requireActor } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError, msg } from '../errors.ts';
import * as repo from './plans.repository.ts';
import type { PlanItemRow } from './plans.repository.ts';
import { detailsOf, presentOneItem } from './plans.present.ts';
import { detailsSchemas, type CreateItemBody, type ItemView, type UpdateItemBody } from './plans.schemas.ts';
import { history, itemRow, loadPlan, throwIfAny } from './plans.service-support.ts';

/** Items of a plan (prerequisites, risks, safeguards, milestones, budget lines, partners): checks, conflicts, history. */

async function assertOwner(
  db: Db,
  organisationId: string,
  ownerId: string | null,
  errors: FieldErrors,
): Promise<void> {
  if (ownerId === null) return;
  const members = await repo.listMembers(db, organisationId);
  if (!members.some((m) => m.id === ownerId)) {
    errors.ownerId = {
      fr: 'Cette personne n’est pas membre de l’organisation du projet.',
      en: 'This person is not a member of the project’s organisation.',
    };
  }
}

/** The dependencies must be live milestones of the same plan and leave the graph without a cycle. */
async function checkDependencies(
  db: Db,
  planId: string,
  itemId: string,
  dependsOn: readonly string[],
  errors: FieldErrors,
): Promise<void> {
  if (errors['details.dependsOn']) return;
  const items = await repo.listItems(db, planId);
  const milestones = new Set(items.filter((i) => i.kind === 'milestone').map((i) => i.id));
  if (dependsOn.some((d) => !milestones.has(d))) {
    errors['details.dependsOn'] = {
      fr: 'Un jalon ne peut dépendre que d’autres jalons de ce plan.',
      en: 'A milestone can only depend on other milestones of this plan.',
    };
    return;
  }
  const edges = await repo.listDependencies(db, planId);
  edges.set(itemId, [...dependsOn]);
  const cycle = findCycle(edges);
  if (cycle) {
    const titles = new Map(items.map((i) => [i.id, i.title]));
    const loop = cycle.map((id) => titles.get(id) ?? '…').join(' → ');
    errors['details.dependsOn'] = {
      fr: `Ces dépendances forment une boucle\u00a0: ${loop}.`,
      en: `These dependencies form a loop: ${loop}.`,
    };
  }
}

export async function createItem(
  ctx: AppContext,
  actor: Actor | null,
  planId: string,
  input: CreateItemBody,
): Promise<ItemView> {
  const { plan } = await loadPlan(ctx, actor, planId, 'edit');
  const user = requireActor(actor);
  const item = { ...input, sourceRef: null } as AnyItem;
  const id = randomUUID();
  const errors = validateItem(item, id);
  await assertOwner(ctx.db, plan.organisation_id, input.ownerId, errors);
  if (input.kind === 'milestone')
    await checkDependencies(ctx.db, planId, id, input.details.dependsOn, errors);
  throwIfAny(errors);
  const now = ctx.now().toISOString();
  const row = {
    ...itemRow(planId, item, await repo.nextPosition(ctx.db, planId, input.kind), user, now, input.ownerId),
    id,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertItems(trx, [row]);
    if (input.kind === 'milestone') await repo.replaceDependencies(trx, id, input.details.dependsOn);
    await history(trx, planId, id, user, 'item.created', { kind: input.kind, title: input.title }, ctx.now());
    await trx
      .updateTable('plans')
      .set({ updated_at: now, updated_by: user.userId })
      .where('id', '=', planId)
      .execute();
  });
  return presentOneItem(ctx.db, row);
}

/** Zod errors of a kind's details, as `details.<field>`. */
function detailsErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const [fr = issue.message, en = issue.message] = issue.message.includes('|')
      ? issue.message.split('|')
      : [];
    errors[['details', ...issue.path.map(String)].join('.')] ??= { fr, en };
  }
  return errors;
}

async function staleItem(db: Db, row: PlanItemRow): Promise<ConflictError> {
  const current = await repo.findItem(db, row.plan_id, row.id);
  return new ConflictError(
    msg(
      'Quelqu’un a modifié cet élément entre-temps\u00a0: voici sa dernière version. Reprenez vos changements dessus.',
      'Someone changed this item in the meantime: here is its latest version. Apply your changes to it again.',
    ),
    { currentVersion: current?.version ?? null, current: current ? await presentOneItem(db, current) : null },
  );
}

export async function updateItem(
  ctx: AppContext,
  actor: Actor | null,
  planId: string,
  itemId: string,
  input: UpdateItemBody,
): Promise<ItemView> {
  const { plan } = await loadPlan(ctx, actor, planId, 'edit');
  const user = requireActor(actor);
  const row = await repo.findItem(ctx.db, planId, itemId);
  if (!row) throw new NotFoundError();
  if (row.version !== input.version) throw await staleItem(ctx.db, row);
  const deps = await repo.listDependencies(ctx.db, planId);
  const currentDetails = detailsOf(row, deps);
  const parsed = detailsSchemas[row.kind].safeParse({ ...currentDetails, ...(input.details ?? {}) });
  if (!parsed.success) throw new ValidationError(detailsErrors(parsed.error));
  const next = {
    kind: row.kind,
    title: input.title ?? row.title,
    description: input.description ?? row.description,
    status: input.status ?? row.status,
    startDate: input.startDate !== undefined ? input.startDate : row.start_date,
    dueDate: input.dueDate !== undefined ? input.dueDate : row.due_date,
    details: parsed.data,
    sourceRef: null,
  } as AnyItem;
  const ownerId = input.ownerId !== undefined ? input.ownerId : row.owner_user_id;
  const errors = validateItem(next, itemId);
  if (input.ownerId !== undefined && input.ownerId !== row.owner_user_id)
    await assertOwner(ctx.db, plan.organisation_id, ownerId, errors);
  const dependsOn = next.kind === 'milestone' ? next.details.dependsOn : [];
  if (next.kind === 'milestone') await checkDependencies(ctx.db, planId, itemId, dependsOn, errors);
  throwIfAny(errors);

  const storedDetails: Record<string, unknown> = { ...next.details };
  delete storedDetails.dependsOn;
  const set = {
    title: next.title,
    description: next.description,
    status: next.status,
    start_date: next.startDate,
    due_date: next.dueDate,
    owner_user_id: ownerId,
    details: JSON.stringify(storedDetails),
  };
  const before: Record<string, unknown> = {
    title: row.title,
    description: row.description,
    status: row.status,
    startDate: row.start_date,
    dueDate: row.due_date,
    ownerId: row.owner_user_id,
    details: currentDetails,
  };
  const after: Record<string, unknown> = {
    title: set.title,
    description: set.description,
    status: set.status,
    startDate: set.start_date,
    dueDate: set.due_date,
    ownerId,
    details: next.details,
  };
  const changes = Object.fromEntries(
    Object.keys(after)
      .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
      .map((k) => [k, { from: before[k], to: after[k] }]),
  );
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (
      !(await repo.updateItemAt(trx, itemId, row.version, {
        ...set,
        updated_at: now,
        updated_by: user.userId,
      }))
    )
      throw await staleItem(trx, row);
    if (next.kind === 'milestone') await repo.replaceDependencies(trx, itemId, dependsOn);
    await history(trx, planId, itemId, user, 'item.updated', changes, ctx.now());
  });
  const updated = await repo.findItem(ctx.db, planId, itemId);
  return presentOneItem(ctx.db, updated!);
}

export async function deleteItem(
  ctx: AppContext,
  actor: Actor | null,
  planId: string,
  itemId: string,
): Promise<void> {
  await loadPlan(ctx, actor, planId, 'edit');
  const user = requireActor(actor);
  const row = await repo.findItem(ctx.db, planId, itemId);
  if (!row) throw new NotFoundError();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('plan_items')
      .set({ deleted_at: ctx.now().toISOString(), updated_by: user.userId, version: row.version + 1 })
      .where('id', '=', itemId)
      .execute();
    await repo.removeDependenciesOn(trx, itemId);
    await history(trx, planId, itemId, user, 'item.deleted', { kind: row.kind, title: row.title }, ctx.now());
  });
}
