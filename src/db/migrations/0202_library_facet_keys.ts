import { sql } from 'kysely';
import type { Migration } from '../migrator.ts';

/**
 * Library search speed: a search used to run its full-text match five times (results, each facet's counts, the
 * total). Now the match runs once and the facets are counted in the application from the candidate rows, which
 * therefore carry their facet values: `facet_keys`, the project's `project_facets` rows as space-separated
 * `facet:value` tokens, written with them. On SQLite a covering index keyed by id lets the full-text matches fetch
 * what the count needs without reading the wide project rows (PostgreSQL reads the heap row, its long texts being
 * stored apart).
 */
export const libraryFacetKeys: Migration = {
  name: '0202_library_facet_keys',
  async up(db, dialect) {
    await db.schema
      .alterTable('projects')
      .addColumn('facet_keys', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    const joined =
      dialect === 'postgres'
        ? sql`string_agg(f.facet || ':' || f.value, ' ' order by f.facet, f.value)`
        : sql`group_concat(f.facet || ':' || f.value, ' ')`;
    await sql`update projects set facet_keys = coalesce((select ${joined} from project_facets f where f.project_id = projects.id), '')`.execute(
      db,
    );
    if (dialect === 'sqlite')
      await db.schema
        .createIndex('projects_search_cover')
        .on('projects')
        .columns([
          'id',
          'deleted_at',
          'visibility',
          'status',
          'organisation_id',
          'is_case_study',
          'has_kit',
          'updated_at',
          'search_title',
          'facet_keys',
        ])
        .execute();
  },
};
