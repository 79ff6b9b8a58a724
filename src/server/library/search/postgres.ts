import { sql, type Expression, type SqlBool } from 'kysely';
import { toTsQuery, type SearchQuery } from '../../../core/search/french.ts';

/** PostgreSQL: the generated tsvector ('simple': the text is already normalised) and its GIN index. */
export function postgresMatch(query: SearchQuery): Expression<SqlBool> {
  return sql<SqlBool>`p.search_vector @@ to_tsquery('simple', ${toTsQuery(query)})`;
}

export function postgresRawQuery(query: SearchQuery, limit: number) {
  return sql<{
    project_id: string;
  }>`select id as project_id from projects where search_vector @@ to_tsquery('simple', ${toTsQuery(query)}) order by ts_rank(search_vector, to_tsquery('simple', ${toTsQuery(query)})) desc limit ${limit}`;
}
