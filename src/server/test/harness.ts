import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { openPostgres, openSqlite, type DatabaseHandle } from '../../db/connect.ts';
import { migrateToLatest } from '../../db/migrator.ts';
import { buildApp } from '../app.ts';
import type { App, AppContext } from '../context.ts';
import { parseEnv } from '../env.ts';
import { hashPassword } from '../auth/passwords.ts';
import { insertUser } from '../accounts/users.repository.ts';
import type { OrganisationRole, PlatformRole } from '../../db/tables/accounts.ts';

/**
 * A fresh, migrated database per test file: an SQLite file in memory by default, or a PostgreSQL schema of its own
 * when ESSAIM_TEST_DB=postgres (DATABASE_URL or postgres://127.0.0.1:5432/test).
 */
export interface TestContext {
  ctx: AppContext;
  app: App;
  /** Moves the test clock. */
  setNow(date: Date): void;
  close(): Promise<void>;
}

const PG_URL =
  process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function openTestDatabase(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  if (process.env.ESSAIM_TEST_DB === 'postgres') {
    const schema = `t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    const admin = await openPostgres(PG_URL, { max: 1 });
    await sql.raw(`create schema ${schema}`).execute(admin.db);
    await admin.close();
    const handle = await openPostgres(PG_URL, { searchPath: schema, max: 10 });
    return {
      handle,
      drop: async () => {
        await handle.close();
        const again = await openPostgres(PG_URL, { max: 1 });
        await sql.raw(`drop schema ${schema} cascade`).execute(again.db);
        await again.close();
      },
    };
  }
  const handle = openSqlite(':memory:');
  return { handle, drop: () => handle.close() };
}

export async function createTestContext(options: { now?: Date } = {}): Promise<TestContext> {
  const { handle, drop } = await openTestDatabase();
  await migrateToLatest(handle.db, handle.dialect);
  let now = options.now ?? new Date('2026-11-25T10:00:00.000Z');
  const env = parseEnv({
    NODE_ENV: 'test',
    SEED_DEMO: 'false',
    PUBLIC_URL: 'http://localhost:3000',
    LOG_LEVEL: 'silent',
  });
  const ctx: AppContext = { db: handle.db, dialect: handle.dialect, env, now: () => now };
  const app = await buildApp(ctx);
  await app.ready();
  return {
    ctx,
    app,
    setNow: (date) => {
      now = date;
    },
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

export const TEST_PASSWORD = 'une phrase de passe solide';

export interface TestUser {
  id: string;
  email: string;
  /** Cookie header value for app.inject. */
  cookie: string;
}

/** Creates a verified user and signs them in through the API, returning the session cookie. */
export async function createTestUser(
  t: TestContext,
  options: { email?: string; displayName?: string; platformRole?: PlatformRole } = {},
): Promise<TestUser> {
  const email = options.email ?? `user-${randomUUID().slice(0, 8)}@example.org`;
  const id = await insertUser(
    t.ctx.db,
    {
      email,
      displayName: options.displayName ?? 'Camille Test',
      passwordHash: await testPasswordHash(),
      language: 'fr',
      platformRole: options.platformRole ?? 'user',
      emailVerifiedAt: t.ctx.now().toISOString(),
    },
    t.ctx.now(),
  );
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password: TEST_PASSWORD },
  });
  const cookie = response.cookies.find((c) => c.name === 'essaim_session');
  if (!cookie) throw new Error(`sign-in failed in test: ${response.body}`);
  return { id, email, cookie: `essaim_session=${cookie.value}` };
}

let passwordHash: Promise<string> | undefined;
function testPasswordHash(): Promise<string> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
}

/** Creates an organisation owned by `owner` and adds the other members directly. */
export async function createTestOrganisation(
  t: TestContext,
  owner: TestUser,
  members: { user: TestUser; role: OrganisationRole }[] = [],
  name = 'Communauté de communes du Val Test',
): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/organisations',
    headers: { cookie: owner.cookie },
    payload: { name, kind: 'epci' },
  });
  if (response.statusCode !== 201) throw new Error(`organisation creation failed in test: ${response.body}`);
  const id = (response.json() as { id: string }).id;
  for (const { user, role } of members) {
    await t.ctx.db
      .insertInto('memberships')
      .values({ organisation_id: id, user_id: user.id, role, created_at: t.ctx.now().toISOString() })
      .execute();
  }
  return id;
}

/**
 * The usual cast of a permission test: an organisation with owner, editor and viewer, another organisation's owner,
 * a facilitator, an administrator, and anonymous.
 */
export async function createRoleMatrix(t: TestContext) {
  const owner = await createTestUser(t, { displayName: 'Owner' });
  const editor = await createTestUser(t, { displayName: 'Editor' });
  const viewer = await createTestUser(t, { displayName: 'Viewer' });
  const outsider = await createTestUser(t, { displayName: 'Outsider' });
  const facilitator = await createTestUser(t, { displayName: 'Facilitator', platformRole: 'facilitator' });
  const admin = await createTestUser(t, { displayName: 'Admin', platformRole: 'admin' });
  const organisationId = await createTestOrganisation(t, owner, [
    { user: editor, role: 'editor' },
    { user: viewer, role: 'viewer' },
  ]);
  const otherOrganisationId = await createTestOrganisation(t, outsider, [], 'Association Autre');
  return { owner, editor, viewer, outsider, facilitator, admin, organisationId, otherOrganisationId };
}

/**
 * A second PostgreSQL pool on the test's own schema: what another application process would see. Tests of the kept
 * answers (search, network dashboard) write through it to check that a write from elsewhere is never missed.
 */
export async function openSecondPool(t: TestContext): Promise<DatabaseHandle> {
  const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(t.ctx.db)).rows[0]!.s;
  return openPostgres(PG_URL, { searchPath: schema, max: 1 });
}
