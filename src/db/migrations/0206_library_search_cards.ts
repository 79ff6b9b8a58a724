import { sql } from 'kysely';
import type { Migration } from '../migrator.ts';

/**
 * Library search answers kept whole: the search keeps each page it served, serialised, under `library_generation`
 * (src/server/library/search.cache.ts). A page's cards also show what 0204 and 0205 do not watch, as it does not
 * change which projects match: the first image, the organisation's name and the territories' names. Their writes
 * now move the generation too (no project is marked in `project_search`: the index has nothing to read again), so
 * the next search, in any process, serves them fresh.
 * - SQLite: row triggers, as 0205's.
 * - PostgreSQL: statement triggers calling 0204's `library_generation_bump`, once per transaction.
 */
const watched: [table: string, event: string][] = [
  ['project_images', 'insert'],
  ['project_images', 'update of id, project_id, position, deleted_at'],
  ['project_images', 'delete'],
  ['project_territories', 'insert'],
  ['project_territories', 'update'],
  ['project_territories', 'delete'],
  ['organisations', 'update of name'],
];

export const librarySearchCards: Migration = {
  name: '0206_library_search_cards',
  async up(db, dialect) {
    for (const [table, event] of watched) {
      const name = `${table}_cards_${event.split(' ')[0]}`;
      await sql
        .raw(
          dialect === 'postgres'
            ? `create trigger ${name} after ${event} on ${table} for each statement execute function library_generation_bump()`
            : `create trigger ${name} after ${event} on ${table} begin
                insert into library_generation (id, generation) values (1, 1)
                  on conflict (id) do update set generation = generation + 1;
              end`,
        )
        .execute(db);
    }
  },
};
