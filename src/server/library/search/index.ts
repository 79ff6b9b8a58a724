import type { Expression, SqlBool } from 'kysely';
import type { SearchQuery } from '../../../core/search/french.ts';
import type { Dialect } from '../../../db/database.ts';
import { postgresMatch, postgresRawQuery } from './postgres.ts';
import { sqliteMatch, sqliteRawQuery } from './sqlite.ts';

/**
 * The one full-text adapter: both engines index the same normalised text (src/core/search) and answer the same
 * boolean query (every word, any of its stems), so they return the same set. Ranking is not left to the engines
 * (bm25 and ts_rank differ): the library orders by a score computed in plain SQL, identical on both.
 * The condition applies to `projects as p`.
 */
export function fullTextMatch(dialect: Dialect, query: SearchQuery): Expression<SqlBool> {
  return dialect === 'postgres' ? postgresMatch(query) : sqliteMatch(query);
}

export function rawFullTextQuery(dialect: Dialect, query: SearchQuery, limit: number) {
  return dialect === 'postgres' ? postgresRawQuery(query, limit) : sqliteRawQuery(query, limit);
}
