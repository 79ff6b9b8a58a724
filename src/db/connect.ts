import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type pg from 'pg';
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

/**
 * `pg` is loaded only when PostgreSQL is used: the embedded default never needs it, and loading it was a few tens
 * of ms of every start-up (issue #10).
 */
let pgModule: Promise<typeof pg> | undefined;
function loadPg(): Promise<typeof pg> {
  pgModule ??= import('pg').then(({ default: loaded }) => {
    // pg returns int8 (count, sum) as strings; our counts fit in a JS number.
    loaded.types.setTypeParser(20, (v) => Number(v));
    loaded.types.setTypeParser(1700, (v) => Number(v));
    return loaded;
  });
  return pgModule;
}

export function sqlitePath(dataDir: string): string {
  return path.resolve(dataDir, 'essaim.sqlite');
}

/** Prepared statements kept per SQL text (the queries of the API repeat; their texts are few). */
const STATEMENT_CACHE_SIZE = 500;
/** Longer texts (bulk inserts with thousands of parameters) are rarely repeated: prepared each time. */
const STATEMENT_CACHE_MAX_SQL = 8_000;

/**
 * Kysely's SQLite driver prepares every query again: parsing and planning the SQL cost as much as running it for
 * the small queries of a page (issue #10). This keeps the prepared statements of recent SQL texts (least recently
 * used out first). A statement still being iterated (a streamed query) is busy: a fresh one is prepared instead.
 * SQLite prepares a statement again by itself when the schema changes (migrations).
 */
export function withStatementCache(native: SQLite.Database): {
  close(): void;
  prepare(sql: string): SQLite.Statement;
} {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      cache.clear();
      native.close();
    },
    prepare(sql: string) {
      if (sql.length > STATEMENT_CACHE_MAX_SQL) return native.prepare(sql);
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = native.prepare(sql);
      if (!cached) {
        cache.set(sql, statement);
        if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      return statement;
    },
  };
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
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(native) }) });
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
  const { Pool } = await loadPg();
  const pool = new Pool({
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
