import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, openSqlite, sqlitePath, type DatabaseHandle } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrator.ts';
import type { Db } from '../db/database.ts';
import { buildApp } from '../server/app.ts';
import type { App } from '../server/context.ts';
import { parseEnv } from '../server/env.ts';
import { insertUser } from '../server/accounts/users.repository.ts';
import { createSession } from '../server/auth/sessions.ts';
import { backupDatabase, restoreDatabase } from './backup.ts';
import { backupPostgres, restorePostgres } from './pg-backup.ts';
import { ownTables } from '../db/introspection.ts';

/**
 * `essaim backup` while writes continue, then restore on a fresh instance: the same records and the same file
 * bytes, on the database this run uses (SQLite by default, PostgreSQL with ESSAIM_TEST_DB=postgres).
 */
const POSTGRES = process.env.ESSAIM_TEST_DB === 'postgres';
const PG_URL =
  process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PNG = Buffer.concat([
  Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0,
    1, 8, 2, 0, 0, 0,
  ]),
  Buffer.alloc(40, 7),
]);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'essaim-backup-test-'));
const schemas: string[] = [];

async function freshDatabase(name: string): Promise<DatabaseHandle> {
  if (!POSTGRES) return openSqlite(sqlitePath(path.join(dir, name)));
  const schema = `bk_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = await openPostgres(PG_URL, { max: 1 });
  await sql.raw(`create schema ${schema}`).execute(admin.db);
  await admin.close();
  schemas.push(schema);
  return openPostgres(PG_URL, { searchPath: schema, max: 4 });
}

async function tableRows(db: Db): Promise<Map<string, Map<string, string>>> {
  const tables = (await ownTables(db))
    .map((t) => t.name)
    // Not records: library_generation is a counter moved by every library write (the search cache's key), and the
    // SQLite full-text index's own tables (projects_fts_data…) rewrite their blocks as writes continue, so a block
    // in the snapshot may be gone from the source a moment later. The records they index are compared.
    .filter(
      (n) =>
        !n.startsWith('kysely_') &&
        n !== 'essaim_migrations' &&
        n !== 'library_generation' &&
        !/_fts(_\w+)?$/.test(n),
    );
  const out = new Map<string, Map<string, string>>();
  for (const table of tables) {
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db)).rows;
    out.set(
      table,
      new Map(
        rows.map((row) => {
          const normal = JSON.stringify(
            Object.entries(row)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, v]) => [
                k,
                Buffer.isBuffer(v)
                  ? createHash('sha256').update(v).digest('hex')
                  : v === null
                    ? null
                    : String(v),
              ]),
          );
          return [normal, normal];
        }),
      ),
    );
  }
  return out;
}

describe(`backup and restore (${POSTGRES ? 'PostgreSQL' : 'SQLite'})`, () => {
  let source: DatabaseHandle;
  let app: App;
  let cookie: string;
  let organisationId: string;
  const inject = (
    method: 'POST' | 'PATCH',
    url: string,
    payload: object | Buffer,
    type = 'application/json',
  ) => app.inject({ method, url: `/api/v1${url}`, headers: { cookie, 'content-type': type }, payload });

  beforeAll(async () => {
    source = await freshDatabase('source');
    await migrateToLatest(source.db, source.dialect);
    const env = parseEnv({
      NODE_ENV: 'test',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
      ESSAIM_DATA_DIR: path.join(dir, 'source'),
    });
    app = await buildApp({ db: source.db, dialect: source.dialect, env, now: () => new Date() });
    await app.ready();
    const now = new Date();
    const userId = await insertUser(
      source.db,
      {
        email: 'sauvegarde@example.org',
        displayName: 'Sauvegarde',
        passwordHash: null,
        language: 'fr',
        platformRole: 'user',
        emailVerifiedAt: now.toISOString(),
      },
      now,
    );
    cookie = `essaim_session=${(await createSession(source.db, userId, now, {})).secret}`;
    const org = await inject('POST', '/organisations', { name: 'Réseau sauvegardé', kind: 'association' });
    organisationId = (org.json() as { id: string }).id;
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await source.close();
    if (schemas.length) {
      const admin = await openPostgres(PG_URL, { max: 1 });
      for (const s of schemas) await sql.raw(`drop schema ${s} cascade`).execute(admin.db);
      await admin.close();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function writeProject(n: number): Promise<string> {
    const created = await inject('POST', '/projects', {
      organisationId,
      title: `Projet sauvegardé ${n}`,
      summary: 'Un projet pour la sauvegarde.',
      themes: ['energy'],
      territories: ['35238'],
      phase: 'operation',
      phaseStatus: 'en-cours',
    });
    if (created.statusCode !== 201) throw new Error(created.body);
    const id = (created.json() as { id: string }).id;
    const image = await app.inject({
      method: 'POST',
      url: `/api/v1/projects/${id}/images?alt=Image%20${n}`,
      headers: { cookie, 'content-type': 'image/png' },
      payload: PNG,
    });
    if (image.statusCode !== 201) throw new Error(image.body);
    return id;
  }

  it(
    'backs up while writes continue, and a fresh instance restored from it holds the same records and files',
    { timeout: 180_000 },
    async () => {
      const before: string[] = [];
      for (let n = 0; n < 5; n++) before.push(await writeProject(n));
      const file = path.join(dir, POSTGRES ? 'essaim.backup.gz' : 'essaim-backup.sqlite');
      let writing = true;
      const during: string[] = [];
      const writer = (async () => {
        for (let n = 100; writing; n++) during.push(await writeProject(n));
      })();
      if (POSTGRES) await backupPostgres(source.db, file);
      else
        await backupDatabase(
          parseEnv({ ESSAIM_DATA_DIR: path.join(dir, 'source'), LOG_LEVEL: 'silent' }),
          file,
        );
      writing = false;
      await writer;
      expect(during.length).toBeGreaterThan(0);

      const target = await freshDatabase('restored');
      if (POSTGRES) {
        await migrateToLatest(target.db, target.dialect);
        await restorePostgres(target.db, file);
      } else {
        await target.close();
        restoreDatabase(parseEnv({ ESSAIM_DATA_DIR: path.join(dir, 'restored'), LOG_LEVEL: 'silent' }), file);
      }
      const restored = POSTGRES ? target : openSqlite(sqlitePath(path.join(dir, 'restored')));
      try {
        if (!POSTGRES) expect(restored.native!.pragma('integrity_check', { simple: true })).toBe('ok');
        const ids = new Set(
          (await restored.db.selectFrom('projects').select('id').execute()).map((r) => r.id),
        );
        for (const id of before) expect(ids.has(id), `project ${id} written before the backup`).toBe(true);
        // Every restored row is exactly a row of the source (a consistent snapshot: nothing invented or torn).
        const original = await tableRows(source.db);
        const copy = await tableRows(restored.db);
        const foreign: string[] = [];
        for (const [table, rows] of copy)
          for (const key of rows.keys())
            if (!original.get(table)?.has(key)) foreign.push(`${table}: ${key.slice(0, 120)}`);
        expect(foreign).toEqual([]);
        const images = await restored.db
          .selectFrom('project_images')
          .select(['project_id', 'data'])
          .execute();
        expect(images.filter((i) => before.includes(i.project_id)).length).toBe(before.length);
        for (const image of images) expect(Buffer.compare(Buffer.from(image.data), PNG)).toBe(0);
        // Whole projects only: each restored project has its image (written right after it) or was caught in between.
        expect(images.length).toBeGreaterThanOrEqual(ids.size - 1);
      } finally {
        await restored.close();
      }
    },
  );

  it('refuses to restore over a database that already holds records, and writes nothing', async () => {
    if (!POSTGRES) {
      expect(() =>
        restoreDatabase(
          parseEnv({ ESSAIM_DATA_DIR: dir, LOG_LEVEL: 'silent' }),
          path.join(dir, 'nothing.sqlite'),
        ),
      ).toThrow();
      return;
    }
    const file = path.join(dir, 'again.backup.gz');
    await backupPostgres(source.db, file);
    const count = async () =>
      Number((await sql<{ n: string }>`select count(*) as n from projects`.execute(source.db)).rows[0]!.n);
    const n = await count();
    await expect(restorePostgres(source.db, file)).rejects.toThrow(/fresh, empty instance/);
    expect(await count()).toBe(n);
  });
});
