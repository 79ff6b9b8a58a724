import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError, openPostgres, openSqlite } from './connect.ts';
import { MigrationError, migrateToLatest, type Migration } from './migrator.ts';

// The foundation's "bad input and failure" promises: a file that is not SQLite is refused untouched, an unreachable
// PostgreSQL is named clearly, and a failing migration leaves the database as it was and names itself.

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'essaim-failures-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('opening the embedded database', () => {
  it('refuses a file that is not SQLite and leaves it byte for byte as it was', () => {
    const file = path.join(tempDir(), 'essaim.sqlite');
    const content = Buffer.from('Ceci est un tableur, pas une base de données.\n'.repeat(200));
    fs.writeFileSync(file, content);
    const before = fs.statSync(file).mtimeMs;

    expect(() => openSqlite(file)).toThrow(DatabaseOpenError);
    expect(() => openSqlite(file)).toThrow(/not a database|Nothing was changed/);
    expect(fs.readFileSync(file).equals(content)).toBe(true);
    expect(fs.statSync(file).mtimeMs).toBe(before);
    // No WAL or journal files were created next to it.
    expect(fs.readdirSync(path.dirname(file))).toEqual(['essaim.sqlite']);
  });

  it('makes the CLI exit non-zero with a readable line naming the file', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'essaim.sqlite'), 'pas du SQLite');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'migrate'], {
      env: {
        ...process.env,
        ESSAIM_DATA_DIR: dir,
        DATABASE_URL: '',
        NODE_ENV: 'production',
        LOG_LEVEL: 'silent',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Cannot open');
    expect(result.stderr).toContain(path.join(dir, 'essaim.sqlite'));
    expect(fs.readFileSync(path.join(dir, 'essaim.sqlite'), 'utf8')).toBe('pas du SQLite');
  }, 60_000);
});

describe('connecting to PostgreSQL', () => {
  it('names the server (without its password) when it cannot be reached', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const attempt = openPostgres('postgres://essaim:secret-password@127.0.0.1:1/essaim');
    await expect(attempt).rejects.toThrow(DatabaseOpenError);
    await expect(openPostgres('postgres://essaim:secret-password@127.0.0.1:1/essaim')).rejects.toThrow(
      /Cannot reach PostgreSQL at postgres:\/\/essaim:\*\*\*@127\.0\.0\.1:1\/essaim/,
    );
    await expect(openPostgres('postgres://essaim:secret-password@127.0.0.1:1/essaim')).rejects.not.toThrow(
      /secret-password/,
    );
  });
});

describe('a failing migration', () => {
  const good: Migration = {
    name: '9001_good',
    async up(db) {
      await db.schema
        .createTable('kept')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .execute();
    },
  };
  const bad: Migration = {
    name: '9002_bad',
    async up(db) {
      // Creates a table, writes a row, then fails: none of it may remain.
      await db.schema
        .createTable('half_done')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .execute();
      await db.insertInto('half_done').values({ id: 'x' }).execute();
      await sql`select * from a_table_that_does_not_exist`.execute(db);
    },
  };

  it('is rolled back on SQLite, names itself, and the ones before it stay applied', async () => {
    const handle = openSqlite(path.join(tempDir(), 'essaim.sqlite'));
    try {
      await expect(migrateToLatest(handle.db, handle.dialect, [good, bad])).rejects.toThrow(MigrationError);
      await expect(migrateToLatest(handle.db, handle.dialect, [good, bad])).rejects.toThrow(
        /9002_bad failed and was rolled back/,
      );
      const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
        handle.db,
      );
      const names = tables.rows.map((r) => r.name);
      expect(names).toContain('kept');
      expect(names).not.toContain('half_done');
      const applied = await handle.db.selectFrom('essaim_migrations').select('name').execute();
      expect(applied.map((r) => r.name)).toEqual(['9001_good']);
    } finally {
      await handle.close();
    }
  });

  it.runIf(process.env.ESSAIM_TEST_DB === 'postgres')('is rolled back on PostgreSQL too', async () => {
    const url =
      process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const schema = `t_failmig_${process.pid}`;
    const admin = await openPostgres(url, { max: 1 });
    await sql.raw(`drop schema if exists ${schema} cascade; create schema ${schema}`).execute(admin.db);
    const handle = await openPostgres(url, { searchPath: schema, max: 1 });
    try {
      await expect(migrateToLatest(handle.db, handle.dialect, [good, bad])).rejects.toThrow(
        /9002_bad failed and was rolled back/,
      );
      const tables = await sql<{
        table_name: string;
      }>`select table_name from information_schema.tables where table_schema = ${schema}`.execute(handle.db);
      const names = tables.rows.map((r) => r.table_name);
      expect(names).toContain('kept');
      expect(names).not.toContain('half_done');
    } finally {
      await handle.close();
      await sql.raw(`drop schema if exists ${schema} cascade`).execute(admin.db);
      await admin.close();
    }
  });
});
