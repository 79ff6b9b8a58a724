import path from 'node:path';
import { sql } from 'kysely';
import { openPostgres, openSqlite, sqlitePath, type DatabaseHandle } from '../../src/db/connect.ts';

/** Where the bench works: PostgreSQL when DATABASE_URL is set, else the SQLite file of the data directory. */
export interface Target {
  kind: 'sqlite' | 'postgres';
  /** The data directory (SQLite) or the URL (PostgreSQL), as given to the server. */
  dataDir: string;
  databaseUrl?: string;
  describe: string;
}

export function resolveTarget(options: { out?: string; size?: string }): Target {
  const url = process.env.DATABASE_URL;
  if (url) return { kind: 'postgres', dataDir: process.env.ESSAIM_DATA_DIR ?? 'data', databaseUrl: url, describe: `PostgreSQL ${url.replace(/:[^:@/]*@/, ':***@')}` };
  const dataDir = path.resolve(options.out ?? process.env.ESSAIM_DATA_DIR ?? path.join('data', `bench-${options.size ?? 'S'}`));
  return { kind: 'sqlite', dataDir, describe: `SQLite ${sqlitePath(dataDir)}` };
}

/** The schema named by `options=-c search_path=…` in the URL, created when missing (a bench keeps to its own schema). */
export function searchPathOf(url: string): string | null {
  const options = new URL(url).searchParams.get('options') ?? '';
  const match = /search_path=([A-Za-z_][A-Za-z0-9_]*)/.exec(options);
  return match ? match[1]! : null;
}

export async function openTarget(target: Target, pool = 10): Promise<DatabaseHandle> {
  if (target.kind === 'sqlite') return openSqlite(sqlitePath(target.dataDir));
  const url = target.databaseUrl!;
  const schema = searchPathOf(url);
  if (schema) {
    const admin = await openPostgres(url.replace(/([?&])options=[^&]*&?/, '$1').replace(/[?&]$/, ''), { max: 1 });
    await sql.raw(`create schema if not exists ${schema}`).execute(admin.db);
    await admin.close();
  }
  return openPostgres(url, { max: pool });
}
