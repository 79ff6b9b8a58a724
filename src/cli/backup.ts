import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { openSqlite, sqlitePath } from '../db/connect.ts';
import type { Env } from '../server/env.ts';

const PG_HINT =
  'With PostgreSQL, use its own tools, which keep the database online:\n' +
  '  pg_dump --format=custom --file=essaim.dump "$DATABASE_URL"\n' +
  '  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" essaim.dump';

/** Online backup of the embedded database (writes may continue meanwhile), checked before it is reported done. */
export async function backupDatabase(env: Env, target: string): Promise<string> {
  if (env.DATABASE_URL) throw new Error(PG_HINT);
  const source = sqlitePath(env.ESSAIM_DATA_DIR);
  if (!fs.existsSync(source)) throw new Error(`No database at ${source}.`);
  const out = path.resolve(target);
  if (fs.existsSync(out)) throw new Error(`${out} already exists: choose another file name (nothing was overwritten).`);
  const handle = openSqlite(source);
  try {
    await handle.native!.backup(out);
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
    const hasMigrations = db.prepare("select count(*) as n from sqlite_master where name = 'essaim_migrations'").get() as { n: number };
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
export function restoreDatabase(env: Env, backupFile: string, now = new Date()): { restored: string; previous: string | null } {
  if (env.DATABASE_URL) throw new Error(PG_HINT);
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
