import type { Kysely } from 'kysely';
import type { Database, Db } from '../../db/database.ts';
import type { ProjectTable, ProjectTerritoryTable } from '../../db/tables/library.ts';

/** Kysely queries for project records; rows come back plain, the service maps them to the wire format. */
export type ProjectRow = Omit<ProjectTable, 'search_title' | 'has_kit' | 'facet_keys'> & {
  search_title: string;
  has_kit: number;
  facet_keys: string;
};
export type TerritoryRow = ProjectTerritoryTable;
export interface FacetValue {
  facet: string;
  value: string;
}

export function findProject(db: Kysely<Database>, id: string): Promise<ProjectRow | undefined> {
  return db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst() as Promise<
    ProjectRow | undefined
  >;
}

export async function sharesOf(db: Db, projectId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('project_shares')
    .select('organisation_id')
    .where('project_id', '=', projectId)
    .orderBy('organisation_id')
    .execute();
  return rows.map((r) => r.organisation_id);
}

export function territoriesOf(db: Db, projectIds: readonly string[]): Promise<TerritoryRow[]> {
  if (projectIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('project_territories').selectAll().where('project_id', 'in', projectIds).execute();
}

export function organisationsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

export function firstImages(db: Db, projectIds: readonly string[]) {
  if (projectIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('project_images')
    .select(['id', 'project_id', 'position'])
    .where('project_id', 'in', projectIds)
    .where('deleted_at', 'is', null)
    .orderBy('position')
    .execute();
}

/** Replaces a project's territories, shares and facet values (inside the caller's transaction). */
export async function replaceProjectLinks(
  db: Kysely<Database>,
  projectId: string,
  links: { territories?: TerritoryRow[]; shares?: string[]; facets: FacetValue[] },
): Promise<void> {
  if (links.territories) {
    await db.deleteFrom('project_territories').where('project_id', '=', projectId).execute();
    if (links.territories.length > 0)
      await db.insertInto('project_territories').values(links.territories).execute();
  }
  if (links.shares) {
    await db.deleteFrom('project_shares').where('project_id', '=', projectId).execute();
    if (links.shares.length > 0)
      await db
        .insertInto('project_shares')
        .values(links.shares.map((organisation_id) => ({ project_id: projectId, organisation_id })))
        .execute();
  }
  await db.deleteFrom('project_facets').where('project_id', '=', projectId).execute();
  if (links.facets.length > 0)
    await db
      .insertInto('project_facets')
      .values(links.facets.map((f) => ({ project_id: projectId, ...f })))
      .execute();
}

export async function existingOrganisationIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('organisations')
    .select('id')
    .where('id', 'in', [...ids])
    .where('deleted_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.id));
}
