import { CompiledQuery, sql } from 'kysely';
import type { Dialect, Db } from '../../db/database.ts';
import type { buildProjectRows } from './projects.service.ts';

/**
 * Writing one batch of imported projects and their derived rows (territories, shares, facet values), atomically,
 * with as few statements as each engine allows:
 * - PostgreSQL takes the whole batch as one statement, each table as one array per column (`unnest`): multi-row
 *   VALUES spent its time parsing and binding 27 parameters a project.
 * - SQLite takes multi-row INSERTs of a fixed number of rows a table, their SQL written once: the connection keeps
 *   them prepared from one batch to the next (building and preparing a statement of thousands of parameters per
 *   batch cost about 10 µs a row).
 * The import gives its projects time-ordered ids (`orderedId`), so each batch appends to the primary keys and the indexes led by
 * `project_id` instead of scattering over them.
 */
export type BuiltProject = ReturnType<typeof buildProjectRows>;

type Row = Record<string, unknown>;
type Table = 'projects' | 'project_territories' | 'project_shares' | 'project_facets';

/** A batch's write, ready to run: its statement built and its values encoded. */
export type BatchWrite = (db: Db) => Promise<void>;

/** SQLite's default limit of bound parameters in one statement. */
const SQLITE_MAX_PARAMETERS = 32_766;

/**
 * A PostgreSQL array literal of text values, as the pg driver writes a JavaScript array (each element quoted, `\`
 * and `"` escaped, null and undefined as NULL), but written here so that it is done before the write waits for its
 * turn (see `prepareWrite`) rather than when the driver sends it.
 */
function arrayLiteral(values: readonly unknown[]): string {
  const parts: string[] = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    parts[i] = v === null || v === undefined ? 'NULL' : `"${String(v).replace(/[\\"]/g, '\\$&')}"`;
  }
  return `{${parts.join(',')}}`;
}

/** One table's rows as one array per column: numbers (flags, version) as integers, everything else as text. */
function unnested(table: Table, rows: readonly Row[]) {
  const columns = Object.keys(rows[0]!);
  const arrays = columns.map((c) => {
    const values = arrayLiteral(rows.map((r) => r[c]));
    return typeof rows[0]![c] === 'number' ? sql`${values}::int[]` : sql`${values}::text[]`;
  });
  return sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    select * from unnest(${sql.join(arrays)})`;
}

/**
 * The whole batch as one statement, each table's insert a data-modifying CTE: one round trip, atomic without
 * BEGIN and COMMIT. Several statements in a transaction each waited for the Node event loop to send the next one,
 * which it only does between the synchronous checks of the next batch: the server's work and Node's took turns
 * instead of overlapping. The foreign keys and the statement triggers (search generation, `project_search`) run at
 * the end of the statement, as they ran at the end of each insert.
 */
function postgresWrite(tables: readonly [Table, Row[]][]): BatchWrite {
  const inserts = tables.filter(([, rows]) => rows.length > 0).map(([table, rows]) => unnested(table, rows));
  const statement = sql`with ${sql.join(
    inserts.map((insert, i) => sql`${sql.raw(`w${i}`)} as (${insert})`),
  )} select 1`;
  return async (db) => {
    await statement.execute(db);
  };
}

/**
 * Rows a SQLite statement takes: its text stays under the size whose prepared statement the connection keeps
 * (STATEMENT_CACHE_MAX_SQL in src/db/connect.ts), so each batch reuses the statements of the previous one instead of
 * preparing a statement of thousands of parameters again; and within SQLite's limit of bound parameters.
 */
const SQLITE_STATEMENT_CHARS = 7_500;

/** The SQL of a multi-row INSERT, written once per table, columns and row count. */
const sqliteStatements = new Map<string, string>();
function sqliteInsert(table: Table, columns: readonly string[], rows: number): string {
  const key = `${table}\u0000${columns.join(',')}\u0000${rows}`;
  let text = sqliteStatements.get(key);
  if (text === undefined) {
    const row = `(${columns.map(() => '?').join(',')})`;
    text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(',')}) values ${Array(rows).fill(row).join(',')}`;
    if (sqliteStatements.size > 100) sqliteStatements.clear();
    sqliteStatements.set(key, text);
  }
  return text;
}

/** Bound values as Kysely binds them: undefined as null (the PostgreSQL path does the same). */
async function insertSqlite(trx: Db, table: Table, rows: readonly Row[]): Promise<void> {
  const columns = Object.keys(rows[0]!);
  const size = Math.max(
    1,
    Math.min(
      Math.floor(SQLITE_MAX_PARAMETERS / columns.length),
      Math.floor(SQLITE_STATEMENT_CHARS / (2 * columns.length + 2)),
    ),
  );
  for (let i = 0; i < rows.length; i += size) {
    const some = rows.slice(i, i + size);
    const values: unknown[] = [];
    for (const r of some) for (const c of columns) values.push(r[c] ?? null);
    await trx.executeQuery(CompiledQuery.raw(sqliteInsert(table, columns, some.length), values));
  }
}

/**
 * The write of one batch (none for an empty batch), prepared while the previous batch may still be writing: on
 * PostgreSQL the server then waits for nothing but the round trip between two batches.
 */
export function prepareWrite(dialect: Dialect, built: readonly BuiltProject[]): BatchWrite | null {
  if (built.length === 0) return null;
  const tables: [Table, Row[]][] = [
    ['projects', built.map((b) => b.project)],
    ['project_territories', built.flatMap((b) => b.territories)],
    ['project_shares', built.flatMap((b) => b.shares)],
    ['project_facets', built.flatMap((b) => b.facets)],
  ];
  if (dialect === 'postgres') return postgresWrite(tables);
  return (db) =>
    db.transaction().execute(async (trx) => {
      for (const [table, rows] of tables) if (rows.length > 0) await insertSqlite(trx, table, rows);
    });
}
