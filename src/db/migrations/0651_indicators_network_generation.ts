import { sql } from 'kysely';
import type { Migration } from '../migrator.ts';

/**
 * Network dashboard cache: a generation number per model, moved by the database itself on every write that can change
 * what the dashboard, its late-sites pages or the public page of a network show: the model's sites, its indicators
 * (dictionary), the roll-ups and latest values (the only value tables those pages read), and its settings. Each
 * request reads the number first (src/server/indicators/dashboard.cache.ts) and uses a kept answer only under it, so
 * several application processes, and writes made by any tool, never see a stale dashboard. Per model, so one
 * network's upload leaves the others' answers in place.
 * Raw values (`indicator_values`) are not watched: those pages never read them, and every service write to them
 * refreshes the roll-ups and latest values in the same transaction. Reporting links are not shown by those pages.
 * The table starts empty (no row means generation 0), so that a backup restores into a freshly migrated database.
 * - SQLite: row triggers (one writer at a time; a one-row upsert per written row).
 * - PostgreSQL: statement triggers with transition tables note the models written in a transaction-local setting;
 *   the numbers move once per transaction and model, at commit, through a deferred trigger on a one-row-per-
 *   transaction table. Bumping at commit, models in sorted order, takes the counter's row lock last: bumping at the
 *   write would hold it while the transaction goes on to lock indicators (a site deleted rebuilds the roll-ups)
 *   while an upload holding those indicators waits for the counter: a deadlock.
 */
const BY_MODEL = ['sites', 'indicators', 'indicator_settings'];
const BY_INDICATOR = ['indicator_rollups', 'indicator_site_latest'];

export const indicatorsNetworkGeneration: Migration = {
  name: '0651_indicators_network_generation',
  async up(db, dialect) {
    await db.schema
      .createTable('network_generation')
      .addColumn('model_id', 'text', (c) => c.primaryKey())
      .addColumn('generation', 'bigint', (c) => c.notNull())
      .execute();
    if (dialect === 'postgres') {
      await createPostgresTriggers(db);
      return;
    }
    const bump = (models: string) => `insert into network_generation (model_id, generation) ${models}
      on conflict (model_id) do update set generation = generation + 1;`;
    for (const table of [...BY_MODEL, ...BY_INDICATOR]) {
      const of = (row: 'new' | 'old') =>
        BY_MODEL.includes(table)
          ? `select ${row}.model_id, 1 where ${row}.model_id is not null`
          : `select model_id, 1 from indicators where id = ${row}.indicator_id`;
      await sql
        .raw(`create trigger ${table}_network_insert after insert on ${table} begin ${bump(of('new'))} end`)
        .execute(db);
      await sql
        .raw(`create trigger ${table}_network_delete after delete on ${table} begin ${bump(of('old'))} end`)
        .execute(db);
      // A row moved to another model changes both networks.
      await sql
        .raw(
          `create trigger ${table}_network_update after update on ${table} begin ${bump(of('new'))}
            ${bump(`${of('old')} and ${BY_MODEL.includes(table) ? 'old.model_id is not new.model_id' : 'old.indicator_id is not new.indicator_id'}`)}
          end`,
        )
        .execute(db);
    }
  },
};

async function createPostgresTriggers(db: Parameters<Migration['up']>[0]) {
  await db.schema
    .createTable('network_generation_pending')
    .addColumn('txid', 'bigint', (c) => c.primaryKey())
    .execute();
  // Notes the models in `essaim.network_models` (a text[] literal, local to the transaction: gone at its end, and
  // rolled back with a savepoint like the writes that noted them); the transaction's first note queues the bump.
  await sql`create function network_generation_note(models text[]) returns void language plpgsql as $$
    declare noted text := nullif(current_setting('essaim.network_models', true), '');
    begin
      if models is null or cardinality(models) = 0 then return; end if;
      if noted is null then
        insert into network_generation_pending (txid) values (txid_current()) on conflict do nothing;
      end if;
      perform set_config('essaim.network_models',
        array(select distinct m from unnest(coalesce(noted::text[], '{}') || models) m order by m)::text, true);
    end $$`.execute(db);
  // At commit (deferred): one bump per model noted, in sorted order so that two committing transactions take the
  // counters' row locks in the same order.
  await sql`create function network_generation_bump() returns trigger language plpgsql as $$
    declare noted text := nullif(current_setting('essaim.network_models', true), '');
    begin
      if noted is not null then
        insert into network_generation as g (model_id, generation)
          select m, 1 from unnest(noted::text[]) m order by m
          on conflict (model_id) do update set generation = g.generation + 1;
      end if;
      delete from network_generation_pending where txid = new.txid;
      perform set_config('essaim.network_models', '', true);
      return null;
    end $$`.execute(db);
  await sql`create constraint trigger network_generation_at_commit after insert on network_generation_pending
    deferrable initially deferred for each row execute function network_generation_bump()`.execute(db);

  // One function per way of finding the model (its own column, or through the indicator) and per transition table
  // (an insert has only new rows, a delete only old ones).
  const modelOf = (rows: string, byModel: boolean) =>
    byModel
      ? `select model_id from ${rows}`
      : `select i.model_id from ${rows} r join indicators i on i.id = r.indicator_id`;
  for (const byModel of [true, false]) {
    const name = byModel ? 'model' : 'indicator';
    for (const [op, rows] of [
      ['insert', ['new_rows']],
      ['delete', ['old_rows']],
      ['update', ['new_rows', 'old_rows']],
    ] as const)
      await sql
        .raw(
          `create function network_note_${name}_${op}() returns trigger language plpgsql as $$
          begin
            perform network_generation_note(array(${rows.map((r) => modelOf(r, byModel)).join(' union ')}));
            return null;
          end $$`,
        )
        .execute(db);
  }
  for (const table of [...BY_MODEL, ...BY_INDICATOR]) {
    const name = BY_MODEL.includes(table) ? 'model' : 'indicator';
    for (const [op, referencing] of [
      ['insert', 'new table as new_rows'],
      ['delete', 'old table as old_rows'],
      ['update', 'new table as new_rows old table as old_rows'],
    ] as const)
      await sql
        .raw(
          `create trigger ${table}_network_${op} after ${op} on ${table} referencing ${referencing}
            for each statement execute function network_note_${name}_${op}()`,
        )
        .execute(db);
  }
}
