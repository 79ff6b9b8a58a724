/**
 * Network dashboard at scale: 1,000 sites x 10 monthly indicators x 120 months = 1.2 million actual values, loaded
 * in bulk, roll-ups then built once (as the writes would have kept them). Measures, in the same run, the dashboard
 * endpoint through app.inject (funnel, 1,000 sites as the map's table shows them, 10 series, stalled sites as ids into
 * the sites, late sites' total and latest 100), a page of the late sites, the site comparison, the dashboard's reads
 * without HTTP (its queries and the little arithmetic on their rows), the roll-up SQL alone, and the bare aggregate SQL
 * over the raw values that the roll-ups avoid. Each line gives wall time (median, p95) and this process's CPU time per
 * run, steadier than wall time on a loaded machine.
 * The network pages keep their answers between writes (dashboard.cache.ts): each endpoint is measured cold (the cache
 * switched off, every read rebuilds the answer) and kept (repeated reads under an unchanged generation). The triggers
 * that move the generation are paid by the writes: 1,000-value uploads are timed with them and without them, one after
 * the other (same process, same database).
 * SQLite in memory by default; PostgreSQL with ESSAIM_TEST_DB=postgres.
 * Run: npx tsx bench/network-dashboard.ts [sites=1000] [indicators=10] [months=120] [runs=50]
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import { sql } from 'kysely';
import { periodFromParts } from '../src/core/indicators/periods.ts';
import { setNetworkCacheMode } from '../src/server/indicators/dashboard.cache.ts';
import { findLatePage } from '../src/server/indicators/dashboard.late.ts';
import { buildSeries, listDashboardSites } from '../src/server/indicators/dashboard.service.ts';
import { listIndicators, rebuildModelRollups } from '../src/server/indicators/indicators.repository.ts';
import { readSettings } from '../src/server/indicators/settings.service.ts';
import { makeIndicator, uploadCsv } from '../src/server/indicators/indicators.test-support.ts';
import { makeModel } from '../src/server/models/models.test-support.ts';
import { createTestContext, createTestOrganisation, createTestUser } from '../src/server/test/harness.ts';
import { siteStages } from '../src/db/tables/sites.ts';

const SITES = Number(process.argv[2] ?? 1000);
const INDICATORS = Number(process.argv[3] ?? 10);
const MONTHS = Number(process.argv[4] ?? 120);
const RUNS = Number(process.argv[5] ?? 50);

let seed = 7;
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;

const t = await createTestContext({ now: new Date('2026-11-25T10:00:00.000Z') });
const editor = await createTestUser(t, { displayName: 'Tête de réseau' });
const carrier = await createTestOrganisation(t, editor, [], 'Association nationale');
const siteOrg = await createTestOrganisation(t, await createTestUser(t), [], 'Sociétés locales');
const { modelId } = await makeModel(t, editor, carrier, true);
const indicatorIds: string[] = [];
const rules = ['sum', 'average', 'last', 'count'] as const;
for (let i = 0; i < INDICATORS; i++)
  indicatorIds.push(
    await makeIndicator(t, editor, modelId, {
      name: `Indicateur ${i + 1}`,
      unit: 'u',
      frequency: 'monthly',
      aggregation: rules[i % rules.length],
    }),
  );

const genStart = performance.now();
const now = t.ctx.now().toISOString();
const siteIds: string[] = [];
const departements = [
  '01',
  '07',
  '26',
  '38',
  '42',
  '69',
  '73',
  '74',
  '05',
  '04',
  '13',
  '35',
  '29',
  '44',
  '45',
];
for (let i = 0; i < SITES; i += 500) {
  const rows = Array.from({ length: Math.min(500, SITES - i) }, (_, k) => {
    const id = randomUUID();
    siteIds.push(id);
    const d = departements[Math.floor(rand() * departements.length)]!;
    return {
      id,
      model_id: modelId,
      model_version: 1,
      organisation_id: siteOrg,
      carrier_organisation_id: carrier,
      name: `Site ${String(i + k + 1).padStart(4, '0')}`,
      territory_codes: '[]',
      departement: d,
      region: '84',
      stage: siteStages[Math.floor(rand() * 6)]!,
      communs_phase: 'operation',
      communs_status: 'en_cours',
      stage_changed_at: new Date(Date.parse(now) - Math.floor(rand() * 1500) * 86_400_000).toISOString(),
      is_public: rand() < 0.5 ? 1 : 0,
      created_by: null,
      created_at: now,
      updated_by: null,
      updated_at: now,
      deleted_at: null,
      version: 1,
    };
  });
  await t.ctx.db.insertInto('sites').values(rows).execute();
}
const periods = Array.from({ length: MONTHS }, (_, k) =>
  periodFromParts('monthly', 2016 + Math.floor(k / 12), (k % 12) + 1),
);
// The values are generated inside the database (sites x months for each indicator, one INSERT ... SELECT each):
// the same rows the services would write, without 1.2 million round trips from Node.
await sql`create table bench_periods (label text not null, start text not null)`.execute(t.ctx.db);
await sql`insert into bench_periods (label, start) values ${sql.join(periods.map((p) => sql`(${p.label}, ${p.start})`))}`.execute(
  t.ctx.db,
);
const pg = t.ctx.dialect === 'postgres';
const idExpr = pg ? sql`gen_random_uuid()::text` : sql`lower(hex(randomblob(16)))`;
const valueExpr = pg ? sql`floor(random() * 10000) / 10` : sql`abs(random() % 10000) / 10.0`;
for (const indicatorId of indicatorIds)
  await sql`insert into indicator_values (id, indicator_id, site_id, kind, period, period_start, value, source, created_by, created_at, updated_at, version)
    select ${idExpr}, ${indicatorId}, s.id, 'actual', p.label, p.start, ${valueExpr}, 'csv', null, ${now}, ${now}, 1
    from sites s cross join bench_periods p where s.model_id = ${modelId}`.execute(t.ctx.db);
const values = Number(
  (
    await t.ctx.db
      .selectFrom('indicator_values')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n,
);
const loadSeconds = (performance.now() - genStart) / 1000;
const rollStart = performance.now();
await t.ctx.db.transaction().execute((trx) => rebuildModelRollups(trx, modelId));
const rollupSeconds = (performance.now() - rollStart) / 1000;
if (t.ctx.dialect === 'postgres') await sql`analyze`.execute(t.ctx.db);

async function measure(name: string, runs: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  const at = (p: number) =>
    Number(times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1));
  return {
    name,
    runs,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    maxMs: Number(times.at(-1)!.toFixed(1)),
    cpuMsPerRun: Number(((cpu.user + cpu.system) / 1000 / runs).toFixed(1)),
  };
}
const get = async (url: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie: editor.cookie } });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
  return res.body.length;
};
const dashboardBytes = await get(`/models/${modelId}/network`);
// Where the dashboard's bytes go, part by part (JSON length of each top-level key).
const dashboardBody = (
  await t.app.inject({
    method: 'GET',
    url: `/api/v1/models/${modelId}/network`,
    headers: { cookie: editor.cookie },
  })
).json() as Record<string, unknown>;
const dashboardParts = Object.fromEntries(
  Object.entries(dashboardBody).map(([k, v]) => [k, JSON.stringify(v).length]),
);
// The public page is read like the others (it answers 404 until the carrier turns it on).
await t.ctx.db
  .insertInto('indicator_settings')
  .values({
    model_id: modelId,
    stalled_days: 365,
    grace_days: 30,
    reminders_enabled: 1,
    public_dashboard: 1,
    updated_by: null,
    updated_at: now,
    version: 1,
  })
  .execute();
await t.ctx.db.updateTable('indicators').set({ is_public: 1 }).where('id', '=', indicatorIds[0]!).execute();
const pages = [
  ['GET /models/:id/network (dashboard endpoint, app.inject)', `/models/${modelId}/network`],
  ['GET /models/:id/network?granularity=year', `/models/${modelId}/network?granularity=year`],
  [
    'GET /models/:id/network/late?offset=100 (next 100 late sites)',
    `/models/${modelId}/network/late?offset=100&limit=100`,
  ],
  ['GET /public/networks/:id (public page)', `/public/networks/${modelId}`],
] as const;
// The same dashboard over loopback HTTP (what a browser or the load tool pays: app.inject turns every answer into a
// string, about 1 ms for a 230 KB dashboard); the client, in this process, only counts the bytes.
const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const overHttp = (url: string) =>
  new Promise<number>((resolve, reject) => {
    const req = http.get(`${address}/api/v1${url}`, { agent, headers: { cookie: editor.cookie } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () =>
        res.statusCode === 200 ? resolve(bytes) : reject(new Error(`${url}: ${res.statusCode}`)),
      );
    });
    req.on('error', reject);
  });
const results = [];
for (const [mode, label] of [
  ['off', 'cold'],
  ['on', 'kept'],
] as const) {
  setNetworkCacheMode(t.ctx, mode);
  for (const [name, url] of pages) results.push(await measure(`${name}, ${label}`, RUNS, () => get(url)));
  results.push(
    await measure(`GET /models/:id/network over loopback HTTP, ${label}`, RUNS, () => overHttp(pages[0][1])),
  );
}
results.push(
  await measure('GET /api/v1/health over loopback HTTP (the floor of a request)', RUNS, () =>
    overHttp('/health'),
  ),
);
agent.destroy();
results.push(
  await measure('GET /models/:id/network/compare (one indicator, every site; not kept)', RUNS, () =>
    get(`/models/${modelId}/network/compare?indicatorId=${indicatorIds[0]}`),
  ),
  await measure(
    'dashboard reads without HTTP (settings, indicators, sites, series, late page)',
    RUNS,
    async () => {
      const [settings, indicators, sites] = await Promise.all([
        readSettings(t.ctx.db, modelId),
        listIndicators(t.ctx.db, modelId),
        listDashboardSites(t.ctx.db, modelId),
      ]);
      await Promise.all([
        buildSeries(t.ctx.db, indicators, 'native'),
        findLatePage(t.ctx.db, sites, indicators, t.ctx.now(), settings.graceDays, 0, 100),
      ]);
    },
  ),
  await measure('SQL read by the dashboard: roll-ups of the model', RUNS, () =>
    t.ctx.db
      .selectFrom('indicator_rollups')
      .selectAll()
      .where('indicator_id', 'in', indicatorIds)
      .orderBy('indicator_id')
      .orderBy('period_start')
      .execute(),
  ),
  await measure('bare aggregate SQL over raw values (what roll-ups avoid)', Math.min(RUNS, 10), () =>
    t.ctx.db
      .selectFrom('indicator_values')
      .select([
        'indicator_id',
        'kind',
        'period_start',
        (eb) => eb.fn.sum<number>('value').as('s'),
        (eb) => eb.fn.countAll<number>().as('n'),
      ])
      .where('indicator_id', 'in', indicatorIds)
      .groupBy(['indicator_id', 'kind', 'period_start'])
      .execute(),
  ),
);

// What the generation triggers cost a write: uploads of 1,000 values (200 sites x 5 indicators, one month each, going
// back before the history so that none is a duplicate), with the triggers, then with them dropped.
const uploadSites = (
  await t.ctx.db
    .selectFrom('sites')
    .select('name')
    .where('model_id', '=', modelId)
    .orderBy('name')
    .limit(200)
    .execute()
).map((r) => r.name);
let month = 2016 * 12;
const upload = async () => {
  month -= 1;
  const period = periodFromParts('monthly', Math.floor(month / 12), (month % 12) + 1).label;
  const lines = ['site;indicateur;période;type;valeur'];
  for (const site of uploadSites)
    for (let i = 0; i < Math.min(5, INDICATORS); i++)
      lines.push(`${site};Indicateur ${i + 1};${period};réel;1`);
  const res = await uploadCsv(t, editor, modelId, lines.join('\n'), false);
  if (res.statusCode !== 200 || (res.json() as { written: number }).written !== lines.length - 1)
    throw new Error(`upload: ${res.statusCode} ${res.body.slice(0, 300)}`);
};
const uploadRuns = Math.min(RUNS, 20);
const triggers =
  t.ctx.dialect === 'postgres'
    ? (
        await sql<{
          name: string;
          table: string;
          definition: string;
        }>`select tgname as name, relname as table, pg_get_triggerdef(pg_trigger.oid) as definition from pg_trigger join pg_class on pg_class.oid = tgrelid where tgname like '%network%' and not tgisinternal and relnamespace = current_schema()::regnamespace`.execute(
          t.ctx.db,
        )
      ).rows
    : (
        await sql<{
          name: string;
          table: string;
          definition: string;
        }>`select name, tbl_name as "table", sql as definition from sqlite_master where type = 'trigger' and name like '%network%'`.execute(
          t.ctx.db,
        )
      ).rows;
const setTriggers = async (present: boolean) => {
  for (const trigger of triggers)
    await sql
      .raw(
        present
          ? trigger.definition
          : t.ctx.dialect === 'postgres'
            ? `drop trigger ${trigger.name} on ${trigger.table}`
            : `drop trigger ${trigger.name}`,
      )
      .execute(t.ctx.db);
};
// Alternately with and without the triggers (dropped and created again between two uploads), so that both see the
// same load of the machine; wall time counts the database's own work on PostgreSQL, CPU time only this process's.
for (let i = 0; i < 3; i++) await upload();
const uploads = { with: [] as number[], without: [] as number[] };
const uploadCpu = { with: 0, without: 0 };
for (let i = 0; i < uploadRuns; i++)
  for (const side of ['with', 'without'] as const) {
    if (side === 'without') await setTriggers(false);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await upload();
    uploads[side].push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    uploadCpu[side] += (cpu.user + cpu.system) / 1000;
    if (side === 'without') await setTriggers(true);
  }
for (const side of ['with', 'without'] as const) {
  const times = uploads[side].sort((x, y) => x - y);
  results.push({
    name: `upload of 1,000 values, ${side} the ${triggers.length} generation triggers (alternating)`,
    runs: uploadRuns,
    medianMs: Number(times[Math.floor(times.length / 2)]!.toFixed(1)),
    p95Ms: Number(times[Math.min(times.length - 1, Math.floor(0.95 * times.length))]!.toFixed(1)),
    maxMs: Number(times.at(-1)!.toFixed(1)),
    cpuMsPerRun: Number((uploadCpu[side] / uploadRuns).toFixed(1)),
  });
}
console.log(
  JSON.stringify(
    {
      engine: t.ctx.dialect,
      cpus: cpus().length,
      load: loadavg().map((l) => Number(l.toFixed(2))),
      sites: SITES,
      indicators: INDICATORS,
      months: MONTHS,
      values,
      loadSeconds: Number(loadSeconds.toFixed(1)),
      rollupBuildSeconds: Number(rollupSeconds.toFixed(1)),
      dashboardBytes,
      dashboardParts,
      results,
    },
    null,
    2,
  ),
);
await t.close();
