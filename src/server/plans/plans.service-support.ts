import { randomUUID } from 'node:crypto';
import type { Answers } from '../../core/diagnostics/answers.schemas.ts';
import type { DiagnosticResult } from '../../core/diagnostics/scoring.ts';
import { derivePlanDraft, type PlanDraft } from '../../core/plans/derive.ts';
import type { AnyItem, FieldErrors, PlanItemKind } from '../../core/plans/plan.types.ts';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import { assertCan, can, type GuardedRecord } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import { getInstruments, instrumentOf } from '../diagnostics/instruments.ts';
import { NotFoundError, ValidationError, msg } from '../errors.ts';
import { getMethodContent } from '../method/method-content.loader.ts';
import * as repo from './plans.repository.ts';
import type { PlanItemRow, PlanRow } from './plans.repository.ts';
import { presentPlan } from './plans.present.ts';
import type { PlanView } from './plans.schemas.ts';
import { withFollowers } from '../training/follow-access.ts';

/** What the plan services share: loading a plan with its permission check, history rows, derivation, item rows. */

export const guardOf = (organisationId: string): GuardedRecord => ({ organisationId, visibility: 'private' });

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
  // A facilitator following the project reads its plans (read only, while the follow lasts).
  assertCan(
    actor,
    action,
    await withFollowers(ctx.db, actor, plan.project_id, guardOf(plan.organisation_id)),
  );
  const project = await repo.findProject(ctx.db, plan.project_id);
  if (!project) throw new NotFoundError();
  return { plan, projectTitle: project.title };
}

export async function view(ctx: AppContext, actor: Actor | null, id: string): Promise<PlanView> {
  const { plan, projectTitle } = await loadPlan(ctx, actor, id);
  return presentPlan(ctx.db, plan, projectTitle, can(actor, 'edit', guardOf(plan.organisation_id)));
}

export async function history(
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

export async function loadDiagnostic(ctx: AppContext, projectId: string, diagnosticId: string) {
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

export function draftFrom(
  diagnostic: Awaited<ReturnType<typeof loadDiagnostic>>,
  lang: 'fr' | 'en',
): PlanDraft {
  return derivePlanDraft({
    diagnosticId: diagnostic.id,
    result: diagnostic.result,
    answers: diagnostic.answers,
    instrument: diagnostic.instrument,
    vigilance: getMethodContent().vigilance,
    lang,
  });
}

export function itemRow(
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

export function positioned(
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

export function throwIfAny(errors: FieldErrors): void {
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}
