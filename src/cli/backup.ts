import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { openSqlite, sqlitePath } from '../db/connect.ts';
import type { Env } from '../server/env.ts';

import { openPostgres } from '../db/connect.ts';
import { backupPostgres, restorePostgres } from './pg-backup.ts';

/**
 * PostgreSQL: a logical export of every table in one consistent snapshot (see pg-backup.ts). pg_dump and
 * pg_restore remain a good choice where they are installed.
 */
async function withPostgres<T>(
  url: string,
  run: (db: Parameters<typeof backupPostgres>[0]) => Promise<T>,
): Promise<T> {
  const handle = await openPostgres(url, { max: 2 });
  try {
    return await run(handle.db);
  } finally {
    await handle.close();
  }
}

/** `essaim backup` on PostgreSQL: returns the file written. */
export async function backupPostgresDatabase(env: Env, target: string): Promise<string> {
  const url = env.DATABASE_URL!;
  await withPostgres(url, (db) => backupPostgres(db, target));
  return path.resolve(target);
}

/** `essaim restore` on PostgreSQL, into a freshly migrated empty database. */
export async function restorePostgresDatabase(env: Env, file: string): Promise<Record<string, number>> {
  return withPostgres(env.DATABASE_URL!, (db) => restorePostgres(db, file));
}

/** Online backup of the embedded database (writes may continue meanwhile), checked before it is reported done. */
export async function backupDatabase(env: Env, target: string): Promise<string> {
  if (env.DATABASE_URL) return backupPostgresDatabase(env, target);
  const source = sqlitePath(env.ESSAIM_DATA_DIR);
  if (!fs.existsSync(source)) throw new Error(`No database at ${source}.`);
  const out = path.resolve(target);
  if (fs.existsSync(out))
    throw new Error(`${out} already exists: choose another file name (nothing was overwritten).`);
  const handle = openSqlite(source);
  try {
    // All remaining pages in one step: a step is one read transaction, so the copy is a consistent snapshot, and
    // writes by the running server cannot make SQLite restart a copy made of many small steps forever.
    await handle.native!.backup(out, { progress: () => 1_000_000_000 });
  } finally {
    await handle.close();
  }
  checkIntegrity(out);
  return out;
}

function checkIntegrity(file: string): void {
  let db: SQLite.Database | undefined;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`integrity check failed: ${String(result)}`);
    const hasMigrations = db
      .prepare("select count(*) as n from sqlite_master where name = 'essaim_migrations'")
      .get() as { n: number };
    if (hasMigrations.n === 0) throw new Error('this SQLite file is not an Essaim database');
  } catch (error) {
    throw new Error(`${file} is not a usable Essaim backup: ${(error as Error).message}`);
  } finally {
    db?.close();
  }
}

/**
 * Replaces the embedded database by a backup. The server must be stopped. The current database is kept beside it
 * as essaim.sqlite.before-restore-<date> so that nothing is lost if the wrong file was chosen.
 */
export function restoreDatabase(
  env: Env,
  backupFile: string,
  now = new Date(),
): { restored: string; previous: string | null } {
  if (env.DATABASE_URL)
    throw new Error('With PostgreSQL, restore with restorePostgresDatabase (essaim restore does it).');
  const source = path.resolve(backupFile);
  checkIntegrity(source);
  const target = sqlitePath(env.ESSAIM_DATA_DIR);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  let previous: string | null = null;
  if (fs.existsSync(target)) {
    previous = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    // Folding the WAL into the main file first, so the kept copy is complete.
    const current = new SQLite(target);
    current.pragma('wal_checkpoint(TRUNCATE)');
    current.close();
    fs.renameSync(target, previous);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
  }
  fs.copyFileSync(source, target);
  return { restored: target, previous };
}
