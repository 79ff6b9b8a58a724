import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import { requireActor } from '../auth/permissions.ts';
import type { Db, Dialect } from '../../db/database.ts';
import type { ValueKind, ValueSource } from '../../db/tables/indicators.ts';
import type { AppContext } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError, msg } from '../errors.ts';
import { presentIndicator } from './dictionary.service.ts';
import { canWriteSite, siteFor } from './indicators.access.ts';
import {
  findIndicator,
  findValue,
  listIndicators,
  listSiteValues,
  refreshAfterInsert,
  refreshAfterWrite,
  valueExists,
  type IndicatorRow,
  type SiteRef,
  type ValueRow,
} from './indicators.repository.ts';
import type { ValueInput } from './indicators.schemas.ts';
import { checkValue, duplicateMessage } from './value-rules.ts';

/** Values one site reports, by form: list, add, correct (version), remove. Roll-ups follow in the same transaction. */
export function presentValue(row: ValueRow) {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    siteId: row.site_id,
    kind: row.kind,
    period: row.period,
    value: Number(row.value),
    source: row.source,
    version: row.version,
  };
}

export async function getSiteValues(ctx: AppContext, actor: Actor | null, siteId: string) {
  const site = await siteFor(ctx, actor, siteId, 'read');
  const [indicators, values, optOut] = await Promise.all([
    listIndicators(ctx.db, site.model_id),
    listSiteValues(ctx.db, site.id),
    ctx.db
      .selectFrom('indicator_reminder_opt_outs')
      .select('site_id')
      .where('site_id', '=', site.id)
      .executeTakeFirst(),
  ]);
  const live = new Set(indicators.map((i) => i.id));
  return {
    site: { id: site.id, name: site.name, modelId: site.model_id },
    indicators: indicators.map(presentIndicator),
    values: values.filter((v) => live.has(v.indicator_id)).map(presentValue),
    canEdit: canWriteSite(actor, site),
    remindersEnabled: !optOut,
  };
}

/** An indicator of the site's model, or a 400 naming the field. */
export async function indicatorOfSite(
  db: Db,
  site: SiteRef,
  indicatorId: string,
  field = 'indicatorId',
): Promise<IndicatorRow> {
  const indicator = await findIndicator(db, indicatorId);
  if (!indicator || indicator.model_id !== site.model_id)
    throw new ValidationError({
      [field]: msg(
        'Indicateur inconnu pour le modèle de ce site.',
        'Unknown indicator for this site’s model.',
      ),
    });
  return indicator;
}

export interface NewValue {
  indicatorId: string;
  siteId: string;
  kind: ValueKind;
  period: string;
  periodStart: string;
  value: number;
}

const CHUNK = 500;

let lastMs = 0;
let counter = 0;
/**
 * Time-ordered UUIDs (version 7, RFC 9562: 48-bit milliseconds, then a 12-bit counter that keeps ids of one
 * millisecond increasing, then random bits). A large upload's ids then land at the end of the primary-key index
 * instead of all over it: with a million values already stored, random ids made each insert touch a random page.
 */
export function orderedId(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else if (++counter > 0xfff) {
    lastMs += 1;
    counter = 0;
  }
  const random = randomUUID().replaceAll('-', '');
  const hex = `${lastMs.toString(16).padStart(12, '0')}7${counter.toString(16).padStart(3, '0')}${random.slice(16, 32)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byIndexKey = (a: NewValue, b: NewValue) =>
  cmp(a.indicatorId, b.indicatorId) ||
  cmp(a.siteId, b.siteId) ||
  cmp(a.kind, b.kind) ||
  cmp(a.periodStart, b.periodStart);

/** PostgreSQL takes a batch as one array per column: 12 arrays bound instead of 12 parameters a row. */
const PG_CHUNK = 10_000;

async function insertRowsPostgres(
  trx: Db,
  rows: readonly NewValue[],
  source: ValueSource,
  userId: string | null,
  at: string,
): Promise<void> {
  for (let i = 0; i < rows.length; i += PG_CHUNK) {
    const some = rows.slice(i, i + PG_CHUNK);
    await sql`insert into indicator_values (id, indicator_id, site_id, kind, period, period_start, value, source, created_by, created_at, updated_at, version)
      select u.id, u.indicator_id, u.site_id, u.kind, u.period, u.period_start, u.value, ${source}::text, ${userId}::text, ${at}::text, ${at}::text, 1
      from unnest(${some.map(() => orderedId())}::text[], ${some.map((v) => v.indicatorId)}::text[],
        ${some.map((v) => v.siteId)}::text[], ${some.map((v) => v.kind)}::text[], ${some.map((v) => v.period)}::text[],
        ${some.map((v) => v.periodStart)}::text[], ${some.map((v) => v.value)}::float8[])
        as u(id, indicator_id, site_id, kind, period, period_start, value)`.execute(trx);
  }
}

/**
 * Inserts values, in the order of the unique index (indicator, site, kind, period) so that each batch fills
 * neighbouring index pages, then refreshes the roll-ups they touch once, at the end, inside the caller's transaction.
 * On PostgreSQL (`dialect`, always the context's: a wrong one still works, only slower), batches go as column arrays: multi-row VALUES spent most of a 100,000-value upload
 * parsing and binding 6,000 parameters per statement.
 */
export async function insertValues(
  trx: Db,
  values: readonly NewValue[],
  source: ValueSource,
  userId: string | null,
  now: Date,
  dialect: Dialect,
): Promise<void> {
  const at = now.toISOString();
  const sorted = [...values].sort(byIndexKey);
  if (dialect === 'postgres') await insertRowsPostgres(trx, sorted, source, userId, at);
  else
    for (let i = 0; i < sorted.length; i += CHUNK) {
      await trx
        .insertInto('indicator_values')
        .values(
          sorted.slice(i, i + CHUNK).map((v) => ({
            id: orderedId(),
            indicator_id: v.indicatorId,
            site_id: v.siteId,
            kind: v.kind,
            period: v.period,
            period_start: v.periodStart,
            value: v.value,
            source,
            created_by: userId,
            created_at: at,
            updated_at: at,
            version: 1,
          })),
        )
        .execute();
    }
  await refreshAfterInsert(trx, sorted);
}

export async function addValue(
  ctx: AppContext,
  actorOrNull: Actor | null,
  siteId: string,
  input: ValueInput,
) {
  const actor = requireActor(actorOrNull);
  const site = await siteFor(ctx, actor, siteId, 'edit');
  const indicator = await indicatorOfSite(ctx.db, site, input.indicatorId);
  const checked = checkValue(indicator, input);
  if ('errors' in checked) throw new ValidationError(checked.errors);
  const key = {
    indicatorId: indicator.id,
    siteId: site.id,
    kind: input.kind,
    periodStart: checked.ok.period.start,
  };
  if (await valueExists(ctx.db, key))
    throw new ValidationError({ period: duplicateMessage(input.kind, checked.ok.period.label) });
  await ctx.db
    .transaction()
    .execute((trx) =>
      insertValues(
        trx,
        [{ ...key, period: checked.ok.period.label, value: checked.ok.value }],
        'form',
        actor.userId,
        ctx.now(),
        ctx.dialect,
      ),
    );
  const row = await ctx.db
    .selectFrom('indicator_values')
    .selectAll()
    .where('indicator_id', '=', key.indicatorId)
    .where('site_id', '=', key.siteId)
    .where('kind', '=', key.kind)
    .where('period_start', '=', key.periodStart)
    .executeTakeFirstOrThrow();
  return presentValue(row);
}

async function valueForEdit(ctx: AppContext, actor: Actor | null, id: string) {
  const row = await findValue(ctx.db, id);
  if (!row) throw new NotFoundError();
  const site = await siteFor(ctx, actor, row.site_id, 'edit');
  const indicator = await indicatorOfSite(ctx.db, site, row.indicator_id);
  return { row, indicator };
}

export async function updateValue(
  ctx: AppContext,
  actorOrNull: Actor | null,
  id: string,
  input: { value: number | string; unit?: string; version: number },
) {
  const actor = requireActor(actorOrNull);
  const { row, indicator } = await valueForEdit(ctx, actor, id);
  const checked = checkValue(indicator, { ...input, period: row.period });
  if ('errors' in checked) throw new ValidationError(checked.errors);
  const done = await ctx.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('indicator_values')
      .set({ value: checked.ok.value, updated_at: ctx.now().toISOString(), version: row.version + 1 })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await refreshAfterWrite(trx, [
      { indicatorId: row.indicator_id, kind: row.kind, periodStart: row.period_start, siteId: row.site_id },
    ]);
    return true;
  });
  if (!done) throw new ConflictError(undefined, { currentVersion: row.version });
  return presentValue((await findValue(ctx.db, id))!);
}

export async function deleteValue(ctx: AppContext, actorOrNull: Actor | null, id: string) {
  const actor = requireActor(actorOrNull);
  const { row } = await valueForEdit(ctx, actor, id);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('indicator_values').where('id', '=', id).execute();
    await refreshAfterWrite(trx, [
      { indicatorId: row.indicator_id, kind: row.kind, periodStart: row.period_start, siteId: row.site_id },
    ]);
  });
}
