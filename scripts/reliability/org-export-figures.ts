/**
 * Figures of the organisation export (docs/reliability.md, « Backup and restore »): time and size of the export of
 * an organisation, then the time of its dry run and of its import into a fresh migrated instance (SQLite in memory).
 *   npx tsx scripts/reliability/org-export-figures.ts demo            the demo organisations (seeded in memory)
 *   npx tsx scripts/reliability/org-export-figures.ts <essaim.sqlite> the organisation with the most records of a
 *                                                                     copy of a generated dataset (bench:data)
 * Each measure is run three times; the median is printed with the load average.
 */
import os from 'node:os';
import { openSqlite } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { parseEnv } from '../../src/server/env.ts';
import type { AppContext } from '../../src/server/context.ts';
import { runDemoSeeders } from '../../src/server/seed/demo-seeds.ts';
import { insertUser } from '../../src/server/accounts/users.repository.ts';
import { openArchive } from '../../src/server/org-transfer/org-transfer.archive.ts';
import { exportOrganisation } from '../../src/server/org-transfer/org-transfer.export.ts';
import { importArchive } from '../../src/server/org-transfer/org-transfer.import.ts';
import { validateArchive } from '../../src/server/org-transfer/org-transfer.validate.ts';

const source = process.argv[2] ?? 'demo';
const now = new Date();
const env = parseEnv({
  NODE_ENV: 'test',
  SEED_DEMO: 'false',
  PUBLIC_URL: 'http://localhost:3000',
  LOG_LEVEL: 'silent',
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    value = await run();
    times.push(performance.now() - start);
  }
  return { ms: median(times), value };
}

const handle = openSqlite(source === 'demo' ? ':memory:' : source);
await migrateToLatest(handle.db, 'sqlite');
if (source === 'demo') {
  const ctx: AppContext = { db: handle.db, dialect: 'sqlite', env, now: () => now };
  await runDemoSeeders(ctx);
}
const candidates = await handle.db
  .selectFrom('organisations')
  .leftJoin('projects', 'projects.organisation_id', 'organisations.id')
  .select((eb) => [
    'organisations.id',
    'organisations.name',
    eb.fn.count<number>('projects.id').as('projects'),
  ])
  .groupBy(['organisations.id', 'organisations.name'])
  .orderBy('projects', 'desc')
  .limit(source === 'demo' ? 100 : 1)
  .execute();
for (const organisation of candidates) {
  const exported = await timed(() => exportOrganisation(handle.db, 'sqlite', organisation.id, now));
  const { bytes, manifest } = exported.value;
  const rows = Object.values(manifest.counts).reduce((a, b) => a + b, 0);
  const target = openSqlite(':memory:');
  await migrateToLatest(target.db, 'sqlite');
  const admin = await insertUser(
    target.db,
    {
      email: 'admin@example.org',
      displayName: 'Admin',
      passwordHash: null,
      language: 'fr',
      platformRole: 'admin',
    },
    now,
  );
  const run = (dryRun: boolean) => async () => {
    const archive = openArchive(bytes);
    await validateArchive(target.db, 'sqlite', archive);
    return importArchive(target.db, archive, { actorUserId: admin, dryRun, now });
  };
  const dry = await timed(run(true));
  const start = performance.now();
  await run(false)();
  const real = performance.now() - start;
  console.log(
    `${organisation.name}: ${rows} rows (${Object.keys(manifest.checksums).filter((n) => n.startsWith('files/')).length} files), ` +
      `archive ${(bytes.length / 1e6).toFixed(2)} MB, export ${exported.ms.toFixed(0)} ms, dry run ${dry.ms.toFixed(0)} ms, ` +
      `import ${real.toFixed(0)} ms (medians of 3; load average ${os.loadavg()[0]!.toFixed(1)})`,
  );
  await target.close();
}
await handle.close();
