import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/**
 * Logical backup of an Essaim PostgreSQL database, for hosts without pg_dump: every table of the schema read in one
 * REPEATABLE READ transaction (a consistent snapshot while writes continue), written as gzipped JSON lines; binary
 * columns (uploaded files) as base64. Restore goes into a freshly migrated, empty database, in one transaction, in
 * foreign-key order.
 */
const FORMAT = 'essaim-postgres-backup';
const BATCH = 500;

interface Header {
  format: typeof FORMAT;
  version: 1;
  createdAt: string;
  migrations: string[];
  tables: string[];
}

async function tablesInOrder(db: Db): Promise<string[]> {
  const tables = (
    await sql<{
      name: string;
    }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(
      db,
    )
  ).rows.map((r) => r.name);
  const edges = (
    await sql<{ child: string; parent: string }>`
      select tc.table_name as child, ccu.table_name as parent
      from information_schema.table_constraints tc
      join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema
      where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()`.execute(db)
  ).rows;
  const ordered: string[] = [];
  const pending = new Set(tables);
  while (pending.size) {
    const ready = [...pending]
      .filter((t) => !edges.some((e) => e.child === t && e.parent !== t && pending.has(e.parent)))
      .sort();
    if (!ready.length) throw new Error(`circular foreign keys between ${[...pending].join(', ')}`);
    for (const t of ready) {
      ordered.push(t);
      pending.delete(t);
    }
  }
  return ordered;
}

function encode(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, Buffer.isBuffer(v) ? { $base64: v.toString('base64') } : v]),
  );
}

function decode(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [
      k,
      v && typeof v === 'object' && '$base64' in v
        ? Buffer.from(String((v as { $base64: string }).$base64), 'base64')
        : v,
    ]),
  );
}

/** Writes the backup to `target` (which must not exist) and returns the number of rows per table. */
export async function backupPostgres(
  db: Db,
  target: string,
  now = new Date(),
): Promise<Record<string, number>> {
  const out = path.resolve(target);
  if (fs.existsSync(out))
    throw new Error(`${out} already exists: choose another file name (nothing was overwritten).`);
  const counts: Record<string, number> = {};
  const lines: string[] = [];
  await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const tables = await tablesInOrder(trx);
      // Generated columns (full-text vectors) are recomputed by PostgreSQL on restore.
      const generated = (
        await sql<{
          t: string;
          c: string;
        }>`select table_name as t, column_name as c from information_schema.columns where table_schema = current_schema() and is_generated = 'ALWAYS'`.execute(
          trx,
        )
      ).rows;
      const migrations = (
        await sql<{ name: string }>`select name from essaim_migrations order by name`.execute(trx)
      ).rows.map((r) => r.name);
      const header: Header = { format: FORMAT, version: 1, createdAt: now.toISOString(), migrations, tables };
      lines.push(JSON.stringify(header));
      for (const table of tables) {
        counts[table] = 0;
        for (let offset = 0; ; offset += BATCH) {
          const rows = (
            await sql<
              Record<string, unknown>
            >`select * from ${sql.table(table)} order by 1 limit ${BATCH} offset ${offset}`.execute(trx)
          ).rows;
          for (const row of rows) {
            for (const g of generated) if (g.t === table) delete row[g.c];
            lines.push(JSON.stringify({ t: table, r: encode(row) }));
          }
          counts[table] += rows.length;
          if (rows.length < BATCH) break;
        }
      }
    });
  const partial = `${out}.partial`;
  await pipeline(
    Readable.from(lines.map((l) => `${l}\n`)),
    createGzip(),
    fs.createWriteStream(partial, { flags: 'wx' }),
  );
  fs.renameSync(partial, out);
  return counts;
}

async function* readLines(file: string): AsyncGenerator<string> {
  const input = fs.createReadStream(path.resolve(file)).pipe(createGunzip());
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) if (line) yield line;
}

/**
 * Loads a backup into an empty, migrated database (run `essaim migrate` on the fresh instance first). Refuses a
 * database that already holds records, or a backup made at another migration level; nothing is written then.
 */
export async function restorePostgres(db: Db, file: string): Promise<Record<string, number>> {
  const lines = readLines(file);
  const first = await lines.next();
  const header = (first.done ? null : JSON.parse(first.value)) as Header | null;
  if (header?.format !== FORMAT) throw new Error(`${file} is not an Essaim PostgreSQL backup.`);
  const current = (
    await sql<{ name: string }>`select name from essaim_migrations order by name`.execute(db)
  ).rows.map((r) => r.name);
  if (current.join() !== header.migrations.join()) {
    throw new Error(
      `the backup was made at migration ${header.migrations.at(-1)}, this database is at ${current.at(-1) ?? 'none'}: use the same Essaim version.`,
    );
  }
  const counts: Record<string, number> = {};
  await db.transaction().execute(async (trx) => {
    for (const table of header.tables) {
      if (table === 'essaim_migrations' || table.startsWith('kysely_')) continue;
      const n = (await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(trx)).rows[0]
        ?.n;
      if (Number(n) > 0)
        throw new Error(`the table ${table} already holds ${n} rows: restore into a fresh, empty instance.`);
    }
    let batch: Record<string, unknown>[] = [];
    let batchTable = '';
    const flush = async () => {
      if (!batch.length) return;
      await trx
        .insertInto(batchTable as never)
        .values(batch as never)
        .execute();
      counts[batchTable] = (counts[batchTable] ?? 0) + batch.length;
      batch = [];
    };
    for await (const line of lines) {
      const { t, r } = JSON.parse(line) as { t: string; r: Record<string, unknown> };
      if (t === 'essaim_migrations' || t.startsWith('kysely_')) continue;
      if (t !== batchTable || batch.length >= 200) {
        await flush();
        batchTable = t;
      }
      batch.push(decode(r));
    }
    await flush();
  });
  return counts;
}
