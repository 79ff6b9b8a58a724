import type { PlanItemKind, SourceRef, StoredItem } from '../../core/plans/plan.types.ts';
import { budgetTotals, riskMatrix } from '../../core/plans/summary.ts';
import type { Db } from '../../db/database.ts';
import { getMethodContent } from '../method/method-content.loader.ts';
import * as repo from './plans.repository.ts';
import type { PlanItemRow, PlanRow } from './plans.repository.ts';
import type { ItemView, PlanView } from './plans.schemas.ts';

/** From rows to the wire format, and to the shape the pure functions of src/core/plans read. */

export function detailsOf(
  row: Pick<PlanItemRow, 'kind' | 'details' | 'id'>,
  deps: ReadonlyMap<string, string[]>,
): Record<string, unknown> {
  const details = JSON.parse(row.details) as Record<string, unknown>;
  return row.kind === 'milestone' ? { ...details, dependsOn: deps.get(row.id) ?? [] } : details;
}

export function toStoredItem(row: PlanItemRow, deps: ReadonlyMap<string, string[]>): StoredItem {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    status: row.status,
    startDate: row.start_date,
    dueDate: row.due_date,
    details: detailsOf(row, deps),
    sourceRef: row.source_ref ? (JSON.parse(row.source_ref) as SourceRef) : null,
  } as StoredItem;
}

export function presentItem(
  row: PlanItemRow,
  deps: ReadonlyMap<string, string[]>,
  names: ReadonlyMap<string, string>,
  comments: ReadonlyMap<string, number>,
): ItemView {
  return {
    id: row.id,
    kind: row.kind as PlanItemKind,
    title: row.title,
    description: row.description,
    ownerId: row.owner_user_id,
    ownerName: row.owner_user_id ? (names.get(row.owner_user_id) ?? null) : null,
    startDate: row.start_date,
    dueDate: row.due_date,
    status: row.status,
    position: row.position,
    details: detailsOf(row, deps),
    sourceRef: row.source_ref ? (JSON.parse(row.source_ref) as SourceRef) : null,
    commentCount: comments.get(row.id) ?? 0,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export async function presentOneItem(db: Db, row: PlanItemRow): Promise<ItemView> {
  const deps = await repo.listDependencies(db, row.plan_id);
  const names = await repo.findUserNames(db, row.owner_user_id ? [row.owner_user_id] : []);
  return presentItem(row, deps, names, await repo.countComments(db, row.plan_id));
}

type Localized = { fr: string; en: string };

/** The method's situations and strategies, by id, with their titles: the plan shows titles, never ids. */
export function methodChoices(): {
  situations: { id: string; title: Localized }[];
  strategies: { id: string; title: Localized }[];
} {
  const method = getMethodContent();
  return {
    situations: method.situations.map((s) => ({ id: s.id, title: { fr: s.title.fr, en: s.title.en } })),
    strategies: method.strategies.map((s) => ({ id: s.id, title: { fr: s.title.fr, en: s.title.en } })),
  };
}

/** The title of a strategy id, in both languages (null when none is chosen). */
export function strategyTitle(id: string | null): Localized | null {
  if (!id) return null;
  return methodChoices().strategies.find((s) => s.id === id)?.title ?? { fr: id, en: id };
}

export async function presentPlan(
  db: Db,
  plan: PlanRow,
  projectTitle: string,
  canEdit: boolean,
): Promise<PlanView> {
  const [rows, deps, comments, members] = await Promise.all([
    repo.listItems(db, plan.id),
    repo.listDependencies(db, plan.id),
    repo.countComments(db, plan.id),
    repo.listMembers(db, plan.organisation_id),
  ]);
  const names = await repo.findUserNames(
    db,
    rows.map((r) => r.owner_user_id).filter((id): id is string => id !== null),
  );
  const stored = rows.map((r) => toStoredItem(r, deps));
  return {
    id: plan.id,
    projectId: plan.project_id,
    projectTitle,
    organisationId: plan.organisation_id,
    diagnosticId: plan.diagnostic_id,
    title: plan.title,
    status: plan.status,
    situation: plan.situation,
    strategy: plan.strategy,
    strategyTitle: strategyTitle(plan.strategy),
    strategyRanking: JSON.parse(plan.strategy_ranking) as PlanView['strategyRanking'],
    objectives: JSON.parse(plan.objectives) as PlanView['objectives'],
    summary: plan.summary,
    startDate: plan.start_date,
    endDate: plan.end_date,
    createdAt: plan.created_at,
    updatedAt: plan.updated_at,
    version: plan.version,
    itemCount: rows.length,
    items: rows.map((r) => presentItem(r, deps, names, comments)),
    totals: budgetTotals(stored),
    riskMatrix: riskMatrix(stored),
    members: members.map((m) => ({ id: m.id, displayName: m.display_name })),
    access: { canEdit },
    choices: methodChoices(),
  };
}
