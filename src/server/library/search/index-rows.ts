import { sql, type RawBuilder } from 'kysely';
import { toFts5Match, toTsQuery, type SearchQuery } from '../../../core/search/french.ts';
import type { Db, Dialect } from '../../../db/database.ts';

/**
 * The SQL of the in-memory library index (search.index.ts), per engine. Each project is known by a key the
 * full-text match returns directly: on SQLite the FTS document id (`project_search.doc`, an integer the FTS5 table
 * gives without touching another table), on PostgreSQL the project id.
 */
export interface IndexRow {
  key: number | string;
  id: string;
  updated_at: string;
  search_title: string;
  facet_keys: string;
  has_kit: number | string;
  visibility: string;
  status: string;
  organisation_id: string;
  is_case_study: number | string;
  deleted_at: string | null;
  kind: string;
}

const COLUMNS = sql.raw(
  'p.id, p.updated_at, p.search_title, p.facet_keys, p.has_kit, p.visibility, p.status, p.organisation_id, p.is_case_study, p.deleted_at, o.kind',
);

/** Live projects after the key `after` (null: from the first), in key order, at most `limit`. */
export function liveRowsAfter(
  dialect: Dialect,
  after: number | string | null,
  limit: number,
): RawBuilder<IndexRow> {
  return dialect === 'postgres'
    ? sql<IndexRow>`select p.id as key, ${COLUMNS} from projects p join organisations o on o.id = p.organisation_id where p.deleted_at is null and p.id > ${after ?? ''} order by p.id limit ${limit}`
    : sql<IndexRow>`select s.doc as key, ${COLUMNS} from project_search s join projects p on p.id = s.project_id join organisations o on o.id = p.organisation_id where p.deleted_at is null and s.doc > ${after ?? -1} order by s.doc limit ${limit}`;
}

/**
 * Projects marked by a write after `generation` (migration 0205), trashed ones included (they leave the index);
 * at most `limit`.
 */
export function changedRows(dialect: Dialect, generation: number, limit: number): RawBuilder<IndexRow> {
  return dialect === 'postgres'
    ? sql<IndexRow>`select p.id as key, ${COLUMNS} from project_search s join projects p on p.id = s.project_id join organisations o on o.id = p.organisation_id where s.generation > ${generation} limit ${limit}`
    : sql<IndexRow>`select s.doc as key, ${COLUMNS} from project_search s join projects p on p.id = s.project_id join organisations o on o.id = p.organisation_id where s.generation > ${generation} limit ${limit}`;
}

/** The organisations a shared project is shared with, for all live shared projects or the given ones. */
export function shareRows(projectIds: readonly string[] | null) {
  return projectIds
    ? sql<{
        project_id: string;
        organisation_id: string;
      }>`select project_id, organisation_id from project_shares where project_id in (${sql.join(projectIds)})`
    : sql<{
        project_id: string;
        organisation_id: string;
      }>`select sh.project_id, sh.organisation_id from project_shares sh join projects p on p.id = sh.project_id where p.visibility = 'shared' and p.deleted_at is null`;
}

/**
 * The keys of the projects matching the text: what the raw full-text query computes, without ranking. PostgreSQL
 * sends them as one comma-separated string (ids hold no comma): one value to decode instead of thousands of rows.
 */
export async function matchedKeys(db: Db, dialect: Dialect, text: SearchQuery): Promise<(number | string)[]> {
  if (dialect === 'postgres') {
    const row = (
      await sql<{
        keys: string | null;
      }>`select string_agg(id, ',') as keys from projects where search_vector @@ to_tsquery('simple', ${toTsQuery(text)})`.execute(
        db,
      )
    ).rows[0];
    return row?.keys ? row.keys.split(',') : [];
  }
  const rows = (
    await sql<{
      key: number;
    }>`select rowid as key from projects_fts where projects_fts match ${toFts5Match(text)}`.execute(db)
  ).rows;
  return rows.map((r) => r.key);
}

/** The generation, and the generation of the last project deleted for good (migrations 0204, 0205). */
export function generationRow() {
  return sql<{
    generation: number | string;
    removed_generation: number | string | null;
  }>`select generation, removed_generation from library_generation where id = 1`;
}
