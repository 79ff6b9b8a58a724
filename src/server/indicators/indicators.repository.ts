import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { IndicatorTable, IndicatorValueTable, ValueKind } from '../../db/tables/indicators.ts';

/** Kysely queries of the indicators capability, including the roll-up refresh run inside each write's transaction. */
export type IndicatorRow = IndicatorTable;
export type ValueRow = IndicatorValueTable;

export function findIndicator(db: Db, id: string): Promise<IndicatorRow | undefined> {
  return db
    .selectFrom('indicators')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export function listIndicators(db: Db, modelId: string, onlyPublic = false): Promise<IndicatorRow[]> {
  let q = db
    .selectFrom('indicators')
    .selectAll()
    .where('model_id', '=', modelId)
    .where('deleted_at', 'is', null);
  if (onlyPublic) q = q.where('is_public', '=', 1);
  return q.orderBy('position').orderBy('created_at').execute();
}

export function findModelRow(db: Db, id: string) {
  return db
    .selectFrom('models')
    .select(['id', 'organisation_id', 'title'])
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export function findSite(db: Db, id: string) {
  return db
    .selectFrom('sites')
    .select(['id', 'name', 'model_id', 'organisation_id', 'carrier_organisation_id', 'is_public'])
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}
export type SiteRef = NonNullable<Awaited<ReturnType<typeof findSite>>>;

/** True when one of the organisations has a live site of the model. */
export async function hasSiteIn(
  db: Db,
  modelId: string,
  organisationIds: readonly string[],
): Promise<boolean> {
  if (organisationIds.length === 0) return false;
  const row = await db
    .selectFrom('sites')
    .select('id')
    .where('model_id', '=', modelId)
    .where('organisation_id', 'in', [...organisationIds])
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

export function listSiteValues(db: Db, siteId: string, period?: string): Promise<ValueRow[]> {
  let q = db.selectFrom('indicator_values').selectAll().where('site_id', '=', siteId);
  if (period) q = q.where('period', '=', period);
  return q.orderBy('indicator_id').orderBy('period_start').orderBy('kind').execute();
}

export function findValue(db: Db, id: string): Promise<ValueRow | undefined> {
  return db.selectFrom('indicator_values').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function valueExists(
  db: Db,
  key: { indicatorId: string; siteId: string; kind: ValueKind; periodStart: string },
) {
  const row = await db
    .selectFrom('indicator_values')
    .select('id')
    .where('indicator_id', '=', key.indicatorId)
    .where('site_id', '=', key.siteId)
    .where('kind', '=', key.kind)
    .where('period_start', '=', key.periodStart)
    .executeTakeFirst();
  return row !== undefined;
}

/** IN lists stay short (SQLite and PostgreSQL both cap bound parameters; long lists also plan badly). */
const IN_CHUNK = 500;

function chunks<T>(items: readonly T[], size = IN_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Recomputes the roll-up rows of one indicator and kind from the raw values (all periods, or only `starts`): exact,
 * whatever happened before, and cheap because the bucket index covers it. Values of deleted sites are left out.
 */
export async function refreshRollups(
  trx: Db,
  indicatorId: string,
  kind: ValueKind,
  starts?: readonly string[],
): Promise<void> {
  if (starts && starts.length === 0) return;
  for (const some of starts ? chunks(starts) : [undefined]) {
    let del = trx
      .deleteFrom('indicator_rollups')
      .where('indicator_id', '=', indicatorId)
      .where('kind', '=', kind);
    if (some) del = del.where('period_start', 'in', some);
    await del.execute();
    let select = trx
      .selectFrom('indicator_values as v')
      .innerJoin('sites as s', 's.id', 'v.site_id')
      .where('s.deleted_at', 'is', null)
      .where('v.indicator_id', '=', indicatorId)
      .where('v.kind', '=', kind)
      .select([
        'v.indicator_id',
        'v.kind',
        'v.period_start',
        (eb) => eb.fn.min('v.period').as('period'),
        (eb) => eb.fn.sum<number>('v.value').as('value_sum'),
        (eb) => eb.fn.countAll<number>().as('value_count'),
      ])
      .groupBy(['v.indicator_id', 'v.kind', 'v.period_start']);
    if (some) select = select.where('v.period_start', 'in', some);
    await trx
      .insertInto('indicator_rollups')
      .columns(['indicator_id', 'kind', 'period_start', 'period', 'value_sum', 'value_count'])
      .expression(select)
      .execute();
  }
}

/** Recomputes each site's latest value for one indicator and kind (all sites, or only `siteIds`). */
export async function refreshLatest(
  trx: Db,
  indicatorId: string,
  kind: ValueKind,
  siteIds?: readonly string[],
): Promise<void> {
  if (siteIds && siteIds.length === 0) return;
  for (const some of siteIds ? chunks(siteIds) : [undefined]) {
    let del = trx
      .deleteFrom('indicator_site_latest')
      .where('indicator_id', '=', indicatorId)
      .where('kind', '=', kind);
    if (some) del = del.where('site_id', 'in', some);
    await del.execute();
    let select = trx
      .selectFrom('indicator_values as v')
      .where('v.indicator_id', '=', indicatorId)
      .where('v.kind', '=', kind)
      .where(
        'v.period_start',
        '=',
        sql<string>`(select max(w.period_start) from indicator_values w where w.indicator_id = v.indicator_id and w.site_id = v.site_id and w.kind = v.kind)`,
      )
      .select(['v.indicator_id', 'v.site_id', 'v.kind', 'v.period', 'v.period_start', 'v.value']);
    if (some) select = select.where('v.site_id', 'in', some);
    await trx
      .insertInto('indicator_site_latest')
      .columns(['indicator_id', 'site_id', 'kind', 'period', 'period_start', 'value'])
      .expression(select)
      .execute();
  }
}

export interface TouchedValue {
  indicatorId: string;
  kind: ValueKind;
  periodStart: string;
  siteId: string;
}

/** The touched keys by indicator and kind, with their distinct period starts and sites. */
function groupTouched(touched: readonly TouchedValue[]) {
  const groups = new Map<
    string,
    { indicatorId: string; kind: ValueKind; starts: Set<string>; sites: Set<string> }
  >();
  for (const t of touched) {
    const key = `${t.indicatorId}|${t.kind}`;
    let g = groups.get(key);
    if (!g) {
      g = { indicatorId: t.indicatorId, kind: t.kind, starts: new Set(), sites: new Set() };
      groups.set(key, g);
    }
    g.starts.add(t.periodStart);
    g.sites.add(t.siteId);
  }
  return [...groups.values()];
}

/**
 * Serialises roll-up refreshes per indicator. Each refresh deletes and re-inserts the buckets it touches from the
 * raw values; on PostgreSQL two transactions refreshing the same bucket at once (two sites uploading the same month)
 * would both insert it (a unique violation, so a valid upload refused) or each miss the other's values. A no-op
 * update takes the indicator rows' write locks until commit, on both engines without dialect-specific SQL (SQLite
 * already runs one writer at a time); the statements after it read the values the other transaction committed.
 * Ids are locked in sorted order so two refreshes over the same indicators cannot deadlock.
 */
async function lockIndicators(trx: Db, indicatorIds: Iterable<string>): Promise<void> {
  for (const id of [...new Set(indicatorIds)].sort())
    await trx
      .updateTable('indicators')
      .set((eb) => ({ version: eb.ref('version') }))
      .where('id', '=', id)
      .execute();
}

/**
 * After a correction or a deletion: recompute exactly the roll-up buckets and the latest values it touched (a
 * deleted latest value hands over to the site's previous one, which only the raw values know).
 */
export async function refreshAfterWrite(trx: Db, touched: readonly TouchedValue[]): Promise<void> {
  await lockIndicators(
    trx,
    touched.map((t) => t.indicatorId),
  );
  for (const g of groupTouched(touched)) {
    await refreshRollups(trx, g.indicatorId, g.kind, [...g.starts]);
    await refreshLatest(trx, g.indicatorId, g.kind, [...g.sites]);
  }
}

/**
 * After new values were inserted (form, upload, reporting link, demo), once per transaction: the touched roll-up
 * buckets are recomputed from the raw values (only those periods, however long the history), and each site's latest
 * value is raised to the newest inserted one where it is newer: an upsert that needs no scan of the site's history
 * and gives the same result as a recompute, since an insert can only add a newer period or leave the latest as is.
 */
export async function refreshAfterInsert(
  trx: Db,
  inserted: readonly (TouchedValue & { period: string; value: number })[],
): Promise<void> {
  await lockIndicators(
    trx,
    inserted.map((v) => v.indicatorId),
  );
  for (const g of groupTouched(inserted)) await refreshRollups(trx, g.indicatorId, g.kind, [...g.starts]);
  const newest = new Map<string, TouchedValue & { period: string; value: number }>();
  for (const v of inserted) {
    const key = `${v.indicatorId}|${v.kind}|${v.siteId}`;
    const current = newest.get(key);
    if (!current || current.periodStart < v.periodStart) newest.set(key, v);
  }
  // 6 parameters a row: 500 rows stay well under SQLite's and PostgreSQL's limits.
  for (const some of chunks([...newest.values()]))
    await trx
      .insertInto('indicator_site_latest')
      .values(
        some.map((v) => ({
          indicator_id: v.indicatorId,
          site_id: v.siteId,
          kind: v.kind,
          period: v.period,
          period_start: v.periodStart,
          value: v.value,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['indicator_id', 'kind', 'site_id'])
          .doUpdateSet((eb) => ({
            period: eb.ref('excluded.period'),
            period_start: eb.ref('excluded.period_start'),
            value: eb.ref('excluded.value'),
          }))
          .where('indicator_site_latest.period_start', '<', (eb) => eb.ref('excluded.period_start')),
      )
      .execute();
}

/** Rebuilds every roll-up of a model's indicators (after a site is deleted or restored, and in the benchmark). */
export async function rebuildModelRollups(trx: Db, modelId: string): Promise<void> {
  const indicators = await trx
    .selectFrom('indicators')
    .select('id')
    .where('model_id', '=', modelId)
    .execute();
  await lockIndicators(
    trx,
    indicators.map((i) => i.id),
  );
  for (const { id } of indicators)
    for (const kind of ['baseline', 'target', 'actual'] as const) {
      await refreshRollups(trx, id, kind);
      await refreshLatest(trx, id, kind);
    }
}
