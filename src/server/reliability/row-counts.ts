import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { ownTables } from '../../db/introspection.ts';

/**
 * Tables a refused request may legitimately write to: the rate limiter's counters, the audit trail of refusals,
 * sessions touched on use, and mail queued by anti-enumeration answers.
 */
const BOOKKEEPING = new Set(['rate_limits', 'audit_log', 'sessions', 'outbox', 'jobs', 'auth_tokens']);

let cachedTables: { db: Db; names: string[] } | undefined;

async function tableNames(db: Db): Promise<string[]> {
  if (cachedTables?.db === db) return cachedTables.names;
  const tables = await ownTables(db);
  const names = tables
    .map((t) => t.name)
    .filter(
      (name) => !BOOKKEEPING.has(name) && !name.startsWith('essaim_migration') && !name.startsWith('kysely_'),
    )
    .sort();
  cachedTables = { db, names };
  return names;
}

/** The number of rows of every business table, in one query: compared before and after a refused request. */
export async function countRows(db: Db): Promise<Record<string, number>> {
  const names = await tableNames(db);
  const selects = names.map((name) => sql`(select count(*) from ${sql.table(name)}) as ${sql.ref(name)}`);
  const row =
    (await sql<Record<string, number | string>>`select ${sql.join(selects)}`.execute(db)).rows[0] ?? {};
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
}

/** The tables whose row count differs between two snapshots, with both counts. */
export function changedTables(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys({ ...before, ...after })
    .filter((name) => before[name] !== after[name])
    .map((name) => `${name}: ${before[name] ?? 0} → ${after[name] ?? 0}`);
}
