import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DiagnosticShareTable, DiagnosticTable } from '../../db/tables/diagnostics.ts';

/** Kysely queries of the diagnostics capability: plain rows in, plain rows out. */

export type DiagnosticRow = DiagnosticTable;

export function findProjectForDiagnostics(db: Db, projectId: string) {
  return db
    .selectFrom('projects')
    .select(['id', 'organisation_id', 'title', 'visibility', 'status'])
    .where('id', '=', projectId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function listProjectShareOrganisations(db: Db, projectId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('project_shares')
    .select('organisation_id')
    .where('project_id', '=', projectId)
    .execute();
  return rows.map((r) => r.organisation_id);
}

export async function insertDiagnostic(db: Db, row: Insertable<DiagnosticTable>): Promise<void> {
  await db.insertInto('diagnostics').values(row).execute();
}

export function findDiagnostic(db: Db, id: string, options: { includeDeleted?: boolean } = {}) {
  let query = db.selectFrom('diagnostics').selectAll().where('id', '=', id);
  if (!options.includeDeleted) query = query.where('deleted_at', 'is', null);
  return query.executeTakeFirst();
}

/** Updates a diagnostic only if it is still at `version`; returns whether it was. */
export async function updateDiagnosticAt(
  db: Db,
  id: string,
  version: number,
  set: Updateable<DiagnosticTable>,
  extra: { status?: DiagnosticTable['status'] } = {},
): Promise<boolean> {
  let query = db
    .updateTable('diagnostics')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version);
  if (extra.status) query = query.where('status', '=', extra.status);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function listShares(db: Db, diagnosticIds: readonly string[]) {
  if (diagnosticIds.length === 0) return Promise.resolve([] as DiagnosticShareTable[]);
  return db
    .selectFrom('diagnostic_shares')
    .selectAll()
    .where('diagnostic_id', 'in', diagnosticIds)
    .orderBy('created_at')
    .execute();
}

export async function insertShares(db: Db, rows: DiagnosticShareTable[]): Promise<void> {
  for (const row of rows) {
    const exists = await db
      .selectFrom('diagnostic_shares')
      .select('diagnostic_id')
      .where('diagnostic_id', '=', row.diagnostic_id)
      .where('target_type', '=', row.target_type)
      .where('target_id', '=', row.target_id)
      .executeTakeFirst();
    if (!exists) await db.insertInto('diagnostic_shares').values(row).execute();
  }
}

export async function deleteShares(
  db: Db,
  diagnosticId: string,
  targetType: DiagnosticShareTable['target_type'],
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .deleteFrom('diagnostic_shares')
    .where('diagnostic_id', '=', diagnosticId)
    .where('target_type', '=', targetType)
    .where('target_id', 'in', ids)
    .execute();
}

export interface ListFilter {
  /** One project's diagnostics; absent: every project (with `sharedWith`, « shared with me »). */
  projectId?: string;
  /** Null: every diagnostic of the project (members, administrators); else only those shared with these targets. */
  sharedWith: { userId: string; organisationIds: string[] } | null;
  trash: boolean;
  /** Deleted after this instant (the trash keeps 30 days). */
  deletedAfter?: string;
  limit: number;
  /** Keyset cursor: created_at and id of the last item of the previous page. */
  after?: { createdAt: string; id: string };
}

export function listDiagnostics(db: Db, filter: ListFilter) {
  let query = db.selectFrom('diagnostics').selectAll();
  if (filter.projectId) query = query.where('project_id', '=', filter.projectId);
  query = filter.trash
    ? query.where('deleted_at', 'is not', null).where('deleted_at', '>', filter.deletedAfter ?? '')
    : query.where('deleted_at', 'is', null);
  const shared = filter.sharedWith;
  if (shared) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('diagnostic_shares')
          .select('diagnostic_shares.diagnostic_id')
          .whereRef('diagnostic_shares.diagnostic_id', '=', 'diagnostics.id')
          .where((w) => {
            const targets = [w.and([w('target_type', '=', 'user'), w('target_id', '=', shared.userId)])];
            if (shared.organisationIds.length > 0) {
              targets.push(
                w.and([w('target_type', '=', 'organisation'), w('target_id', 'in', shared.organisationIds)]),
              );
            }
            return w.or(targets);
          }),
      ),
    );
  }
  const after = filter.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '<', after.createdAt),
        eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)]),
      ]),
    );
  }
  return query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
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

export function findFacilitators(db: Db, by: { ids?: readonly string[]; emails?: readonly string[] }) {
  const ids = by.ids ?? [];
  const emails = (by.emails ?? []).map((e) => e.toLowerCase());
  if (ids.length === 0 && emails.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'platform_role'])
    .where((eb) => {
      const ors = [];
      if (ids.length > 0) ors.push(eb('id', 'in', ids));
      if (emails.length > 0) ors.push(eb('email', 'in', emails));
      return eb.or(ors);
    })
    .where('deleted_at', 'is', null)
    .where('disabled_at', 'is', null)
    .execute();
}

export async function findOrganisationNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .where('deleted_at', 'is', null)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function findProjectTitle(db: Db, id: string) {
  return db.selectFrom('projects').select(['id', 'title']).where('id', '=', id).executeTakeFirst();
}
