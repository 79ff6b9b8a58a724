import { sql, type Kysely } from 'kysely';
import type { Db, Dialect } from '../../db/database.ts';
import { packArchive, type External, type Manifest, type Person, type Row } from './org-transfer.archive.ts';
import { TABLES, type Ref } from './org-transfer.spec.ts';

/** Kysely over tables named at run time: the spec, not the compiler, says which tables and columns exist. */
export type LooseDb = Kysely<Record<string, Row>>;

const CHUNK = 500;

export function chunked<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function refTable(ref: Ref, row: Row): string {
  return typeof ref.table === 'function' ? ref.table(row) : ref.table;
}

/** Generated columns (PostgreSQL's search vector) are recomputed by the database and never travel. */
export async function generatedColumns(db: Db, dialect: Dialect): Promise<Set<string>> {
  if (dialect !== 'postgres') return new Set();
  const rows = (
    await sql<{
      t: string;
      c: string;
    }>`select table_name as t, column_name as c from information_schema.columns where table_schema = current_schema() and is_generated = 'ALWAYS'`.execute(
      db,
    )
  ).rows;
  return new Set(rows.map((r) => `${r.t}.${r.c}`));
}

export async function currentMigration(db: Db): Promise<string> {
  const row = await db
    .selectFrom('essaim_migrations')
    .select('name')
    .orderBy('name', 'desc')
    .executeTakeFirstOrThrow();
  return row.name;
}

/** A short human label for a record of another organisation, so the import report can name what it dropped. */
async function labelsOf(db: LooseDb, table: string, ids: string[]): Promise<Map<string, string>> {
  const column: Record<string, string> = {
    organisations: 'name',
    projects: 'title',
    models: 'title',
    sites: 'name',
    indicators: 'name',
    diagnostics: 'title',
    site_requests: 'name',
    plan_items: 'title',
    training_registrations: 'id',
    training_meetings: 'title',
  };
  const out = new Map<string, string>();
  const label = column[table] ?? 'id';
  for (const part of chunked(ids)) {
    const rows = await db.selectFrom(table).select(['id', label]).where('id', 'in', part).execute();
    for (const r of rows) out.set(String(r.id), String(r[label]));
  }
  return out;
}

/**
 * Reads every record hanging from the organisation in one snapshot (REPEATABLE READ on PostgreSQL, a single
 * read transaction on SQLite) and packs it. Returns the archive's bytes and its manifest.
 */
export async function exportOrganisation(
  db: Db,
  dialect: Dialect,
  organisationId: string,
  now: Date,
): Promise<{ bytes: Uint8Array; manifest: Manifest }> {
  const transaction = db.transaction();
  return (dialect === 'postgres' ? transaction.setIsolationLevel('repeatable read') : transaction).execute(
    async (trx) => {
      const loose = trx as unknown as LooseDb;
      const generated = await generatedColumns(trx, dialect);
      const ids = new Map<string, Set<string>>([['organisations', new Set([organisationId])]]);
      const tables = new Map<string, Row[]>();
      for (const spec of TABLES) {
        let rows: Row[] = [];
        if (spec.table === 'organisations') {
          rows = await loose
            .selectFrom('organisations')
            .selectAll()
            .where('id', '=', organisationId)
            .execute();
        } else {
          const seen = new Set<string>();
          for (const { column, of } of spec.scope) {
            for (const part of chunked([...(ids.get(of) ?? [])])) {
              const found = await loose
                .selectFrom(spec.table)
                .selectAll()
                .where(column, 'in', part)
                .execute();
              for (const row of found) {
                // A row reached through two scopes (a site of the organisation in its own network) is kept once.
                const key =
                  typeof row.id === 'string'
                    ? row.id
                    : JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? null : v));
                if (seen.has(key)) continue;
                seen.add(key);
                rows.push(row);
              }
            }
          }
        }
        for (const row of rows) {
          for (const column of Object.keys(row))
            if (generated.has(`${spec.table}.${column}`)) delete row[column];
        }
        tables.set(spec.table, rows);
        if (rows.length && 'id' in rows[0]) ids.set(spec.table, new Set(rows.map((r) => String(r.id))));
      }

      // Everyone named by a row, and every record of another organisation a row points at.
      const people = new Set<string>();
      const outside = new Map<string, Set<string>>();
      for (const spec of TABLES)
        for (const row of tables.get(spec.table) ?? [])
          for (const ref of spec.refs) {
            const value = row[ref.column];
            if (typeof value !== 'string') continue;
            const target = refTable(ref, row);
            if (target === 'users') people.add(value);
            else if (!ids.get(target)?.has(value)) {
              if (!outside.has(target)) outside.set(target, new Set());
              outside.get(target)!.add(value);
            }
          }
      const personRows: Person[] = [];
      for (const part of chunked([...people])) {
        const found = await trx
          .selectFrom('users')
          .select(['id', 'email', 'display_name', 'language'])
          .where('id', 'in', part)
          .execute();
        for (const u of found)
          personRows.push({ id: u.id, email: u.email, displayName: u.display_name, language: u.language });
      }
      const externals: External[] = [];
      for (const [table, set] of outside) {
        const labels = await labelsOf(loose, table, [...set]);
        for (const id of set) externals.push({ table, id, label: labels.get(id) ?? '' });
      }
      const organisation = tables.get('organisations')?.[0];
      return packArchive({
        migration: await currentMigration(trx),
        exportedAt: now,
        organisation: { id: organisationId, name: String(organisation?.name ?? '') },
        people: personRows.sort((a, b) => a.email.localeCompare(b.email)),
        externals,
        tables,
      });
    },
  );
}
