import type { Actor } from '../auth/actor.ts';
import { hasOrganisationRole, requireActor } from '../auth/permissions.ts';
import type { Db } from '../../db/database.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { ConflictError, ForbiddenError } from '../errors.ts';
import { modelForCarrier, siteFor } from './indicators.access.ts';

/** The carrier's dashboard settings per model, and each site's opt-out from the late-reporting reminders. */
export const DEFAULT_SETTINGS = {
  stalledDays: 365,
  graceDays: 30,
  remindersEnabled: true,
  publicDashboard: false,
  version: 1,
};
export type Settings = typeof DEFAULT_SETTINGS;

export async function readSettings(db: Db, modelId: string): Promise<Settings> {
  const row = await db
    .selectFrom('indicator_settings')
    .selectAll()
    .where('model_id', '=', modelId)
    .executeTakeFirst();
  if (!row) return { ...DEFAULT_SETTINGS };
  return {
    stalledDays: row.stalled_days,
    graceDays: row.grace_days,
    remindersEnabled: row.reminders_enabled === 1,
    publicDashboard: row.public_dashboard === 1,
    version: row.version,
  };
}

export async function getSettings(ctx: AppContext, actor: Actor | null, modelId: string) {
  const model = await modelForCarrier(ctx, actor, modelId, 'read');
  return {
    ...(await readSettings(ctx.db, model.id)),
    canEdit: hasOrganisationRole(actor, model.organisation_id, 'editor'),
  };
}

export async function updateSettings(
  ctx: AppContext,
  actorOrNull: Actor | null,
  modelId: string,
  input: Settings,
) {
  const actor = requireActor(actorOrNull);
  const model = await modelForCarrier(ctx, actor, modelId, 'edit');
  const current = await readSettings(ctx.db, model.id);
  if (current.version !== input.version)
    throw new ConflictError(undefined, { currentVersion: current.version });
  const values = {
    stalled_days: input.stalledDays,
    grace_days: input.graceDays,
    reminders_enabled: input.remindersEnabled ? 1 : 0,
    public_dashboard: input.publicDashboard ? 1 : 0,
    updated_by: actor.userId,
    updated_at: ctx.now().toISOString(),
    version: current.version + 1,
  };
  const ok = await ctx.db.transaction().execute(async (trx) => {
    const exists = await trx
      .selectFrom('indicator_settings')
      .select('version')
      .where('model_id', '=', model.id)
      .executeTakeFirst();
    if (!exists) {
      await trx
        .insertInto('indicator_settings')
        .values({ model_id: model.id, ...values })
        .execute();
    } else {
      const result = await trx
        .updateTable('indicator_settings')
        .set(values)
        .where('model_id', '=', model.id)
        .where('version', '=', input.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
    }
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'indicator.settings',
        subjectType: 'model',
        subjectId: model.id,
        organisationId: model.organisation_id,
      },
      ctx.now(),
    );
    return true;
  });
  if (!ok)
    throw new ConflictError(undefined, { currentVersion: (await readSettings(ctx.db, model.id)).version });
  return getSettings(ctx, actor, model.id);
}

/** The site's own organisation decides whether it receives reminders (its editors, not the carrier). */
export async function setReminderOptIn(
  ctx: AppContext,
  actorOrNull: Actor | null,
  siteId: string,
  enabled: boolean,
) {
  const actor = requireActor(actorOrNull);
  const site = await siteFor(ctx, actor, siteId, 'read');
  if (!hasOrganisationRole(actor, site.organisation_id, 'editor')) throw new ForbiddenError();
  if (enabled)
    await ctx.db.deleteFrom('indicator_reminder_opt_outs').where('site_id', '=', site.id).execute();
  else
    await ctx.db
      .insertInto('indicator_reminder_opt_outs')
      .values({ site_id: site.id, created_by: actor.userId, created_at: ctx.now().toISOString() })
      .onConflict((oc) => oc.column('site_id').doNothing())
      .execute();
  return { enabled };
}
