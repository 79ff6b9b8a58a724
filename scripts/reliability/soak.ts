/**
 * Soak: mixed traffic at a steady rate on loopback against a real `essaim serve` (SQLite, or PostgreSQL with
 * `postgres` as argument), 30 minutes by default. Every minute (or SOAK_WINDOW_SECONDS) it samples the server's
 * resident memory and the window's p95; at the end it reports errors, memory growth and p95 drift.
 * Runs the built server (`npm run build` first; see serverEntry in server-process.ts).
 * Run: npx tsx scripts/reliability/soak.ts [minutes=30] [requests-per-second=20] [sqlite|postgres]
 * Exits 1 on any 5xx or network error.
 */
import { readFileSync } from 'node:fs';
import {
  jsonHeaders,
  killHard,
  percentile,
  prepareInstance,
  projectBody,
  serverEntry,
  startServer,
} from './server-process.ts';

const minutes = Number(process.argv[2] ?? 30);
const rate = Number(process.argv[3] ?? 20);
const dialect = (process.argv[4] ?? 'sqlite') as 'sqlite' | 'postgres';
const windowMs = Number(process.env.SOAK_WINDOW_SECONDS ?? 60) * 1000;

serverEntry(); // fails at once, before any database is made, when the server is not built
const instance = await prepareInstance(dialect, 3800 + Math.floor(Math.random() * 90));
const server = await startServer(instance);
const rssOf = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const projectIds: string[] = [];
let n = 0;
/** One request of the mix: reads dominate, as in real use. */
async function oneRequest(): Promise<number> {
  n++;
  const roll = n % 10;
  const h = jsonHeaders(instance);
  if (roll === 0 || projectIds.length === 0) {
    const r = await fetch(`${instance.base}/projects`, {
      method: 'POST',
      headers: h,
      body: JSON.stringify(projectBody(instance.organisationId, `Projet d’endurance ${n}`)),
    });
    if (r.status === 201) projectIds.push(((await r.json()) as { id: string }).id);
    else await r.arrayBuffer();
    return r.status;
  }
  const id = projectIds[n % projectIds.length]!;
  const urls = [
    `/projects/${id}`,
    '/library/search?q=projet',
    '/projects/mine',
    '/method',
    `/projects/${id}`,
    '/library/map',
    '/training-sessions',
    '/auth/me',
    '/kits',
  ];
  const r = await fetch(`${instance.base}${urls[roll - 1]!}`, { headers: { cookie: instance.cookie } });
  await r.arrayBuffer();
  return r.status;
}

const samples: { minute: number; rssMb: number; p95: number; requests: number; errors: number }[] = [];
let window: number[] = [];
let errors = 0;
let windowErrors = 0;
const errorCauses: Record<string, number> = {};
let serverErrors = 0;
let total = 0;
const startRss = rssOf(server.pid!);
let peakRss = startRss;
const started = Date.now();
const end = started + minutes * 60_000;
let sent = 0;
let nextWindow = Date.now() + windowMs;
const inFlight = new Set<Promise<void>>();
while (Date.now() < end) {
  const t0 = performance.now();
  const p = oneRequest()
    .then((status) => {
      if (status >= 500) serverErrors++;
    })
    .catch((error: unknown) => {
      errors++;
      windowErrors++;
      // undici puts the reason in `cause`: a time-out waiting for the answer, a refused or reset connection…
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
      errorCauses[cause] = (errorCauses[cause] ?? 0) + 1;
    })
    .finally(() => {
      window.push(performance.now() - t0);
      total++;
      inFlight.delete(p);
    });
  inFlight.add(p);
  if (Date.now() >= nextWindow) {
    window.sort((a, b) => a - b);
    peakRss = Math.max(peakRss, rssOf(server.pid!));
    samples.push({
      minute: Math.round((((samples.length + 1) * windowMs) / 60_000) * 10) / 10,
      rssMb: Math.round(rssOf(server.pid!)),
      p95: Math.round(percentile(window, 95)),
      requests: window.length,
      errors: windowErrors,
    });
    console.error(JSON.stringify(samples.at(-1)));
    window = [];
    windowErrors = 0;
    nextWindow += windowMs;
  }
  // A steady rate: the next request leaves at its slot, however long this one takes.
  sent++;
  await new Promise((r) => setTimeout(r, Math.max(0, started + (sent * 1000) / rate - Date.now())));
}
await Promise.all(inFlight);
const endRss = rssOf(server.pid!);
await killHard(server);
// On failure the database and the server's error log (server.log) are kept to look into.
console.error(await instance.dispose(errors > 0 || serverErrors > 0));
const firstHalf = samples.slice(0, Math.max(1, Math.floor(samples.length / 2))).map((s) => s.p95);
const secondHalf = samples.slice(Math.floor(samples.length / 2)).map((s) => s.p95);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(
  JSON.stringify({
    dialect,
    minutes,
    rate,
    requests: total,
    networkErrors: errors,
    errorCauses,
    serverErrors,
    rssStartMb: Math.round(startRss),
    rssPeakMb: Math.round(Math.max(peakRss, endRss)),
    rssEndMb: Math.round(endRss),
    rssGrowthMb: Math.round(endRss - startRss),
    // Growth over the second half only: start-up caches fill in the first minutes.
    rssGrowthSecondHalfMb:
      samples.length > 1 ? samples.at(-1)!.rssMb - samples[Math.floor(samples.length / 2)]!.rssMb : 0,
    p95FirstHalfMs: median(firstHalf),
    p95SecondHalfMs: median(secondHalf),
    samples,
  }),
);
process.exit(errors || serverErrors ? 1 : 0);
