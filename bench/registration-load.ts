/**
 * Registration under load: 500 people register for one session (capacity 120) through real HTTP on 127.0.0.1, with
 * `concurrency` requests in flight, on an SQLite file (or PostgreSQL when DATABASE_URL is set). Reports the
 * throughput, latency percentiles, and checks that no one was over-booked (confirmed = capacity exactly).
 * Run: npx tsx bench/registration-load.ts [people] [concurrency]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { openPostgres, openSqlite } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import { buildApp } from '../src/server/app.ts';
import { parseEnv } from '../src/server/env.ts';
import { insertUser } from '../src/server/accounts/users.repository.ts';
import { createSession } from '../src/server/auth/sessions.ts';

const people = Number(process.argv[2] ?? 500);
const concurrency = Number(process.argv[3] ?? 50);
const capacity = 120;
const pgUrl = process.env.DATABASE_URL;
const dir = mkdtempSync(path.join(tmpdir(), 'essaim-bench-'));
const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
if (pgUrl) {
  const admin = await openPostgres(pgUrl, { max: 1 });
  await sql.raw(`create schema ${schema}`).execute(admin.db);
  await admin.close();
}
const handle = pgUrl
  ? await openPostgres(pgUrl, { searchPath: schema, max: 10 })
  : openSqlite(path.join(dir, 'bench.sqlite'));
await migrateToLatest(handle.db, handle.dialect);
const env = parseEnv({ NODE_ENV: 'test', SEED_DEMO: 'false', LOG_LEVEL: 'silent' });
const app = await buildApp({ db: handle.db, dialect: handle.dialect, env, now: () => new Date() });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/v1`;

const now = () => new Date();
const facilitatorId = await insertUser(
  handle.db,
  {
    email: 'anim@example.org',
    displayName: 'Anim',
    passwordHash: null,
    language: 'fr',
    platformRole: 'facilitator',
    emailVerifiedAt: now().toISOString(),
  },
  now(),
);
const facilitator = `essaim_session=${(await createSession(handle.db, facilitatorId, now(), {})).secret}`;
const orgId = randomUUID();
await handle.db
  .insertInto('organisations')
  .values({
    id: orgId,
    name: 'Réseau',
    kind: 'association',
    siren: null,
    territory_code: null,
    territory_type: null,
    description: null,
    created_by: facilitatorId,
    created_at: now().toISOString(),
    updated_at: now().toISOString(),
    deleted_at: null,
  })
  .execute();
const day = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
const headers = (cookie: string) => ({
  cookie,
  'content-type': 'application/json',
  origin: 'http://localhost:3000',
});
const created = await fetch(`${base}/training-sessions`, {
  method: 'POST',
  headers: headers(facilitator),
  body: JSON.stringify({
    organisationId: orgId,
    title: 'Charge',
    capacity,
    registrationDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    meetings: [{ title: 'A', date: day, start: '10:00', end: '12:00' }],
  }),
});
const session = (await created.json()) as { id: string; version: number };
await fetch(`${base}/training-sessions/${session.id}/status`, {
  method: 'POST',
  headers: headers(facilitator),
  body: JSON.stringify({ status: 'published', version: session.version }),
});

const cookies: string[] = [];
for (let i = 0; i < people; i++) {
  const id = await insertUser(
    handle.db,
    {
      email: `p${i}@example.org`,
      displayName: `P${i}`,
      passwordHash: null,
      language: 'fr',
      emailVerifiedAt: now().toISOString(),
    },
    now(),
  );
  cookies.push(`essaim_session=${(await createSession(handle.db, id, now(), {})).secret}`);
}

const latencies: number[] = [];
const codes = new Map<number, number>();
let next = 0;
const start = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < cookies.length) {
      const cookie = cookies[next++]!;
      const t0 = performance.now();
      const r = await fetch(`${base}/training-sessions/${session.id}/registrations`, {
        method: 'POST',
        headers: headers(cookie),
        body: '{}',
      });
      await r.arrayBuffer();
      latencies.push(performance.now() - t0);
      codes.set(r.status, (codes.get(r.status) ?? 0) + 1);
    }
  }),
);
const elapsed = (performance.now() - start) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(0);
const rows = await handle.db
  .selectFrom('training_registrations')
  .select(['status'])
  .where('session_id', '=', session.id)
  .execute();
const confirmed = rows.filter((r) => r.status === 'confirmed').length;
console.log(
  JSON.stringify(
    {
      engine: handle.dialect,
      cpus: cpus().length,
      people,
      concurrency,
      capacity,
      seconds: Number(elapsed.toFixed(2)),
      registrationsPerSecond: Number((people / elapsed).toFixed(0)),
      latencyMs: { p50: pct(50), p95: pct(95), p99: pct(99), max: latencies.at(-1)!.toFixed(0) },
      statusCodes: Object.fromEntries(codes),
      confirmed,
      waitlisted: rows.filter((r) => r.status === 'waitlisted').length,
      overBooked: confirmed > capacity,
    },
    null,
    2,
  ),
);
await app.close();
if (pgUrl) {
  await handle.close();
  const admin = await openPostgres(pgUrl, { max: 1 });
  await sql.raw(`drop schema ${schema} cascade`).execute(admin.db);
  await admin.close();
} else {
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
}
