import { sql, type Kysely } from 'kysely';
import type { Dialect } from './database.ts';
import { migrations } from './migrations/index.ts';

export interface Migration {
  name: string;
  // Migrations see the database without its current types: the schema they create is the one of their day.
  up(db: Kysely<any>, dialect: Dialect): Promise<void>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export class MigrationError extends Error {}

/**
 * Applies pending migrations in order, each in its own transaction (both engines have transactional DDL), so
 * a failing migration leaves the database as it was and names itself.
 */
export async function migrateToLatest(
  // Migrations run before the Database type describes their tables.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  dialect: Dialect,
  list: Migration[] = migrations,
): Promise<string[]> {
  await db.schema
    .createTable('essaim_migrations')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
  const done = new Set(
    (await db.selectFrom('essaim_migrations').select('name').execute()).map((r: { name: string }) => r.name),
  );
  const applied: string[] = [];
  for (const migration of [...list].sort((a, b) => a.name.localeCompare(b.name))) {
    if (done.has(migration.name)) continue;
    try {
      await db.transaction().execute(async (trx) => {
        if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(4242)`.execute(trx);
        const again = await trx
          .selectFrom('essaim_migrations')
          .select('name')
          .where('name', '=', migration.name)
          .executeTakeFirst();
        if (again) return; // another instance applied it meanwhile
        await migration.up(trx, dialect);
        await trx
          .insertInto('essaim_migrations')
          .values({ name: migration.name, applied_at: new Date().toISOString() })
          .execute();
      });
      applied.push(migration.name);
    } catch (error) {
      throw new MigrationError(
        `Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`,
      );
    }
  }
  return applied;
}
