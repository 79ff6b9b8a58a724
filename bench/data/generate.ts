/**
 * Deterministic dataset for the performance bench (issue #10): `npm run bench:data -- --size S|M|L [--out dir]`.
 * Everything goes through the services (sign-up, organisations, project import, models and kits, diagnostics,
 * training), so every rule of the API applies; the content comes from a fixed seed and a fixed clock. SQLite in
 * `--out` (or ESSAIM_DATA_DIR, else data/bench-<size>), PostgreSQL when DATABASE_URL is set (add
 * `?options=-c%20search_path%3Dbench_m` to keep it in a schema of its own). Refuses a database that already holds
 * projects. Replication sites go through the sites repository's insert (what an accepted request writes) and their
 * indicator values through the values service's batch insert, which keeps the dashboard's roll-ups up to date.
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { createRandom } from './random.ts';
import { datasetContext, places, SIZES, type SizeSpec } from './context.ts';
import { generateAccounts } from './accounts.ts';
import { generateProjects } from './projects.ts';
import { generateModels } from './models.ts';
import { generateDiagnostics } from './diagnostics.ts';
import { generateTraining } from './training.ts';
import { openTarget, resolveTarget } from './open.ts';
import { generateSites } from './sites.ts';
import { generateIndicatorValues } from './indicators.ts';
import { runQueuedJobs } from './jobs.ts';

export const SEED = 20_261_126;

const { values } = parseArgs({ options: { size: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } } });
const size = (values.size ?? '').toUpperCase();
if (!(size in SIZES)) {
  console.error('--size : S, M ou L attendu (--size: S, M or L expected).');
  process.exit(2);
}
const spec: SizeSpec = SIZES[size as keyof typeof SIZES];
const seed = values.seed === undefined ? SEED : Number(values.seed);
if (!Number.isInteger(seed)) {
  console.error('--seed : un entier est attendu (--seed: an integer is expected).');
  process.exit(2);
}
const target = resolveTarget({ out: values.out, size });
const handle = await openTarget(target);
if (handle.native) {
  // Generation only (the server keeps its own settings): a 1 GiB page cache, so that the indexes of 10 million
  // indicator values stay in memory instead of being read back page by page from the file (the default 2 MB cache
  // held under a tenth of S's indexes), and no sync to disk at checkpoints: a generation that crashes is run again.
  handle.native.pragma('cache_size = -1048576');
  handle.native.pragma('synchronous = OFF');
}
const started = performance.now();
const cpuAtStart = process.cpuUsage();
/** Wall time, then the CPU time of this process (what the machine's load does not change), since the start. */
const log = (line: string) => {
  const cpu = process.cpuUsage(cpuAtStart);
  const wall = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
  console.log(`${wall} s (cpu ${((cpu.user + cpu.system) / 1e6).toFixed(1).padStart(6)} s) ${line}`);
};
try {
  await migrateToLatest(handle.db, handle.dialect);
  const existing = await handle.db.selectFrom('projects').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) {
    throw new Error(`la base contient déjà ${existing.n} projets : choisissez un dossier (--out) ou un schéma vide (the database already holds ${existing.n} projects: choose an empty one).`);
  }
  log(`size ${size} (seed ${seed}) into ${target.describe}`);
  const ctx = datasetContext(handle);
  const random = createRandom(seed);
  const where = places();
  const accounts = await generateAccounts(ctx, random, where, spec.organisations);
  log(`accounts: 1 administrator, 1 facilitator, ${accounts.carriers.length} organisations with their owners`);
  const projects = await generateProjects(ctx, random, where, accounts.carriers, spec.projects, log);
  log(`projects: ${projects}`);
  const models = await generateModels(ctx, random, accounts.carriers, spec.models, log);
  log(`models: ${models.models}, ${models.published} with a published kit`);
  const diagnostics = await generateDiagnostics(ctx, random, accounts.carriers, spec.diagnostics, log);
  log(`diagnostics: ${diagnostics.diagnostics}, ${diagnostics.completed} completed`);
  const training = await generateTraining(ctx, random, accounts.facilitator, accounts.carriers, spec.trainingSessions);
  log(`training: ${training.sessions} sessions, ${training.registrations} registrations`);
  const sites = await generateSites(ctx, random, where, accounts.carriers, spec.sites, log);
  const largest = sites.models[0];
  log(`sites: ${sites.sites.length} over ${sites.models.length} networks (largest: ${largest?.sites ?? 0})`);
  const indicators = await generateIndicatorValues(ctx, random, accounts.carriers, sites, spec.indicatorValues, log);
  log(`indicators: ${indicators.indicators}, values: ${indicators.values}`);
  // The e-mails the generated activity queued (sign-ups, invitations, registrations: about 80,000 on L) would have
  // gone out long before anyone measures; left pending, the first server started spends the scenarios draining them.
  log(`queued jobs run: ${await runQueuedJobs(ctx)}`);
  // Then under today's clock, as the first server started would: the monthly reminders due now and their e-mails.
  log(`jobs due today run: ${await runQueuedJobs({ ...ctx, now: () => new Date() })}`);
  // Fresh statistics, as an operator would have after the first autovacuum / `analyze`.
  await sql`analyze`.execute(handle.db);
  log('done');
} catch (error) {
  console.error(`bench:data : ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
