import { sql, type TableMetadata } from 'kysely';
import type { Db } from './database.ts';

/**
 * The tables of this database only. On PostgreSQL, Kysely's introspection lists the tables of every schema the
 * role can see; several instances (tests, benchmarks, a restore target) may share one database in schemas of their
 * own, and a table of another schema must never be counted, copied or checked as ours.
 */
export async function ownTables(db: Db): Promise<TableMetadata[]> {
  const tables = await db.introspection.getTables();
  if (!tables.some((t) => t.schema !== undefined)) return tables; // SQLite: one file, no schemas
  const current = (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]
    ?.schema;
  return tables.filter((t) => t.schema === current);
}
