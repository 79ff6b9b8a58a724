/**
 * Sign-in throughput: password sign-ins per second through the whole HTTP stack (Fastify inject, validation,
 * scrypt verification, session and audit writes) on an SQLite file, with `concurrency` requests in flight. Each
 * request comes from its own address and account so that the rate limits (10 per address, 50 per IP per quarter
 * hour) do not interfere. Run: npx tsx bench/sign-in-throughput.ts [seconds] [concurrency]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import path from 'node:path';
import { openSqlite } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import { buildApp } from '../src/server/app.ts';
import { parseEnv } from '../src/server/env.ts';
import { hashPassword } from '../src/server/auth/passwords.ts';
import { insertUser } from '../src/server/accounts/users.repository.ts';

const seconds = Number(process.argv[2] ?? 10);
const concurrency = Number(process.argv[3] ?? 8);
const dir = mkdtempSync(path.join(tmpdir(), 'essaim-bench-'));
const handle = openSqlite(path.join(dir, 'bench.sqlite'));
await migrateToLatest(handle.db, handle.dialect);
const env = parseEnv({ NODE_ENV: 'test', SEED_DEMO: 'false', LOG_LEVEL: 'silent' });
const app = await buildApp({ db: handle.db, dialect: handle.dialect, env, now: () => new Date() });
await app.ready();

const password = 'une phrase de passe solide';
const hash = await hashPassword(password);
const users = 300;
for (let i = 0; i < users; i++) {
  await insertUser(
    handle.db,
    {
      email: `bench-${i}@example.org`,
      displayName: `Bench ${i}`,
      passwordHash: hash,
      language: 'fr',
      emailVerifiedAt: new Date().toISOString(),
    },
    new Date(),
  );
}

let done = 0;
let failed = 0;
let next = 0;
const latencies: number[] = [];
const deadline = Date.now() + seconds * 1000;
async function worker() {
  while (Date.now() < deadline) {
    const i = next++;
    const start = performance.now();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: `bench-${i % users}@example.org`, password },
      remoteAddress: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    });
    latencies.push(performance.now() - start);
    if (res.statusCode === 200) done++;
    else failed++;
  }
}
const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!.toFixed(0);
console.log(
  `CPU: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, Node ${process.version}, UV_THREADPOOL_SIZE=${process.env.UV_THREADPOOL_SIZE ?? '4 (default)'}`,
);
console.log(
  `${done} sign-ins in ${elapsed.toFixed(1)} s = ${(done / elapsed).toFixed(1)} per second (concurrency ${concurrency}, ${failed} refused)`,
);
console.log(`latency ms: p50 ${pct(0.5)}, p95 ${pct(0.95)}, max ${pct(1)}`);
await app.close();
await handle.close();
rmSync(dir, { recursive: true, force: true });
