import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Answers } from '../../core/diagnostics/answers.schemas.ts';
import type { DiagnosticResult } from '../../core/diagnostics/scoring.ts';
import { derivePlanDraft, type PlanDraft } from '../../core/plans/derive.ts';
import { diffDiagnostics, proposePlanUpdates } from '../../core/plans/diff.ts';
import type { AnyItem, FieldErrors, PlanItemKind } from '../../core/plans/plan.types.ts';
import { findCycle, validateItem, validatePlanFields } from '../../core/plans/validate.ts';
import type { Db } from '../../db/database.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { Actor } from '../auth/actor.ts';
import { assertCan, can, requireActor, type GuardedRecord } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import { getInstruments, instrumentOf } from '../diagnostics/instruments.ts';
import { ConflictError, NotFoundError, ValidationError, msg } from '../errors.ts';
import { getMethodContent } from '../method/method-content.loader.ts';
import { ensureReminderJob } from './plans.reminders.ts';
import * as repo from './plans.repository.ts';
import type { PlanItemRow, PlanRow } from './plans.repository.ts';
import { detailsOf, presentOneItem, presentPlan, toStoredItem } from './plans.present.ts';
import {
  detailsSchemas,
  type applyProposalsBody,
  type CreateItemBody,
  type ItemView,
  type PlanView,
  type UpdateItemBody,
  type UpdatePlanBody,
} from './plans.schemas.ts';

/** The rules of scaling plans: who reads and writes, derivation from a diagnostic, item checks, conflicts, history. */

const guardOf = (organisationId: string): GuardedRecord => ({ organisationId, visibility: 'private' });

export interface LoadedPlan {
  plan: PlanRow;
  projectTitle: string;
}

/** A plan the actor may read (404 otherwise), or write (403 for viewers). */
export async function loadPlan(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  action: 'read' | 'edit' = 'read',
): Promise<LoadedPlan> {
  const plan = await repo.findPlan(ctx.db, id);
  if (!plan) throw new NotFoundError();
  assertCan(actor, action, guardOf(plan.organisation_id));
  const project = await repo.findProject(ctx.db, plan.project_id);
  if (!project) throw new NotFoundError();
  return { plan, projectTitle: project.title };
}

async function view(ctx: AppContext, actor: Actor | null, id: string): Promise<PlanView> {
  const { plan, projectTitle } = await loadPlan(ctx, actor, id);
  return presentPlan(ctx.db, plan, projectTitle, can(actor, 'edit', guardOf(plan.organisation_id)));
}

async function history(
  db: Db,
  planId: string,
  itemId: string | null,
  actor: Actor,
  action: string,
  changes: Record<string, unknown>,
  now: Date,
): Promise<void> {
  await repo.insertHistory(db, {
    id: randomUUID(),
    plan_id: planId,
    item_id: itemId,
    actor_user_id: actor.userId,
    action,
    changes: JSON.stringify(changes),
    at: now.toISOString(),
  });
}

/** A completed diagnostic of the project, with what derivation needs; a wrong one is a 400 on `diagnosticId`. */
async function loadDiagnostic(ctx: AppContext, projectId: string, diagnosticId: string) {
  const row = await repo.findDiagnosticForPlan(ctx.db, diagnosticId);
  if (!row || row.project_id !== projectId) {
    throw new ValidationError({
      diagnosticId: msg(
        'Ce diagnostic n’appartient pas à ce projet.',
        'This diagnostic does not belong to this project.',
      ),
    });
  }
  if (row.status !== 'completed' || !row.result) {
    throw new ValidationError({
      diagnosticId: msg('Terminez d’abord ce diagnostic.', 'Complete this diagnostic first.'),
    });
  }
  return {
    id: row.id,
    result: JSON.parse(row.result) as DiagnosticResult,
    answers: JSON.parse(row.answers) as Answers,
    instrument: instrumentOf(getInstruments(), row.instrument_id, row.instrument_version),
  };
}

function draftFrom(diagnostic: Awaited<ReturnType<typeof loadDiagnostic>>, lang: 'fr' | 'en'): PlanDraft {
  return derivePlanDraft({
    diagnosticId: diagnostic.id,
    result: diagnostic.result,
    answers: diagnostic.answers,
    instrument: diagnostic.instrument,
    vigilance: getMethodContent().vigilance,
    lang,
  });
}

function itemRow(
  planId: string,
  item: AnyItem,
  position: number,
  actor: Actor,
  now: string,
  ownerId: string | null = null,
): PlanItemRow {
  const details: Record<string, unknown> = { ...item.details };
  delete details.dependsOn; // kept in plan_item_dependencies
  return {
    id: randomUUID(),
    plan_id: planId,
    kind: item.kind,
    title: item.title,
    description: item.description,
    owner_user_id: ownerId,
    start_date: item.startDate,
    due_date: item.dueDate,
    status: item.status,
    position,
    details: JSON.stringify(details),
    source_ref: item.sourceRef ? JSON.stringify(item.sourceRef) : null,
    created_by: actor.userId,
    created_at: now,
    updated_by: actor.userId,
    updated_at: now,
    deleted_at: null,
    version: 1,
  };
}

function positioned(
  planId: string,
  items: readonly AnyItem[],
  start: Partial<Record<PlanItemKind, number>>,
  actor: Actor,
  now: string,
): PlanItemRow[] {
  const next = { ...start };
  return items.map((item) => {
    const position = next[item.kind] ?? 0;
    next[item.kind] = position + 1;
    return itemRow(planId, item, position, actor, now);
  });
}

export async function createPlan(
  ctx: AppContext,
  actor: Actor | null,
  projectId: string,
  input: { diagnosticId?: string; title?: string },
): Promise<PlanView> {
  const project = await repo.findProject(ctx.db, projectId);
  if (!project) throw new NotFoundError();
  assertCan(actor, 'edit', guardOf(project.organisation_id));
  const user = requireActor(actor);
  const diagnostic = input.diagnosticId ? await loadDiagnostic(ctx, projectId, input.diagnosticId) : null;
  const draft = diagnostic ? draftFrom(diagnostic, user.language) : null;
  const now = ctx.now().toISOString();
  const id = randomUUID();
  const title =
    input.title ??
    (user.language === 'fr' ? `Feuille de route : ${project.title}` : `Scaling plan: ${project.title}`);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertPlan(trx, {
      id,
      project_id: projectId,
      organisation_id: project.organisation_id,
      diagnostic_id: diagnostic?.id ?? null,
      title,
      situation: draft?.situation ?? null,
      strategy: draft?.strategy ?? null,
      strategy_ranking: JSON.stringify(draft?.strategyRanking ?? []),
      objectives: '[]',
      summary: '',
      start_date: null,
      end_date: null,
      status: 'draft',
      created_by: user.userId,
      created_at: now,
      updated_by: user.userId,
      updated_at: now,
      deleted_at: null,
      version: 1,
    });
    if (draft) await repo.insertItems(trx, positioned(id, draft.items, {}, user, now));
    await history(
      trx,
      id,
      null,
      user,
      'plan.created',
      { diagnosticId: diagnostic?.id ?? null, items: draft?.items.length ?? 0 },
      ctx.now(),
    );
    await recordAudit(
      trx,
      {
        actorUserId: user.userId,
        action: 'plan.created',
        subjectType: 'plan',
        subjectId: id,
        organisationId: project.organisation_id,
      },
      ctx.now(),
    );
    await ensureReminderJob(trx, ctx.now());
  });
  return view(ctx, actor, id);
}

export async function listPlans(ctx: AppContext, actor: Actor | null, projectId: string) {
  const project = await repo.findProject(ctx.db, projectId);
  if (!project) throw new NotFoundError();
  assertCan(actor, 'read', guardOf(project.organisation_id));
  const rows = await repo.listProjectPlans(ctx.db, projectId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      projectId: r.project_id,
      diagnosticId: r.diagnostic_id,
      title: r.title,
      status: r.status,
      strategy: r.strategy,
      itemCount: r.item_count,
      updatedAt: r.updated_at,
      version: r.version,
    })),
  };
}

export function getPlan(ctx: AppContext, actor: Actor | null, id: string): Promise<PlanView> {
  return view(ctx, actor, id);
}

const PLAN_FIELDS = {
  title: 'title',
  situation: 'situation',
  strategy: 'strategy',
  summary: 'summary',
  startDate: 'start_date',
  endDate: 'end_date',
  status: 'status',
} as const;

export async function updatePlan(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: UpdatePlanBody,
): Promise<PlanView> {
  const { plan } = await loadPlan(ctx, actor, id, 'edit');
  const user = requireActor(actor);
  if (plan.version !== input.version) throw new ConflictError(undefined, { currentVersion: plan.version });
  const objectives =
    input.objectives ?? (JSON.parse(plan.objectives) as NonNullable<UpdatePlanBody['objectives']>);
  const startDate = input.startDate !== undefined ? input.startDate : plan.start_date;
  const endDate = input.endDate !== undefined ? input.endDate : plan.end_date;
  const errors = validatePlanFields({ startDate, endDate, objectives });
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  const set: Record<string, unknown> = {};
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, column] of Object.entries(PLAN_FIELDS) as [
    keyof typeof PLAN_FIELDS,
    (typeof PLAN_FIELDS)[keyof typeof PLAN_FIELDS],
  ][]) {
    const value = input[field];
    if (value === undefined || value === plan[column]) continue;
    set[column] = value;
    changes[field] = { from: plan[column], to: value };
  }
  if (input.objectives) {
    set.objectives = JSON.stringify(input.objectives);
    if (set.objectives !== plan.objectives)
      changes.objectives = { from: JSON.parse(plan.objectives), to: input.objectives };
  }
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await repo.updatePlanAt(trx, id, plan.version, {
      ...set,
      updated_at: ctx.now().toISOString(),
      updated_by: user.userId,
    });
    if (!ok)
      throw new ConflictError(undefined, { currentVersion: (await repo.findPlan(trx, id))?.version ?? null });
    await history(trx, id, null, user, 'plan.updated', changes, ctx.now());
  });
  return view(ctx, actor, id);
}

// ---------------------------------------------------------------- items

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
      fr: `Ces dépendances forment une boucle : ${loop}.`,
      en: `These dependencies form a loop: ${loop}.`,
    };
  }
}

function throwIfAny(errors: FieldErrors): void {
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
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
      'Quelqu’un a modifié cet élément entre-temps : voici sa dernière version. Reprenez vos changements dessus.',
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

// ---------------------------------------------------------------- comments and history

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

// ---------------------------------------------------------------- a newer diagnostic

async function proposalsFor(ctx: AppContext, actor: Actor, plan: PlanRow, diagnosticId: string) {
  const diagnostic = await loadDiagnostic(ctx, plan.project_id, diagnosticId);
  const [rows, deps] = await Promise.all([
    repo.listItems(ctx.db, plan.id),
    repo.listDependencies(ctx.db, plan.id),
  ]);
  const draft = draftFrom(diagnostic, actor.language);
  const proposals = proposePlanUpdates(
    rows.map((r) => toStoredItem(r, deps)),
    draft,
  );
  let diff = null;
  if (plan.diagnostic_id && plan.diagnostic_id !== diagnosticId) {
    const previous = await repo.findDiagnosticForPlan(ctx.db, plan.diagnostic_id);
    if (previous?.result)
      diff = diffDiagnostics(JSON.parse(previous.result) as DiagnosticResult, diagnostic.result);
  }
  return { diagnostic, proposals, diff };
}

export async function getProposals(
  ctx: AppContext,
  actor: Actor | null,
  planId: string,
  diagnosticId: string,
) {
  const { plan } = await loadPlan(ctx, actor, planId);
  const { proposals, diff } = await proposalsFor(ctx, requireActor(actor), plan, diagnosticId);
  return {
    diagnosticId,
    diff,
    add: proposals.add.map((i) => ({
      key: i.sourceRef!.key,
      kind: i.kind,
      title: i.title,
      description: i.description,
      details: { ...i.details },
      sourceRef: i.sourceRef,
    })),
    close: proposals.close,
  };
}

export async function applyProposals(
  ctx: AppContext,
  actor: Actor | null,
  planId: string,
  input: z.infer<typeof applyProposalsBody>,
): Promise<PlanView> {
  const { plan } = await loadPlan(ctx, actor, planId, 'edit');
  const user = requireActor(actor);
  const { proposals } = await proposalsFor(ctx, user, plan, input.diagnosticId);
  const byKey = new Map(proposals.add.map((i) => [i.sourceRef!.key, i]));
  const closable = new Map(proposals.close.map((c) => [c.itemId, c]));
  const errors: FieldErrors = {};
  const unknownKey = input.add.find((k) => !byKey.has(k));
  if (unknownKey)
    errors.add = {
      fr: `« ${unknownKey} » n’est pas proposé par ce diagnostic.`,
      en: `“${unknownKey}” is not proposed by this diagnostic.`,
    };
  if (input.close.some((id) => !closable.has(id)))
    errors.close = {
      fr: 'Un des éléments à clore n’est pas proposé par ce diagnostic.',
      en: 'One of the items to close is not proposed by this diagnostic.',
    };
  throwIfAny(errors);
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const start: Partial<Record<PlanItemKind, number>> = {};
    const toAdd = input.add.map((k) => byKey.get(k)!);
    for (const kind of new Set(toAdd.map((i) => i.kind)))
      start[kind] = await repo.nextPosition(trx, planId, kind);
    await repo.insertItems(trx, positioned(planId, toAdd, start, user, now));
    for (const itemId of input.close) {
      const row = await repo.findItem(trx, planId, itemId);
      if (row)
        await repo.updateItemAt(trx, itemId, row.version, {
          status: 'termine',
          updated_at: now,
          updated_by: user.userId,
        });
    }
    if (
      !(await repo.updatePlanAt(trx, planId, plan.version, {
        diagnostic_id: input.diagnosticId,
        updated_at: now,
        updated_by: user.userId,
      }))
    ) {
      throw new ConflictError(undefined, {
        currentVersion: (await repo.findPlan(trx, planId))?.version ?? null,
      });
    }
    await history(
      trx,
      planId,
      null,
      user,
      'plan.proposals-applied',
      { diagnosticId: input.diagnosticId, added: input.add, closed: input.close },
      ctx.now(),
    );
  });
  return view(ctx, actor, planId);
}
