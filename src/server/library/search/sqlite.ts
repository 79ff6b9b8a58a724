import { sql, type Expression, type SqlBool } from 'kysely';
import { toFts5Match, type SearchQuery } from '../../../core/search/french.ts';

/** SQLite: FTS5 over the normalised text; `project_search` maps FTS document ids back to project ids. */
export function sqliteMatch(query: SearchQuery): Expression<SqlBool> {
  return sql<SqlBool>`p.id in (select s.project_id from projects_fts join project_search s on s.doc = projects_fts.rowid where projects_fts match ${toFts5Match(query)})`;
}

/** The raw engine query alone (for the benchmark): matching ids, best bm25 first. */
export function sqliteRawQuery(query: SearchQuery, limit: number) {
  return sql<{
    project_id: string;
  }>`select s.project_id from projects_fts join project_search s on s.doc = projects_fts.rowid where projects_fts match ${toFts5Match(query)} order by rank limit ${limit}`;
}

/**
 * The matching project ids as a derived table. The library puts it first in a CROSS JOIN (which SQLite never
 * reorders), so that the full-text index drives the query: otherwise the planner may scan every public project
 * through the visibility index and test each against the match list.
 */
export function sqliteMatchedIds(query: SearchQuery) {
  return sql<{
    project_id: string;
  }>`(select s.project_id from projects_fts join project_search s on s.doc = projects_fts.rowid where projects_fts match ${toFts5Match(query)})`;
}
