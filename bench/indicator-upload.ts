/**
 * Upload of indicator values by CSV: 100,000 values (1,000 sites x 10 monthly indicators x 10 months), written the
 * French way (semicolons, decimal comma, BOM), sent through app.inject: the dry run (parse, checks, duplicate lookup)
 * then the confirmed upload (same checks, batched inserts and roll-up refresh in one transaction). Target: < 10 s.
 * With `history` > 0, the network already holds that many earlier months of actual values for every site and indicator
 * (generated inside the database, as in bench/network-dashboard.ts) when the file arrives: the roll-ups and latest
 * values must then be refreshed for the touched periods and sites only, not rebuilt from the whole history.
 * SQLite in memory by default; PostgreSQL with ESSAIM_TEST_DB=postgres (a schema of its own in database `test`, dropped
 * at the end).
 * Run: npx tsx bench/indicator-upload.ts [sites=1000] [indicators=10] [months=10] [history=0]
 */
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { sql } from 'kysely';
import { periodFromParts } from '../src/core/indicators/periods.ts';
import { rebuildModelRollups } from '../src/server/indicators/indicators.repository.ts';
import { makeIndicator, uploadCsv } from '../src/server/indicators/indicators.test-support.ts';
import { makeModel } from '../src/server/models/models.test-support.ts';
import { createTestContext, createTestOrganisation, createTestUser } from '../src/server/test/harness.ts';

const SITES = Number(process.argv[2] ?? 1000);
const INDICATORS = Number(process.argv[3] ?? 10);
const MONTHS = Number(process.argv[4] ?? 10);
const HISTORY = Number(process.argv[5] ?? 0);

const t = await createTestContext();
const editor = await createTestUser(t);
const carrier = await createTestOrganisation(t, editor, [], 'Association nationale');
const { modelId } = await makeModel(t, editor, carrier, true);
const names: string[] = [];
const indicatorIds: string[] = [];
for (let i = 0; i < INDICATORS; i++) {
  names.push(`Indicateur ${i + 1}`);
  indicatorIds[i] = await makeIndicator(t, editor, modelId, {
    name: names[i],
    unit: 'kWc',
    frequency: 'monthly',
    aggregation: 'sum',
  });
}
const now = t.ctx.now().toISOString();
const sites = Array.from({ length: SITES }, (_, i) => ({
  id: randomUUID(),
  model_id: modelId,
  model_version: 1,
  organisation_id: carrier,
  carrier_organisation_id: carrier,
  name: `Centrale ${String(i + 1).padStart(4, '0')}`,
  territory_codes: '[]',
  departement: '26',
  region: '84',
  stage: 'operating' as const,
  communs_phase: 'operation',
  communs_status: 'en_cours',
  stage_changed_at: now,
  is_public: 0,
  created_by: null,
  created_at: now,
  updated_by: null,
  updated_at: now,
  deleted_at: null,
  version: 1,
}));
for (let i = 0; i < sites.length; i += 500)
  await t.ctx.db
    .insertInto('sites')
    .values(sites.slice(i, i + 500))
    .execute();

// Earlier months (before 2025) for every site and indicator, one INSERT ... SELECT per indicator, then roll-ups built.
let historySeconds = 0;
if (HISTORY > 0) {
  const t0 = performance.now();
  // The HISTORY months that end with December 2024, counted in months since year 0.
  const periods = Array.from({ length: HISTORY }, (_, k) => {
    const month = 2025 * 12 - HISTORY + k;
    return periodFromParts('monthly', Math.floor(month / 12), (month % 12) + 1);
  });
  await sql`create table bench_periods (label text not null, start text not null)`.execute(t.ctx.db);
  await sql`insert into bench_periods (label, start) values ${sql.join(periods.map((p) => sql`(${p.label}, ${p.start})`))}`.execute(
    t.ctx.db,
  );
  const pg = t.ctx.dialect === 'postgres';
  const idExpr = pg ? sql`gen_random_uuid()::text` : sql`lower(hex(randomblob(16)))`;
  for (const indicatorId of indicatorIds)
    await sql`insert into indicator_values (id, indicator_id, site_id, kind, period, period_start, value, source, created_by, created_at, updated_at, version)
      select ${idExpr}, ${indicatorId}, s.id, 'actual', p.label, p.start, 10, 'csv', null, ${now}, ${now}, 1
      from sites s cross join bench_periods p where s.model_id = ${modelId}`.execute(t.ctx.db);
  await t.ctx.db.transaction().execute((trx) => rebuildModelRollups(trx, modelId));
  if (pg) await sql`analyze`.execute(t.ctx.db);
  historySeconds = Number(((performance.now() - t0) / 1000).toFixed(1));
}

const lines = ['site;indicateur;période;type;valeur;unité'];
for (const s of sites)
  for (const name of names)
    for (let m = 1; m <= MONTHS; m++)
      lines.push(
        `${s.name};${name};${m < 10 ? `01/0${m}/2025` : `2025-${m}`};réel;${(m * 12.5).toFixed(1).replace('.', ',')};kWc`,
      );
const csv = `\ufeff${lines.join('\r\n')}\r\n`;

const time = async (dryRun: boolean) => {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const res = await uploadCsv(t, editor, modelId, csv, dryRun);
  const seconds = (performance.now() - t0) / 1000;
  // CPU time of this process (the server's code and SQLite; not PostgreSQL's own processes): less sensitive to the
  // load of a shared machine than the wall time.
  const cpu = process.cpuUsage(cpu0);
  if (res.statusCode !== 200) throw new Error(res.body.slice(0, 500));
  return {
    seconds: Number(seconds.toFixed(2)),
    cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
    report: { ...res.json(), errors: res.json().errors.length },
  };
};
const dry = await time(true);
const confirmed = await time(false);
const stored = await t.ctx.db
  .selectFrom('indicator_values')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirstOrThrow();
const rollups = await t.ctx.db
  .selectFrom('indicator_rollups')
  .select((eb) => eb.fn.sum<number>('value_count').as('n'))
  .executeTakeFirstOrThrow();
console.log(
  JSON.stringify(
    {
      engine: t.ctx.dialect,
      cpus: cpus().length,
      load: loadavg().map((l) => Number(l.toFixed(2))),
      values: lines.length - 1,
      historyValues: SITES * INDICATORS * HISTORY,
      historySeconds,
      csvBytes: Buffer.byteLength(csv),
      dryRun: dry,
      confirmed,
      storedValues: Number(stored.n),
      valuesInRollups: Number(rollups.n),
      targetSeconds: 10,
    },
    null,
    2,
  ),
);
await t.close();
