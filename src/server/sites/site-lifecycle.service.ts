import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/actor.ts';
import {
  assertCanWriteIn,
  hasOrganisationRole,
  readableOrganisationIds,
  requireActor,
} from '../auth/permissions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthorizedError,
  ValidationError,
  msg,
} from '../errors.ts';
import { rebuildModelRollups } from '../indicators/indicators.repository.ts';
import { assertSiteRight } from './site-access.ts';
import { FIT_INSTRUMENT } from './site-diagnostic.ts';
import { findRequest, insertMessage } from './site-requests.repository.ts';
import { excerpt, notifyOrganisation } from './sites.mail.ts';
import { getSiteRequest } from './site-requests.service.ts';
import { getSite, loadSite } from './sites.service.ts';

/**
 * What the replicator withdraws and the carrier puts in or takes out of the trash: a request withdrawn by its
 * author, a site deleted (and restored within 30 days) by the carrier, and the completed fit diagnostics a replicator
 * may attach to a request. Deleting or restoring a site rebuilds the model's roll-ups in the same transaction, so the
 * network dashboard never counts a deleted site's values, nor forgets a restored one's.
 */
export const SITE_TRASH_DAYS = 30;
const trashLimit = (ctx: AppContext) =>
  new Date(ctx.now().getTime() - SITE_TRASH_DAYS * 86_400_000).toISOString();

/** The author's organisation takes back a request the carrier has not accepted or declined yet. */
export async function withdrawSiteRequest(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: { version: number; reason: string },
) {
  const row = await findRequest(ctx.db, id);
  if (!row) throw actor ? new NotFoundError() : new UnauthorizedError();
  assertSiteRight(actor, row, 'read');
  const user = requireActor(actor);
  // Only the replicator's editors withdraw; the carrier declines instead.
  if (!hasOrganisationRole(user, row.organisation_id, 'editor')) throw new ForbiddenError();
  if (row.version !== input.version) throw new ConflictError(undefined, { currentVersion: row.version });
  if (row.status !== 'pending' && row.status !== 'questions')
    throw new ValidationError({
      status: msg(
        'Cette demande a déjà reçu une réponse définitive ou a été retirée : elle ne peut plus être retirée.',
        'This request already has a final answer or was withdrawn: it can no longer be withdrawn.',
      ),
    });
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('site_requests')
      .set({
        status: 'withdrawn',
        decision_reason: input.reason || null,
        updated_at: at,
        version: row.version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1)
      throw new ConflictError(undefined, { currentVersion: (await findRequest(trx, id))?.version ?? null });
    await insertMessage(trx, {
      id: randomUUID(),
      request_id: id,
      site_id: null,
      author_user_id: user.userId,
      author_organisation_id: row.organisation_id,
      kind: 'withdraw',
      body: input.reason,
      created_at: at,
    });
    await recordAudit(
      trx,
      {
        actorUserId: user.userId,
        action: 'site_request.withdraw',
        subjectType: 'site_request',
        subjectId: id,
        organisationId: row.organisation_id,
        details: {},
      },
      ctx.now(),
    );
    const text = msg(
      `La demande « ${row.name} » a été retirée par son auteur.`,
      `The request "${row.name}" was withdrawn by its author.`,
    );
    await notifyOrganisation(
      ctx,
      trx,
      row.carrier_organisation_id,
      {
        subject: text,
        paragraphs: [
          text,
          ...(input.reason
            ? [msg(`Raison : ${excerpt(input.reason)}`, `Reason: ${excerpt(input.reason)}`)]
            : []),
        ],
        path: `/sites/requests/${id}`,
      },
      user.userId,
    );
  });
  return getSiteRequest(ctx, actor, id);
}

/** The carrier puts a site in the trash; its values leave the network's roll-ups at once. */
export async function deleteSite(ctx: AppContext, actor: Actor | null, id: string, version: number) {
  const { row } = await loadSite(ctx, actor, id, 'publish');
  const user = requireActor(actor);
  if (row.version !== version) throw new ConflictError(undefined, { currentVersion: row.version });
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('sites')
      .set({ deleted_at: at, updated_by: user.userId, updated_at: at, version: row.version + 1 })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError(undefined, { currentVersion: null });
    await rebuildModelRollups(trx, row.model_id);
    await recordAudit(
      trx,
      {
        actorUserId: user.userId,
        action: 'site.delete',
        subjectType: 'site',
        subjectId: id,
        organisationId: row.carrier_organisation_id,
        details: { name: row.name },
      },
      ctx.now(),
    );
  });
}

async function findDeletedSite(ctx: AppContext, id: string) {
  return ctx.db
    .selectFrom('sites')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is not', null)
    .executeTakeFirst();
}

/** Takes a site back out of the trash within 30 days; its values count again in the roll-ups. */
export async function restoreSite(ctx: AppContext, actor: Actor | null, id: string) {
  const row = await findDeletedSite(ctx, id);
  if (!row) throw actor ? new NotFoundError() : new UnauthorizedError();
  assertSiteRight(actor, row, 'publish');
  const user = requireActor(actor);
  if (row.deleted_at! < trashLimit(ctx)) throw new NotFoundError();
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('sites')
      .set({ deleted_at: null, updated_by: user.userId, updated_at: at, version: row.version + 1 })
      .where('id', '=', id)
      .execute();
    await rebuildModelRollups(trx, row.model_id);
    await recordAudit(
      trx,
      {
        actorUserId: user.userId,
        action: 'site.restore',
        subjectType: 'site',
        subjectId: id,
        organisationId: row.carrier_organisation_id,
        details: { name: row.name },
      },
      ctx.now(),
    );
  });
  return getSite(ctx, actor, id);
}

/** Sites the actor's organisations carry and deleted less than 30 days ago, newest first. */
export async function listDeletedSites(ctx: AppContext, actorOrNull: Actor | null) {
  const actor = requireActor(actorOrNull);
  const ids = readableOrganisationIds(actor);
  if (ids !== null && ids.length === 0) return [];
  let q = ctx.db
    .selectFrom('sites')
    .innerJoin('models as m', 'm.id', 'sites.model_id')
    .select([
      'sites.id',
      'sites.name',
      'sites.deleted_at',
      'sites.carrier_organisation_id',
      'm.title as model_title',
    ])
    .where('sites.deleted_at', '>=', trashLimit(ctx));
  if (ids !== null) q = q.where('sites.carrier_organisation_id', 'in', ids);
  const rows = await q.orderBy('sites.deleted_at', 'desc').orderBy('sites.id').limit(200).execute();
  return rows
    .filter((r) => hasOrganisationRole(actor, r.carrier_organisation_id, 'editor'))
    .map((r) => ({ id: r.id, name: r.name, model: r.model_title, deletedAt: r.deleted_at! }));
}

/** The organisation's completed replicator-fit diagnostics, the ones worth attaching to a request (newest first). */
export async function listFitDiagnostics(ctx: AppContext, actorOrNull: Actor | null, organisationId: string) {
  const actor = requireActor(actorOrNull);
  assertCanWriteIn(actor, organisationId);
  const rows = await ctx.db
    .selectFrom('diagnostics')
    .select(['id', 'title', 'completed_at', 'territory_code'])
    .where('organisation_id', '=', organisationId)
    .where('instrument_id', '=', FIT_INSTRUMENT)
    .where('status', '=', 'completed')
    .where('deleted_at', 'is', null)
    .orderBy('completed_at', 'desc')
    .orderBy('id')
    .limit(100)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    completedAt: r.completed_at,
    territoryCode: r.territory_code,
  }));
}
