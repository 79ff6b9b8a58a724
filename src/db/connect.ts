import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database, Db, Dialect } from './database.ts';

export interface DatabaseHandle {
  db: Db;
  dialect: Dialect;
  /** Human description for logs: the file path or the server, never the password. */
  location: string;
  /** The better-sqlite3 connection, for online backups (SQLite only). */
  native?: SQLite.Database;
  close(): Promise<void>;
}

export class DatabaseOpenError extends Error {}

// pg returns int8 (count, sum) as strings; our counts fit in a JS number.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export function sqlitePath(dataDir: string): string {
  return path.resolve(dataDir, 'essaim.sqlite');
}

/** Opens the embedded database, refusing (without touching it) a file that is not SQLite. */
export function openSqlite(file: string): DatabaseHandle {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  let native: SQLite.Database;
  try {
    native = new SQLite(file);
    // Reading the header first: on a file that is not SQLite this throws SQLITE_NOTADB before anything is written.
    native.pragma('schema_version');
    native.pragma('journal_mode = WAL');
    native.pragma('synchronous = NORMAL');
    native.pragma('foreign_keys = ON');
    native.pragma('busy_timeout = 5000');
  } catch (error) {
    throw new DatabaseOpenError(
      `Cannot open ${file} as an SQLite database (${(error as Error).message}). Nothing was changed in that file; ` +
        'point ESSAIM_DATA_DIR at another folder or restore a backup.',
    );
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: native }) });
  return {
    db,
    dialect: 'sqlite',
    location: file,
    native,
    close: async () => {
      await db.destroy();
    },
  };
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/** Connects to PostgreSQL and checks it answers, so a wrong URL fails at start-up with a clear message. */
export async function openPostgres(
  url: string,
  options: { searchPath?: string; max?: number } = {},
): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5000,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on next use.
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw new DatabaseOpenError(`Cannot reach PostgreSQL at ${redact(url)}: ${(error as Error).message}`);
  }
  return { db, dialect: 'postgres', location: redact(url), close: () => db.destroy() };
}

export async function openDatabase(config: {
  DATABASE_URL?: string;
  ESSAIM_DATA_DIR: string;
}): Promise<DatabaseHandle> {
  if (config.DATABASE_URL) return openPostgres(config.DATABASE_URL);
  return openSqlite(sqlitePath(config.ESSAIM_DATA_DIR));
}
