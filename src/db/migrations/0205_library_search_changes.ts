import { sql } from 'kysely';
import type { Migration } from '../migrator.ts';

/**
 * Library search, what changed since a generation: each process keeps an index of every live project's facets in
 * memory (src/server/library/search.index.ts) and, when `library_generation` moves, reads only the projects
 * written since the generation it holds instead of all of them again.
 * - `project_search.generation`: the generation of the last write that can change the project's search entry (the
 *   project row, its shares, its organisation's kind). SQLite already has `project_search` (FTS document ids, 0201);
 *   PostgreSQL gets one with the same name and purpose, keyed by project id.
 * - `library_generation.removed_generation`: the generation of the last project deleted for good (purge). Such a
 *   project leaves no row to read, so a process behind it rebuilds its index (a trash is an update: no rebuild).
 * Written by the same triggers that move the generation, so whatever process or tool writes, the next read sees it.
 * On PostgreSQL the generation is moved once per transaction while holding its row lock until commit, so
 * generations are in commit order and every project of a generation ≤ the one read is visible.
 */
export const librarySearchChanges: Migration = {
  name: '0205_library_search_changes',
  async up(db, dialect) {
    await sql`alter table library_generation add column removed_generation bigint`.execute(db);
    if (dialect === 'postgres') await postgres(db);
    else await sqlite(db);
  },
};

type Db = Parameters<Migration['up']>[0];

async function postgres(db: Db) {
  await sql`create table project_search (project_id text primary key, generation bigint not null default 0)`.execute(
    db,
  );
  await sql`create index project_search_generation on project_search (generation)`.execute(db);
  await sql`insert into project_search (project_id) select id from projects`.execute(db);
  // The same move as library_generation_bump (0204), which stays for the statements it already watches: whichever
  // runs first in a transaction moves the number, the others find it moved (bumped_by) and read it.
  await sql`create function library_generation_mark() returns bigint language plpgsql as $$
    declare g bigint;
    begin
      insert into library_generation as lg (id, generation, bumped_by) values (1, 1, txid_current())
        on conflict (id) do update set generation = lg.generation + 1, bumped_by = excluded.bumped_by
        where lg.bumped_by is distinct from excluded.bumped_by;
      select generation into g from library_generation where id = 1;
      return g;
    end $$`.execute(db);
  // Statement triggers with transition tables: an import batch is one set-based upsert, not one call per row.
  await sql`create function library_search_projects_changed() returns trigger language plpgsql as $$
    declare g bigint := library_generation_mark();
    begin
      if tg_op = 'DELETE' then
        delete from project_search where project_id in (select id from changed);
        if exists (select 1 from changed) then
          update library_generation set removed_generation = g where id = 1;
        end if;
      elsif tg_op = 'INSERT' then
        -- A row already there only comes from a restored backup (project_search before projects, no foreign key):
        -- it is kept as the source had it.
        insert into project_search (project_id, generation) select id, g from changed
          on conflict (project_id) do nothing;
      else
        insert into project_search (project_id, generation) select id, g from changed
          on conflict (project_id) do update set generation = excluded.generation;
      end if;
      return null;
    end $$`.execute(db);
  // A share moved from one project to another marks the old one too.
  await sql`create function library_search_shares_changed() returns trigger language plpgsql as $$
    declare g bigint := library_generation_mark();
    begin
      update project_search set generation = g where project_id in (select project_id from changed);
      if tg_op = 'UPDATE' then
        update project_search set generation = g where project_id in (select project_id from previous);
      end if;
      return null;
    end $$`.execute(db);
  await sql`create function library_search_organisations_changed() returns trigger language plpgsql as $$
    declare g bigint;
    begin
      if exists (select 1 from changed n join previous o on o.id = n.id where n.kind is distinct from o.kind) then
        g := library_generation_mark();
        update project_search set generation = g where project_id in (
          select p.id from projects p join changed n on n.id = p.organisation_id
            join previous o on o.id = n.id where n.kind is distinct from o.kind);
      end if;
      return null;
    end $$`.execute(db);
  const triggers: [table: string, event: string, referencing: string, fn: string][] = [
    ['projects', 'insert', 'new table as changed', 'library_search_projects_changed'],
    ['projects', 'update', 'new table as changed', 'library_search_projects_changed'],
    ['projects', 'delete', 'old table as changed', 'library_search_projects_changed'],
    ['project_shares', 'insert', 'new table as changed', 'library_search_shares_changed'],
    [
      'project_shares',
      'update',
      'old table as previous new table as changed',
      'library_search_shares_changed',
    ],
    ['project_shares', 'delete', 'old table as changed', 'library_search_shares_changed'],
    [
      'organisations',
      'update',
      'old table as previous new table as changed',
      'library_search_organisations_changed',
    ],
  ];
  for (const [table, event, referencing, fn] of triggers)
    await sql
      .raw(
        `create trigger ${table}_search_${event} after ${event} on ${table} referencing ${referencing} for each statement execute function ${fn}()`,
      )
      .execute(db);
}

/** SQLite: row triggers (one writer at a time); they replace 0204's, moving the number and marking the project. */
async function sqlite(db: Db) {
  await sql`alter table project_search add column generation integer not null default 0`.execute(db);
  await sql`create index project_search_generation on project_search (generation)`.execute(db);
  for (const name of [
    'projects_fts_insert',
    'projects_generation_insert',
    'projects_generation_update',
    'projects_generation_delete',
    'project_shares_generation_insert',
    'project_shares_generation_update',
    'project_shares_generation_delete',
    'organisations_generation_update',
  ])
    await sql.raw(`drop trigger ${name}`).execute(db);
  const bump = `insert into library_generation (id, generation) values (1, 1)
    on conflict (id) do update set generation = generation + 1;`;
  const current = `(select generation from library_generation where id = 1)`;
  const mark = (id: string) => `update project_search set generation = ${current} where project_id = ${id};`;
  const triggers = [
    // 0201's insert trigger, with the generation: last_insert_rowid() is the project_search row's document id.
    `create trigger projects_fts_insert after insert on projects begin
      ${bump}
      insert into project_search (project_id, generation) values (new.id, ${current});
      insert into projects_fts (rowid, search_text) values (last_insert_rowid(), new.search_text);
    end`,
    `create trigger projects_search_update after update on projects begin ${bump} ${mark('new.id')} end`,
    `create trigger projects_search_delete after delete on projects begin
      ${bump} update library_generation set removed_generation = generation where id = 1;
    end`,
    `create trigger project_shares_search_insert after insert on project_shares begin ${bump} ${mark('new.project_id')} end`,
    `create trigger project_shares_search_update after update on project_shares begin
      ${bump} ${mark('new.project_id')} ${mark('old.project_id')}
    end`,
    `create trigger project_shares_search_delete after delete on project_shares begin ${bump} ${mark('old.project_id')} end`,
    `create trigger organisations_search_update after update of kind on organisations begin
      ${bump}
      update project_search set generation = ${current}
        where project_id in (select id from projects where organisation_id = new.id);
    end`,
  ];
  for (const trigger of triggers) await sql.raw(trigger).execute(db);
}
