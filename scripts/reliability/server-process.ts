/**
 * Shared by the bounded reliability scripts: a real `essaim serve` in a child process (so it can be killed with
 * SIGKILL), on a fresh SQLite folder or a fresh PostgreSQL schema, with one signed-in editor and her organisation.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
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
  if (dialect === 'postgres') {
    const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const schema = `rel_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const admin = await openPostgres(url, { max: 1 });
    await sql.raw(`create schema ${schema}`).execute(admin.db);
    await admin.close();
    const separator = url.includes('?') ? '&' : '?';
    env.DATABASE_URL = `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    handle = await openPostgres(url, { searchPath: schema, max: 4 });
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
  };
}

/** Starts `essaim serve` and resolves once /health answers. */
export async function startServer(instance: Instance): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    env: { ...process.env, ...instance.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server stopped at start-up (${child.exitCode}): ${stderr}`);
    try {
      const r = await fetch(`${instance.base}/health`);
      if (r.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not answer within 240 s: ${stderr}`);
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
