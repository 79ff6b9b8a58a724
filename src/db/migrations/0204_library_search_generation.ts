import { sql } from 'kysely';
import type { Migration } from '../migrator.ts';

/**
 * Library search cache: a generation number, moved by the database itself on every write that can change a search
 * result (projects inserted, updated or deleted, shares, an organisation's kind). The application keeps facet sets
 * in memory keyed by this number, read per request (src/server/library/search.cache.ts): several processes stay
 * consistent because none of them trusts its memory past a write, whichever process or tool made it.
 * The table starts empty (no row means generation 0), so that a backup restores into a freshly migrated database.
 * - SQLite: row triggers (one writer at a time; a single-row update costs about a microsecond).
 * - PostgreSQL: statement triggers that move the number once per transaction (`bumped_by` holds the transaction id),
 *   so a 5,000-row import adds one row version, not 5,000.
 */
export const librarySearchGeneration: Migration = {
  name: '0204_library_search_generation',
  async up(db, dialect) {
    await db.schema
      .createTable('library_generation')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('generation', 'bigint', (c) => c.notNull())
      .addColumn('bumped_by', 'bigint')
      .execute();
    const watched: [table: string, event: string][] = [
      ['projects', 'insert or update or delete'],
      ['project_shares', 'insert or update or delete'],
      ['organisations', 'update of kind'],
    ];
    if (dialect === 'postgres') {
      await sql`create function library_generation_bump() returns trigger language plpgsql as $$
        begin
          insert into library_generation as g (id, generation, bumped_by) values (1, 1, txid_current())
            on conflict (id) do update set generation = g.generation + 1, bumped_by = excluded.bumped_by
            where g.bumped_by is distinct from excluded.bumped_by;
          return null;
        end $$`.execute(db);
      for (const [table, event] of watched)
        await sql
          .raw(
            `create trigger ${table}_generation after ${event} on ${table} for each statement execute function library_generation_bump()`,
          )
          .execute(db);
      return;
    }
    for (const [table, event] of watched)
      for (const one of event.split(' or '))
        await sql
          .raw(
            `create trigger ${table}_generation_${one.split(' ')[0]} after ${one} on ${table} begin
              insert into library_generation (id, generation) values (1, 1)
                on conflict (id) do update set generation = generation + 1;
            end`,
          )
          .execute(db);
  },
};
