import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { PlanItemTable, PlanTable } from '../../db/tables/plans.ts';

/** Kysely queries of the plans capability: plain rows in, plain rows out. */

export type PlanRow = PlanTable;
export type PlanItemRow = PlanItemTable;

export function findProject(db: Db, projectId: string) {
  return db
    .selectFrom('projects')
    .select(['id', 'organisation_id', 'title'])
    .where('id', '=', projectId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export function findDiagnosticForPlan(db: Db, id: string) {
  return db
    .selectFrom('diagnostics')
    .select([
      'id',
      'project_id',
      'status',
      'result',
      'answers',
      'instrument_id',
      'instrument_version',
      'title',
    ])
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function insertPlan(db: Db, row: Insertable<PlanTable>): Promise<void> {
  await db.insertInto('plans').values(row).execute();
}

export function findPlan(db: Db, id: string) {
  return db
    .selectFrom('plans')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

/** Updates at the given version; false when someone else saved in between. */
export async function updatePlanAt(
  db: Db,
  id: string,
  version: number,
  set: Updateable<PlanTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('plans')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listProjectPlans(db: Db, projectId: string) {
  const rows = await db
    .selectFrom('plans')
    .leftJoin('plan_items', (j) =>
      j.onRef('plan_items.plan_id', '=', 'plans.id').on('plan_items.deleted_at', 'is', null),
    )
    .select([
      'plans.id',
      'plans.project_id',
      'plans.diagnostic_id',
      'plans.title',
      'plans.status',
      'plans.strategy',
      'plans.updated_at',
      'plans.version',
    ])
    .select((eb) => eb.fn.count<string | number>('plan_items.id').as('item_count'))
    .where('plans.project_id', '=', projectId)
    .where('plans.deleted_at', 'is', null)
    .groupBy([
      'plans.id',
      'plans.project_id',
      'plans.diagnostic_id',
      'plans.title',
      'plans.status',
      'plans.strategy',
      'plans.updated_at',
      'plans.version',
    ])
    .orderBy('plans.updated_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({ ...r, item_count: Number(r.item_count) }));
}

export function listItems(db: Db, planId: string) {
  return db
    .selectFrom('plan_items')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('deleted_at', 'is', null)
    .orderBy('kind')
    .orderBy('position')
    .orderBy('created_at')
    .execute();
}

export function findItem(db: Db, planId: string, itemId: string) {
  return db
    .selectFrom('plan_items')
    .selectAll()
    .where('id', '=', itemId)
    .where('plan_id', '=', planId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function insertItems(db: Db, rows: Insertable<PlanItemTable>[]): Promise<void> {
  // Batches keep under SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 50)
    await db
      .insertInto('plan_items')
      .values(rows.slice(i, i + 50))
      .execute();
}

export async function updateItemAt(
  db: Db,
  id: string,
  version: number,
  set: Updateable<PlanItemTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('plan_items')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function nextPosition(db: Db, planId: string, kind: PlanItemTable['kind']): Promise<number> {
  const row = await db
    .selectFrom('plan_items')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('plan_id', '=', planId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export async function listDependencies(db: Db, planId: string): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('plan_item_dependencies')
    .innerJoin('plan_items', 'plan_items.id', 'plan_item_dependencies.item_id')
    .select(['plan_item_dependencies.item_id', 'plan_item_dependencies.depends_on_id'])
    .where('plan_items.plan_id', '=', planId)
    .orderBy('plan_item_dependencies.depends_on_id')
    .execute();
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.item_id, [...(map.get(r.item_id) ?? []), r.depends_on_id]);
  return map;
}

export async function replaceDependencies(
  db: Db,
  itemId: string,
  dependsOn: readonly string[],
): Promise<void> {
  await db.deleteFrom('plan_item_dependencies').where('item_id', '=', itemId).execute();
  if (dependsOn.length > 0)
    await db
      .insertInto('plan_item_dependencies')
      .values(dependsOn.map((d) => ({ item_id: itemId, depends_on_id: d })))
      .execute();
}

export async function removeDependenciesOn(db: Db, itemId: string): Promise<void> {
  await db
    .deleteFrom('plan_item_dependencies')
    .where((eb) => eb.or([eb('item_id', '=', itemId), eb('depends_on_id', '=', itemId)]))
    .execute();
}

export async function countComments(db: Db, planId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('plan_item_comments')
    .select(['item_id'])
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('plan_id', '=', planId)
    .groupBy('item_id')
    .execute();
  return new Map(rows.map((r) => [r.item_id, Number(r.n)]));
}

export function listComments(db: Db, itemId: string) {
  return db
    .selectFrom('plan_item_comments')
    .innerJoin('users', 'users.id', 'plan_item_comments.author_user_id')
    .select([
      'plan_item_comments.id',
      'plan_item_comments.item_id',
      'plan_item_comments.author_user_id',
      'users.display_name',
      'plan_item_comments.body',
      'plan_item_comments.created_at',
    ])
    .where('plan_item_comments.item_id', '=', itemId)
    .orderBy('plan_item_comments.created_at')
    .orderBy('plan_item_comments.id')
    .limit(500)
    .execute();
}

export async function insertComment(
  db: Db,
  row: {
    id: string;
    item_id: string;
    plan_id: string;
    author_user_id: string;
    body: string;
    created_at: string;
  },
): Promise<void> {
  await db.insertInto('plan_item_comments').values(row).execute();
}

export async function insertHistory(
  db: Db,
  row: {
    id: string;
    plan_id: string;
    item_id: string | null;
    actor_user_id: string | null;
    action: string;
    changes: string;
    at: string;
  },
): Promise<void> {
  await db.insertInto('plan_history').values(row).execute();
}

export function listHistory(db: Db, planId: string) {
  return db
    .selectFrom('plan_history')
    .leftJoin('users', 'users.id', 'plan_history.actor_user_id')
    .select([
      'plan_history.id',
      'plan_history.item_id',
      'plan_history.actor_user_id',
      'users.display_name',
      'plan_history.action',
      'plan_history.changes',
      'plan_history.at',
    ])
    .where('plan_history.plan_id', '=', planId)
    .orderBy('plan_history.at', 'desc')
    .orderBy('plan_history.id')
    .limit(500)
    .execute();
}

/** Members of an organisation (possible item owners), by name. */
export function listMembers(db: Db, organisationId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.display_name'])
    .where('memberships.organisation_id', '=', organisationId)
    .where('users.deleted_at', 'is', null)
    .orderBy('users.display_name')
    .execute();
}

export async function findUserNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
