/**
 * Upload of indicator values by CSV: 100,000 values (1,000 sites x 10 monthly indicators x 10 months), written the
 * French way (semicolons, decimal comma, BOM), sent through app.inject: the dry run (parse, checks, duplicate lookup)
 * then the confirmed upload (same checks, batched inserts and roll-up refresh in one transaction). Target: < 10 s.
 * SQLite in memory by default; PostgreSQL with ESSAIM_TEST_DB=postgres.
 * Run: npx tsx bench/indicator-upload.ts [sites=1000] [indicators=10] [months=10]
 */
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { makeIndicator, uploadCsv } from '../src/server/indicators/indicators.test-support.ts';
import { makeModel } from '../src/server/models/models.test-support.ts';
import { createTestContext, createTestOrganisation, createTestUser } from '../src/server/test/harness.ts';

const SITES = Number(process.argv[2] ?? 1000);
const INDICATORS = Number(process.argv[3] ?? 10);
const MONTHS = Number(process.argv[4] ?? 10);

const t = await createTestContext();
const editor = await createTestUser(t);
const carrier = await createTestOrganisation(t, editor, [], 'Association nationale');
const { modelId } = await makeModel(t, editor, carrier, true);
const names: string[] = [];
for (let i = 0; i < INDICATORS; i++) {
  names.push(`Indicateur ${i + 1}`);
  await makeIndicator(t, editor, modelId, {
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
  const res = await uploadCsv(t, editor, modelId, csv, dryRun);
  const seconds = (performance.now() - t0) / 1000;
  if (res.statusCode !== 200) throw new Error(res.body.slice(0, 500));
  return { seconds: Number(seconds.toFixed(2)), report: { ...res.json(), errors: res.json().errors.length } };
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
