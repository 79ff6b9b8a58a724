/**
 * Figures of the library: import of N generated projects (CSV through the import service: parsing, checks,
 * batched inserts in one transaction; time and peak memory), then server time of /library/search (the service:
 * full-text match, facets with counts, total, first page) for 20 French queries, next to the raw full-text query
 * alone (FTS5 MATCH ordered by bm25, or tsvector @@ ordered by ts_rank), in the same run. The search keeps its
 * candidate sets until the next write (search.cache.ts): repeated queries and facet clicks are timed as they come
 * (warm); each query is also timed right after a write to one project (cold: a query nobody asked since the last
 * write; the write itself is not timed, the search reads the changed project into its index then runs the match).
 * The first search of a process (the database read directly while the whole index is read in the background, as
 * after a project deleted for good) and the time until the index is ready are given apart, and CPU time of this
 * process (less noisy than wall time on a shared machine) next to the cold runs.
 * SQLite in memory by default; PostgreSQL with ESSAIM_TEST_DB=postgres.
 * Run: npx tsx bench/library-search.ts [projects=100000] [runsPerQuery=10]
 */
import { cpus, loadavg } from 'node:os';
import { toSearchQuery } from '../src/core/search/french.ts';
import { createTestContext, createTestOrganisation, createTestUser } from '../src/server/test/harness.ts';
import { loadActor } from '../src/server/auth/sessions.ts';
import { importProjects } from '../src/server/library/import.service.ts';
import { searchLibrary } from '../src/server/library/search.service.ts';
import { searchQuery } from '../src/server/library/search.schemas.ts';
import { rawFullTextQuery } from '../src/server/library/search/index.ts';
import { clearSearchCache } from '../src/server/library/search.cache.ts';
import { dropSearchIndex, searchIndexSettled } from '../src/server/library/search.index.ts';
import { generateLibraryCsv } from './library-import.ts';

const N = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 10);

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return {
    p50: Number(at(0.5).toFixed(2)),
    p95: Number(at(0.95).toFixed(2)),
    max: Number(s[s.length - 1]!.toFixed(2)),
  };
}

console.log(
  `CPU: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const t = await createTestContext();
console.log(`engine: ${t.ctx.dialect}, projects: ${N}`);
const user = await createTestUser(t);
const orgId = await createTestOrganisation(t, user, [], 'Réseau de banc d’essai');
const actor = (await loadActor(t.ctx.db, decodeURIComponent(user.cookie.split('=')[1]!), t.ctx.now()))!;

// The generated file, as a French spreadsheet would send it (the same as bench/library-import.ts times alone).
const csv = generateLibraryCsv(N);
console.log(`CSV: ${(csv.length / 1e6).toFixed(1)} MB`);

const rssBefore = process.memoryUsage().rss;
let heapPeak = 0;
const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 20);
const start = performance.now();
const report = await importProjects(t.ctx, actor, csv, 'csv', {
  organisationId: orgId,
  dryRun: false,
  acceptValidRows: true,
  lang: 'fr',
});
const importMs = performance.now() - start;
clearInterval(sampler);
heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
console.log(
  `import: ${report.imported} imported, ${report.rejected.length} rejected, ${report.duplicates.length} duplicates in ${(importMs / 1000).toFixed(1)} s; ` +
    `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (RSS before ${(rssBefore / 1e6).toFixed(0)} MB), heap peak sampled ${(heapPeak / 1e6).toFixed(0)} MB`,
);
if (t.ctx.dialect === 'postgres')
  await t.ctx.db
    .executeQuery({ sql: 'analyze', parameters: [], query: { kind: 'RawNode' } } as never)
    .catch(() => undefined);

const QUERIES = [
  'énergie solaire',
  'hopital',
  'eau potable',
  'mobilité rurale',
  'cantine bio',
  'insertion emploi',
  'logement rénovation',
  'numérique',
  'jardins partagés',
  'vélo',
  'santé prévention',
  'culture village',
  'aidants',
  'réemploi déchets',
  'covoiturage',
  'habitat participatif',
  'agriculteurs circuits courts',
  'précarité énergétique',
  'tiers-lieu',
  'jeunes formation',
];
const full: number[] = [];
const withFilter: number[] = [];
const raw: number[] = [];
const cold: number[] = [];
const coldFilter: number[] = [];
const coldCpu: number[] = [];
const time = async (fn: () => Promise<unknown>, cpu?: number[]) => {
  const c = process.cpuUsage();
  const s = performance.now();
  await fn();
  const ms = performance.now() - s;
  if (cpu) {
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return ms;
};
// Cold runs follow a write to one of these projects (its kit switched), as any edit would.
const touched = (await t.ctx.db.selectFrom('projects').select('id').limit(100).execute()).map((r) => r.id);
let writes = 0;
const writeOne = () =>
  t.ctx.db
    .updateTable('projects')
    .set((eb) => ({ has_kit: eb(eb.val(1), '-', eb.ref('has_kit')) }))
    .where('id', '=', touched[writes++ % touched.length]!)
    .execute();
// A process's first search: it reads the database directly (search.direct.ts) and starts reading the whole index in
// the background; the time until the index is ready is given apart. Three times.
const firsts: number[] = [];
const builds: number[] = [];
for (let i = 0; i < 3; i++) {
  dropSearchIndex(t.ctx);
  clearSearchCache(t.ctx);
  const started = performance.now();
  firsts.push(await time(() => searchLibrary(t.ctx, null, searchQuery.parse({ q: 'vélo' }))));
  await searchIndexSettled(t.ctx);
  builds.push(performance.now() - started);
}
const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
console.log(`first search of a process (ms): ${list(firsts)}; index ready after (ms): ${list(builds)}`);
for (const q of QUERIES) {
  const params = searchQuery.parse({ q });
  const filtered = searchQuery.parse({ q, region: '84' });
  const text = toSearchQuery(q);
  for (let i = 0; i < 2; i++) {
    await searchLibrary(t.ctx, null, params);
    await rawFullTextQuery(t.ctx.dialect, text, 20).execute(t.ctx.db);
  }
  let total = 0;
  for (let i = 0; i < RUNS; i++) {
    raw.push(await time(() => rawFullTextQuery(t.ctx.dialect, text, 20).execute(t.ctx.db)));
    full.push(await time(async () => (total = (await searchLibrary(t.ctx, null, params)).total)));
    withFilter.push(await time(() => searchLibrary(t.ctx, null, filtered)));
  }
  for (let i = 0; i < RUNS; i++) {
    await writeOne();
    cold.push(await time(() => searchLibrary(t.ctx, null, params), coldCpu));
    await writeOne();
    coldFilter.push(await time(() => searchLibrary(t.ctx, null, filtered)));
  }
  const n = RUNS;
  console.log(
    `  « ${q} »: ${total} results; search p50 ${stats(full.slice(-n)).p50} ms, with région filter ${stats(withFilter.slice(-n)).p50} ms, cold ${stats(cold.slice(-n)).p50} ms, raw ${stats(raw.slice(-n)).p50} ms`,
  );
}
console.log(`search with facets (ms, ${full.length} runs):`, stats(full));
console.log(`search with facets and a région filter (ms):`, stats(withFilter));
console.log(`raw full-text query alone (ms):`, stats(raw));
console.log(`search with facets right after a write (cold) (ms):`, stats(cold));
console.log(`  CPU time of this process for it (ms):`, stats(coldCpu));
console.log(`the same with a région filter, right after a write (ms):`, stats(coldFilter));
const ratio = (a: number[]) => (stats(a).p95 / stats(raw).p95).toFixed(2);
console.log(
  `p95 ratio to the raw query: search ${ratio(full)}, with filter ${ratio(withFilter)}, cold ${ratio(cold)}, cold with filter ${ratio(coldFilter)}`,
);
// Browsing without text: counts and page from the index (search.index.ts) on both engines, first run right after
// a write, then repeated.
const BROWSES: [string, Record<string, string>][] = [
  ['no filter', {}],
  ['one theme', { theme: 'energy' }],
  ['région and phase', { region: '84', phase: 'operation' }],
  ['two themes, kit, newest first', { theme: 'water,health', hasKit: 'false', sort: 'date' }],
  ['by proximity to Rennes', { sort: 'proximity', near: '35238' }],
];
for (const [name, query] of BROWSES) {
  const params = searchQuery.parse(query);
  for (const reader of [null, actor]) {
    await writeOne();
    const first = await time(() => searchLibrary(t.ctx, reader, params));
    const runs: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS * 2; i++)
      runs.push(await time(async () => (total = (await searchLibrary(t.ctx, reader, params)).total)));
    console.log(
      `browse without a query, ${name}, ${reader ? 'member' : 'anonymous'} (${total} results) (ms): first ${first.toFixed(1)},`,
      stats(runs),
    );
  }
}
console.log(
  `load average at the end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
await t.close();
