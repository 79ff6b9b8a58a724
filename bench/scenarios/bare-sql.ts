import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import { toFts5Match, toSearchQuery, toTsQuery } from '../../src/core/search/french.ts';
import type { Fixtures } from './fixtures.ts';
import type { NetworkFixtures } from './network-fixtures.ts';

/**
 * The SQL a scenario cannot do without, run alone from the bench process on the same database: what the server
 * time is compared with. No permission checks, no validation, no presentation, no HTTP.
 */
export type BareSql = (handle: DatabaseHandle, i: number) => Promise<unknown>;

export const SEARCH_QUERIES = [
  'énergie solaire',
  'cantine bio',
  'garage solidaire',
  'insertion',
  'habitat participatif',
  'médiation numérique',
  'jardins partagés',
  'maison de santé',
  'ressourcerie',
  'covoiturage',
  'légumerie',
  'tiers-lieu',
];

/** Top 20 matches by rank, and the facet counts over every match. */
export const bareSearch: BareSql = async ({ db, dialect }, i) => {
  const query = toSearchQuery(SEARCH_QUERIES[i % SEARCH_QUERIES.length]!);
  if (dialect === 'postgres') {
    const tsq = toTsQuery(query);
    await sql`select id from projects where search_vector @@ to_tsquery('simple', ${tsq}) order by ts_rank(search_vector, to_tsquery('simple', ${tsq})) desc limit 20`.execute(
      db,
    );
    return sql`select f.facet, f.value, count(*) as n from project_facets f where f.project_id in (select id from projects where search_vector @@ to_tsquery('simple', ${tsq})) group by f.facet, f.value`.execute(
      db,
    );
  }
  const match = toFts5Match(query);
  await sql`select s.project_id from projects_fts join project_search s on s.doc = projects_fts.rowid where projects_fts match ${match} order by rank limit 20`.execute(
    db,
  );
  return sql`select f.facet, f.value, count(*) as n from project_facets f where f.project_id in (select s.project_id from projects_fts join project_search s on s.doc = projects_fts.rowid where projects_fts match ${match}) group by f.facet, f.value`.execute(
    db,
  );
};

export const bareProject =
  (f: Fixtures): BareSql =>
  async ({ db }, i) => {
    const id = f.publicProjectIds[i % f.publicProjectIds.length]!;
    await db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
    await db.selectFrom('project_territories').selectAll().where('project_id', '=', id).execute();
    return db.selectFrom('project_facets').selectAll().where('project_id', '=', id).execute();
  };

export const bareKit =
  (f: Fixtures): BareSql =>
  async ({ db }, i) => {
    const kit = f.kits[i % f.kits.length]!;
    const row = await db
      .selectFrom('model_versions as v')
      .innerJoin('models as m', 'm.id', 'v.model_id')
      .select(['v.content', 'v.resources', 'v.published_at', 'm.organisation_id', 'm.project_id'])
      .where('v.model_id', '=', kit.modelId)
      .where('v.number', '=', kit.number)
      .executeTakeFirstOrThrow();
    return db
      .selectFrom('organisations')
      .select('name')
      .where('id', '=', row.organisation_id)
      .executeTakeFirst();
  };

/** The optimistic update of the answers and the row read back. */
export const bareSubmission =
  (f: Fixtures): BareSql =>
  async ({ db }) => {
    const d = f.bareDiagnostic;
    const result = await db
      .updateTable('diagnostics')
      .set({
        answers: JSON.stringify(f.answers),
        updated_at: new Date().toISOString(),
        version: d.version + 1,
      })
      .where('id', '=', d.id)
      .where('version', '=', d.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new Error('bare submission: stale version');
    d.version++;
    return db.selectFrom('diagnostics').selectAll().where('id', '=', d.id).executeTakeFirst();
  };

/** The reads of the registration's critical section: the session's state and the tally (the insert is not repeated). */
export const bareRegistration =
  (f: Fixtures): BareSql =>
  async ({ db }) => {
    await db
      .selectFrom('training_sessions')
      .select(['status', 'capacity', 'registration_deadline'])
      .where('id', '=', f.trainingSessionId)
      .executeTakeFirst();
    return db
      .selectFrom('training_registrations')
      .select([
        'status',
        (eb) => eb.fn.countAll<number>().as('n'),
        (eb) => eb.fn.max('position').as('max_position'),
      ])
      .where('session_id', '=', f.trainingSessionId)
      .groupBy('status')
      .execute();
  };

/** The dashboard's reads: the network's sites, its indicators, their roll-ups and each site's latest actual value. */
export const bareDashboard =
  (n: NetworkFixtures): BareSql =>
  async ({ db }) => {
    const ids = n.indicators.map((i) => i.id);
    await db
      .selectFrom('sites')
      .select(['id', 'name', 'departement', 'region', 'stage', 'stage_changed_at', 'is_public'])
      .where('model_id', '=', n.modelId)
      .where('deleted_at', 'is', null)
      .orderBy('name')
      .execute();
    await db.selectFrom('indicators').selectAll().where('model_id', '=', n.modelId).execute();
    await db
      .selectFrom('indicator_rollups')
      .selectAll()
      .where('indicator_id', 'in', ids)
      .orderBy('indicator_id')
      .orderBy('period_start')
      .execute();
    return db
      .selectFrom('indicator_site_latest')
      .select(['indicator_id', 'site_id', 'period', 'period_start'])
      .where('kind', '=', 'actual')
      .where('indicator_id', 'in', ids)
      .execute();
  };

/** The reads of an upload's checks: the network's sites, its indicators and the duplicate lookup (no insert). */
export const bareUpload =
  (n: NetworkFixtures): BareSql =>
  async ({ db }, i) => {
    await db
      .selectFrom('sites')
      .select(['id', 'name', 'organisation_id'])
      .where('model_id', '=', n.modelId)
      .where('deleted_at', 'is', null)
      .execute();
    await db.selectFrom('indicators').selectAll().where('model_id', '=', n.modelId).execute();
    return db
      .selectFrom('indicator_values')
      .select(['indicator_id', 'site_id', 'kind', 'period_start'])
      .where(
        'indicator_id',
        'in',
        n.indicators.map((x) => x.id),
      )
      .where('period_start', '=', `${2000 + (i % 20)}-01-01`)
      .execute();
  };

/** Median and 95th percentile of `runs` sequential calls, after a warm-up. */
export async function timeBareSql(
  handle: DatabaseHandle,
  query: BareSql,
  runs = 200,
): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 20; i++) await query(handle, i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await query(handle, i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(runs / 2)]!, p95: times[Math.floor(runs * 0.95)]! };
}
