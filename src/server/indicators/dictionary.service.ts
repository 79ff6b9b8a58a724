import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/actor.ts';
import { hasOrganisationRole, requireActor } from '../auth/permissions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError, msg } from '../errors.ts';
import { canReadDictionary, modelForCarrier, modelForReader } from './indicators.access.ts';
import { findIndicator, listIndicators, type IndicatorRow } from './indicators.repository.ts';
import type { IndicatorInput } from './indicators.schemas.ts';
import { ensureIndicatorReminderJob } from './reminders.ts';

/** The carrier's indicator dictionary for a model. */
export function presentIndicator(row: IndicatorRow) {
  return {
    id: row.id,
    modelId: row.model_id,
    name: row.name,
    definition: row.definition,
    unit: row.unit,
    valueType: row.value_type,
    frequency: row.frequency,
    aggregation: row.aggregation,
    higherIsBetter: row.higher_is_better === 1,
    noPersonalData: row.no_personal_data === 1,
    isPublic: row.is_public === 1,
    version: row.version,
  };
}
export type IndicatorOut = ReturnType<typeof presentIndicator>;

export async function getDictionary(ctx: AppContext, actor: Actor | null, modelId: string) {
  const model = await modelForReader(ctx, actor, modelId);
  const rows = await listIndicators(ctx.db, model.id);
  return {
    indicators: rows.map(presentIndicator),
    canEdit: hasOrganisationRole(actor, model.organisation_id, 'editor'),
  };
}

async function assertUniqueName(ctx: AppContext, modelId: string, name: string, exceptId?: string) {
  const same = (await listIndicators(ctx.db, modelId)).find(
    (i) => i.id !== exceptId && i.name.localeCompare(name, 'fr', { sensitivity: 'base' }) === 0,
  );
  if (same)
    throw new ValidationError({
      name: msg(
        `Un indicateur s’appelle déjà « ${same.name} ».`,
        `An indicator is already called "${same.name}".`,
      ),
    });
}

const columns = (input: IndicatorInput) => ({
  name: input.name,
  definition: input.definition,
  unit: input.unit,
  value_type: input.valueType,
  frequency: input.frequency,
  aggregation: input.aggregation,
  higher_is_better: input.higherIsBetter ? 1 : 0,
  no_personal_data: 1,
  is_public: input.isPublic ? 1 : 0,
});

export async function createIndicator(
  ctx: AppContext,
  actorOrNull: Actor | null,
  modelId: string,
  input: IndicatorInput,
) {
  const actor = requireActor(actorOrNull);
  const model = await modelForCarrier(ctx, actor, modelId, 'edit');
  await assertUniqueName(ctx, model.id, input.name);
  const id = randomUUID();
  const now = ctx.now().toISOString();
  const position = (await listIndicators(ctx.db, model.id)).length;
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('indicators')
      .values({
        id,
        model_id: model.id,
        organisation_id: model.organisation_id,
        ...columns(input),
        position,
        created_by: actor.userId,
        created_at: now,
        updated_by: actor.userId,
        updated_at: now,
        deleted_at: null,
        version: 1,
      })
      .execute();
    await ensureIndicatorReminderJob(trx, ctx.now());
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'indicator.create',
        subjectType: 'indicator',
        subjectId: id,
        organisationId: model.organisation_id,
      },
      ctx.now(),
    );
  });
  return presentIndicator((await findIndicator(ctx.db, id))!);
}

async function indicatorForEdit(ctx: AppContext, actor: Actor | null, id: string) {
  const row = await findIndicator(ctx.db, id);
  if (!row) throw new NotFoundError();
  await modelForCarrier(ctx, actor, row.model_id, 'edit');
  return row;
}

export async function updateIndicator(
  ctx: AppContext,
  actorOrNull: Actor | null,
  id: string,
  input: IndicatorInput & { version: number },
) {
  const actor = requireActor(actorOrNull);
  const row = await indicatorForEdit(ctx, actor, id);
  await assertUniqueName(ctx, row.model_id, input.name, row.id);
  const hasValues = await ctx.db
    .selectFrom('indicator_values')
    .select('id')
    .where('indicator_id', '=', id)
    .executeTakeFirst();
  if (hasValues && input.frequency !== row.frequency)
    throw new ValidationError({
      frequency: msg(
        'Des valeurs sont déjà saisies dans la fréquence actuelle : créez un autre indicateur pour changer de fréquence.',
        'Values already exist in the current frequency: create another indicator to change the frequency.',
      ),
    });
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('indicators')
      .set({
        ...columns(input),
        updated_by: actor.userId,
        updated_at: ctx.now().toISOString(),
        version: row.version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'indicator.update',
        subjectType: 'indicator',
        subjectId: id,
        organisationId: row.organisation_id,
      },
      ctx.now(),
    );
    return true;
  });
  if (!updated) throw new ConflictError(undefined, { currentVersion: row.version });
  return presentIndicator((await findIndicator(ctx.db, id))!);
}

/** Soft delete: the values stay in the database (and in audits) but leave the dashboard. */
export async function deleteIndicator(ctx: AppContext, actorOrNull: Actor | null, id: string) {
  const actor = requireActor(actorOrNull);
  const row = await indicatorForEdit(ctx, actor, id);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('indicators')
      .set({ deleted_at: ctx.now().toISOString(), updated_by: actor.userId })
      .where('id', '=', id)
      .execute();
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'indicator.delete',
        subjectType: 'indicator',
        subjectId: id,
        organisationId: row.organisation_id,
      },
      ctx.now(),
    );
  });
}

export { canReadDictionary };
