import { sql } from 'kysely';
import type { Dialect, Db } from '../../db/database.ts';
import type { buildProjectRows } from './projects.service.ts';

/**
 * Writing one batch of imported projects and their derived rows (territories, shares, facet values), in one
 * transaction, with as few statements as each engine allows:
 * - PostgreSQL takes each table as one array per column (`unnest`), one statement a table: multi-row VALUES spent
 *   its time parsing and binding 27 parameters a project.
 * - SQLite takes multi-row INSERTs as large as its 32,766 bound parameters allow.
 * The import gives its projects time-ordered ids (`orderedId`), so each batch appends to the primary keys and the indexes led by
 * `project_id` instead of scattering over them.
 */
export type BuiltProject = ReturnType<typeof buildProjectRows>;

type Row = Record<string, unknown>;
type Table = 'projects' | 'project_territories' | 'project_shares' | 'project_facets';

/** SQLite's default limit of bound parameters in one statement. */
const SQLITE_MAX_PARAMETERS = 32_766;

/** The columns are those of the built rows; numbers (flags, version) go as integers, everything else as text. */
async function insertPostgres(trx: Db, table: Table, rows: readonly Row[]): Promise<void> {
  const columns = Object.keys(rows[0]!);
  const arrays = columns.map((c) => {
    const values = rows.map((r) => r[c] ?? null);
    return typeof rows[0]![c] === 'number' ? sql`${values}::int[]` : sql`${values}::text[]`;
  });
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    select * from unnest(${sql.join(arrays)})`.execute(trx);
}

async function insertSqlite(trx: Db, table: Table, rows: readonly Row[]): Promise<void> {
  const size = Math.floor(SQLITE_MAX_PARAMETERS / Object.keys(rows[0]!).length);
  for (let i = 0; i < rows.length; i += size)
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute();
}

export async function writeProjects(db: Db, dialect: Dialect, built: readonly BuiltProject[]): Promise<void> {
  if (built.length === 0) return;
  const insert = dialect === 'postgres' ? insertPostgres : insertSqlite;
  const tables: [Table, Row[]][] = [
    ['projects', built.map((b) => b.project)],
    ['project_territories', built.flatMap((b) => b.territories)],
    ['project_shares', built.flatMap((b) => b.shares)],
    ['project_facets', built.flatMap((b) => b.facets)],
  ];
  await db.transaction().execute(async (trx) => {
    for (const [table, rows] of tables) if (rows.length > 0) await insert(trx, table, rows);
  });
}
