/**
 * The performance bench (issue #10): `npm run bench -- [--seconds 10] [--connections 50] [--runs 1]
 * [--processes 1] [--built] [--out data-dir] [--only search,kit-page] [--cpu-prof dir]`. On the database filled by bench:data
 * (SQLite in --out / ESSAIM_DATA_DIR, or DATABASE_URL), starts `essaim serve` as child processes on 127.0.0.1,
 * loads each scenario with autocannon, and prints one table: p50, p95, p99, throughput, errors, server time per
 * request, its ratio to a bare Fastify hello-world and to the scenario's bare SQL, both measured in the same run;
 * then the start-up time to healthy and the idle memory. Several runs give medians. The figures are written to
 * bench/results/last.json (read by bench:check).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openTarget, resolveTarget } from './data/open.ts';
import { prepareFixtures, refreshDiagnosticVersions, type Fixtures } from './scenarios/fixtures.ts';
import { runLoad, type LoadResult } from './scenarios/load.ts';
import { rssMb, startEssaim, startHello, type Started } from './scenarios/processes.ts';
import {
  figuresOf,
  formatTable,
  median,
  type BenchReport,
  type ScenarioFigures,
} from './scenarios/report.ts';
import { PENDING, SCENARIOS, webBuilt, type Scenario } from './scenarios/scenarios.ts';
import { timeBareSql } from './scenarios/bare-sql.ts';
import { refreshBackfill } from './scenarios/network-fixtures.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    runs: { type: 'string', default: '1' },
    processes: { type: 'string', default: '1' },
    registrations: { type: 'string', default: '2000' },
    built: { type: 'boolean', default: false },
    out: { type: 'string' },
    only: { type: 'string' },
    'cpu-prof': { type: 'string' },
    json: { type: 'string', default: path.join('bench', 'results', 'last.json') },
  },
});
function positive(name: string, value: string | undefined, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    console.error(
      `--${name} : entier de 1 à ${max} attendu (--${name}: an integer from 1 to ${max} expected).`,
    );
    process.exit(2);
  }
  return n;
}
const seconds = positive('seconds', values.seconds, 300);
const connections = positive('connections', values.connections, 1000);
const runs = positive('runs', values.runs, 10);
const processes = positive('processes', values.processes, 8);
const registrations = positive('registrations', values.registrations, 100_000);
const only = values.only ? new Set(values.only.split(',')) : null;
if (only)
  for (const name of only)
    if (![...SCENARIOS, ...PENDING].some((s) => s.name === name)) {
      console.error(`--only : scénario inconnu « ${name} » (unknown scenario "${name}").`);
      process.exit(2);
    }

const target = resolveTarget({ out: values.out });
const handle = await openTarget(target, 5);
const serverEnv: Record<string, string> =
  target.kind === 'postgres' ? { DATABASE_URL: target.databaseUrl! } : { ESSAIM_DATA_DIR: target.dataDir };
const say = (line: string) => console.error(line);

let scenarios: Scenario[] = SCENARIOS.filter((s) => !only || only.has(s.name)).filter((s) => {
  if ((s.name === 'home-page' || s.name === 'spa-assets') && !webBuilt()) {
    say(`${s.name}: skipped, the web app is not built (npm run build:web)`);
    return false;
  }
  return true;
});

async function datasetCounts(): Promise<Record<string, number>> {
  const count = async (
    table:
      'projects' | 'models' | 'diagnostics' | 'users' | 'organisations' | 'training_registrations' | 'sites',
  ) => {
    try {
      const row = await handle.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    } catch {
      return -1;
    }
  };
  const kits = await handle.db
    .selectFrom('models')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('latest_version', '>', 0)
    .executeTakeFirstOrThrow();
  return {
    projects: await count('projects'),
    models: await count('models'),
    publishedKits: Number(kits.n),
    diagnostics: await count('diagnostics'),
    organisations: await count('organisations'),
    users: await count('users'),
    trainingRegistrations: await count('training_registrations'),
    sites: await count('sites'),
  };
}

/**
 * Waits until the servers have worked through the jobs already due (a fresh dataset queues its sign-up e-mails and
 * the indicator reminders: draining 10,000 of them took the first two minutes of the first run of size M), so that
 * the load is measured against the requests alone. Returns the seconds waited.
 */
async function settleJobs(limitSeconds = 600): Promise<number> {
  const started = performance.now();
  for (;;) {
    const now = new Date().toISOString();
    const due = await handle.db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', now)]),
          eb('status', '=', 'running'),
        ]),
      )
      .executeTakeFirstOrThrow();
    const seconds = (performance.now() - started) / 1000;
    if (Number(due.n) === 0) return seconds;
    if (seconds > limitSeconds) {
      say(`  ${due.n} jobs still due after ${limitSeconds} s: measuring anyway`);
      return seconds;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

let servers: Started[] = [];
const stopAll = async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
};
process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));

try {
  const dataset = await datasetCounts();
  say(`${target.describe}: ${JSON.stringify(dataset)}`);
  say('preparing fixtures (sessions, diagnostics to edit, people to register)…');
  const fixtures = await prepareFixtures(handle, {
    diagnostics: Math.max(80, connections + 30),
    registrants: registrations * runs,
  });
  // A dataset generated before bench:data made sites has no network: those scenarios are reported as not measured.
  const noNetwork = fixtures.network
    ? []
    : scenarios.filter((s) => s.needsNetwork).map((s) => ({ name: s.name, label: s.label, kind: s.kind }));
  if (noNetwork.length) {
    say('no sites nor indicator values in this dataset: dashboard and indicator-upload not measured');
    scenarios = scenarios.filter((s) => !s.needsNetwork);
  }
  if (fixtures.network)
    say(
      `largest network: ${fixtures.network.sites} sites, ${fixtures.network.indicators.length} indicators, ${fixtures.network.uploaders.length} reporting sites`,
    );
  const helloRuns: LoadResult[] = [];
  const loadRuns = new Map<string, LoadResult[]>(scenarios.map((s) => [s.name, []]));
  const sqlRuns = new Map<string, number[]>(scenarios.map((s) => [s.name, []]));
  const startupRuns: number[] = [];
  const startupCpuRuns: (number | null)[] = [];
  const rssRuns: (number | null)[] = [];

  for (let run = 0; run < runs; run++) {
    const runFixtures: Fixtures = {
      ...fixtures,
      registrantCookies: fixtures.registrantCookies.slice(run * registrations, (run + 1) * registrations),
    };
    say(`run ${run + 1}/${runs}: bare Fastify hello-world`);
    const hello = await startHello();
    servers.push(hello);
    const helloSpec = { requests: [{ method: 'GET', path: '/' }] };
    await runLoad([hello.url], helloSpec, { connections: 4, seconds: 1 });
    helloRuns.push(await runLoad([hello.url], helloSpec, { connections, seconds, pids: [hello.child.pid] }));
    await stopAll();

    for (const s of scenarios) {
      if (!s.bareSql) continue;
      const timing = await timeBareSql(handle, s.bareSql(runFixtures));
      sqlRuns.get(s.name)!.push(timing.p50);
    }

    say(`run ${run + 1}/${runs}: starting ${processes} Essaim process(es)`);
    for (let p = 0; p < processes; p++)
      servers.push(
        await startEssaim({
          env: serverEnv,
          built: values.built,
          cpuProfDir: values['cpu-prof'] && path.resolve(values['cpu-prof']),
        }),
      );
    startupRuns.push(servers[0]!.startMs);
    startupCpuRuns.push(servers[0]!.startCpuMs);
    const settled = await settleJobs();
    if (settled > 1)
      say(`  waited ${settled.toFixed(0)} s for the jobs already due (queued e-mails, reminders)`);
    await new Promise((r) => setTimeout(r, 2000));
    rssRuns.push(
      servers.reduce<number | null>(
        (sum, s) => (sum === null ? null : ((v) => (v === null ? null : sum + v))(rssMb(s.child.pid))),
        0,
      ),
    );
    const urls = servers.map((x) => x.url);
    for (const s of scenarios) {
      // A second of light load first (reads only: writes would use up their pools), so that JIT warm-up is not measured.
      if (s.kind !== 'write') await runLoad(urls, s.load(runFixtures), { connections: 4, seconds: 1 });
      if (s.name === 'diagnostic-submission') await refreshDiagnosticVersions(handle, runFixtures);
      if (s.name === 'indicator-upload' && runFixtures.network)
        await refreshBackfill(handle, runFixtures.network);
      const result = await runLoad(urls, s.load(runFixtures), {
        connections,
        seconds,
        pids: servers.map((x) => x.child.pid),
      });
      loadRuns.get(s.name)!.push(result);
      say(
        `  ${s.name}: p95 ${result.p95.toFixed(1)} ms, ${result.throughput.toFixed(0)} req/s, ${result.errors} errors`,
      );
    }
    await stopAll();
  }

  const helloFigures = figuresOf(
    'fastify-hello',
    'Bare Fastify hello-world',
    'baseline',
    helloRuns,
    1,
    null,
    [],
  );
  const measured: ScenarioFigures[] = scenarios.map((s) =>
    figuresOf(s.name, s.label, s.kind, loadRuns.get(s.name)!, processes, helloFigures, sqlRuns.get(s.name)!),
  );
  const pending: ScenarioFigures[] = [
    ...PENDING.filter((p) => !only || only.has(p.name)),
    ...noNetwork.map((p) => ({
      ...p,
      pending: 'the dataset has no sites nor indicator values: regenerate it with bench:data',
    })),
  ].map((p) => ({
    ...figuresOf(p.name, p.label, p.kind, [], processes, null, []),
    pending: p.pending,
  }));
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    // Not a git checkout.
  }
  const report: BenchReport = {
    meta: {
      date: new Date().toISOString(),
      commit,
      engine: handle.dialect,
      target: target.describe,
      processes,
      connections,
      seconds,
      runs,
      registrationsPerRun: registrations,
      server: values.built ? 'dist (built)' : 'src (tsx)',
      cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
      loadAverage: loadavg()[0]!,
      node: process.version,
    },
    dataset,
    startupMs: median(startupRuns),
    startupRuns,
    startupCpuMs: startupCpuRuns.every((v) => v !== null) ? median(startupCpuRuns as number[]) : null,
    startupCpuRuns,
    idleRssMb: rssRuns.every((v) => v !== null) ? median(rssRuns as number[]) : null,
    idleRssRuns: rssRuns,
    hello: helloFigures,
    scenarios: [...measured, ...pending],
  };
  mkdirSync(path.dirname(values.json), { recursive: true });
  writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `${handle.dialect}, ${processes} process(es), ${connections} connections, ${seconds} s per scenario, median of ${runs} run(s); load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
  );
  console.log(formatTable(report));
  say(`written: ${values.json}`);
} catch (error) {
  console.error(`bench : ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await stopAll();
  await handle.close();
}
