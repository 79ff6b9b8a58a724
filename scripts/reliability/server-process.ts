/**
 * Shared by the bounded reliability scripts: a real `essaim serve` in a child process (so it can be killed with
 * SIGKILL), on a fresh SQLite folder or a fresh PostgreSQL schema, with one signed-in editor and her organisation.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openPostgres, openSqlite, sqlitePath, type DatabaseHandle } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { insertUser } from '../../src/server/accounts/users.repository.ts';
import { createSession } from '../../src/server/auth/sessions.ts';

export interface Instance {
  dialect: 'sqlite' | 'postgres';
  env: Record<string, string>;
  handle: DatabaseHandle;
  base: string;
  cookie: string;
  organisationId: string;
  dataDir: string;
  userId: string;
  /** Closes the script's connection and removes the folder and the PostgreSQL schema (unless kept to look into). */
  dispose(keep?: boolean): Promise<string>;
}

export async function prepareInstance(dialect: 'sqlite' | 'postgres', port: number): Promise<Instance> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'essaim-reliability-'));
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'error',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ESSAIM_DATA_DIR: dataDir,
  };
  let handle: DatabaseHandle;
  let schemaName: string | undefined;
  let adminUrl: string | undefined;
  if (dialect === 'postgres') {
    const url =
      process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const schema = `rel_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const admin = await openPostgres(url, { max: 1 });
    await sql.raw(`create schema ${schema}`).execute(admin.db);
    await admin.close();
    const separator = url.includes('?') ? '&' : '?';
    env.DATABASE_URL = `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    handle = await openPostgres(url, { searchPath: schema, max: 4 });
    schemaName = schema;
    adminUrl = url;
  } else {
    handle = openSqlite(sqlitePath(dataDir));
  }
  await migrateToLatest(handle.db, handle.dialect);
  const now = new Date();
  const userId = await insertUser(
    handle.db,
    {
      email: `editrice-${randomUUID().slice(0, 6)}@example.org`,
      displayName: 'Éditrice',
      passwordHash: null,
      language: 'fr',
      platformRole: 'user',
      emailVerifiedAt: now.toISOString(),
    },
    now,
  );
  const session = await createSession(handle.db, userId, now, {});
  const organisationId = randomUUID();
  await handle.db
    .insertInto('organisations')
    .values({
      id: organisationId,
      name: 'Réseau fiable',
      kind: 'association',
      siren: null,
      territory_code: null,
      territory_type: null,
      description: null,
      created_by: userId,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      deleted_at: null,
    })
    .execute();
  await handle.db
    .insertInto('memberships')
    .values({
      organisation_id: organisationId,
      user_id: userId,
      role: 'owner',
      created_at: now.toISOString(),
    })
    .execute();
  return {
    dialect,
    env,
    handle,
    base: `http://127.0.0.1:${port}/api/v1`,
    cookie: `essaim_session=${session.secret}`,
    organisationId,
    dataDir,
    userId,
    async dispose(keep = false) {
      await handle.close();
      const where = schemaName ? `schema ${schemaName}, server log in ${dataDir}` : dataDir;
      if (keep) return `kept: ${where}`;
      rmSync(dataDir, { recursive: true, force: true });
      if (schemaName && adminUrl) {
        const admin = await openPostgres(adminUrl, { max: 1 });
        await sql.raw(`drop schema ${schemaName} cascade`).execute(admin.db);
        await admin.close();
      }
      return `removed: ${where}`;
    },
  };
}

/**
 * The folder holding the built server (`dist/cli/main.js`, from `npm run build`): the repository by default, or
 * ESSAIM_RELIABILITY_ROOT (a copy of the build, so that someone rebuilding `dist/` cannot change a long run midway).
 * The built server starts in about a second; through `tsx` it compiled at every restart.
 */
export function serverEntry(): string {
  const root = process.env.ESSAIM_RELIABILITY_ROOT ?? path.resolve(import.meta.dirname, '..', '..');
  const entry = path.join(root, 'dist', 'cli', 'main.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first`);
  return entry;
}

/** Every server started and not yet seen to exit: killed when this process ends, whatever the reason. */
const live = new Set<ChildProcess>();
function killAllSync() {
  for (const child of live) child.kill('SIGKILL');
}
process.on('exit', killAllSync);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => {
    killAllSync();
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });
process.on('uncaughtException', (error) => {
  killAllSync();
  console.error(error);
  process.exit(1);
});
process.on('unhandledRejection', (error) => {
  killAllSync();
  console.error(error);
  process.exit(1);
});

/** Starts the built `essaim serve` and resolves once /health answers. */
export async function startServer(instance: Instance): Promise<ChildProcess> {
  const entry = serverEntry();
  const env: NodeJS.ProcessEnv = { ...process.env, ...instance.env };
  // A PostgreSQL address inherited from the environment must not win over the SQLite folder.
  if (instance.dialect === 'sqlite') delete env.DATABASE_URL;
  const child = spawn(process.execPath, [entry, 'serve'], {
    cwd: path.dirname(path.dirname(path.dirname(entry))),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The server's own log (errors only), kept across restarts next to the database to explain a failure.
  const log = createWriteStream(path.join(instance.dataDir, 'server.log'), { flags: 'a' });
  child.stdout?.pipe(log);
  live.add(child);
  child.once('exit', () => live.delete(child));
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
    log.write(d);
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server stopped at start-up (${child.exitCode}): ${stderr}`);
    try {
      const r = await fetch(`${instance.base}/health`);
      if (r.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await killHard(child);
  throw new Error(`the server did not answer within 90 s: ${stderr}`);
}

export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

export function jsonHeaders(instance: Instance) {
  return { cookie: instance.cookie, 'content-type': 'application/json', origin: instance.env.PUBLIC_URL! };
}

export function projectBody(organisationId: string, title: string) {
  return {
    organisationId,
    title,
    summary: 'Un projet écrit pendant un essai de fiabilité.',
    description: 'Texte **sans** surprise.',
    themes: ['energy'],
    publics: ['habitants'],
    territories: ['35238'],
    phase: 'operation',
    phaseStatus: 'en-cours',
  };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
