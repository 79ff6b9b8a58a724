import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { communsFor, type CommunsPhase, type CommunsStatus, type Stage } from '../../core/sites/stages.ts';
import type { Actor } from '../auth/actor.ts';
import { readableOrganisationIds, requireActor } from '../auth/permissions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { ConflictError, NotFoundError, UnauthorizedError, ValidationError, msg } from '../errors.ts';
import { findModel } from '../models/models.repository.ts';
import { assertSiteRight, type SiteRights } from './site-access.ts';
import { listDocuments } from './site-documents.service.ts';
import { listMessages, organisationNames } from './site-requests.repository.ts';
import {
  checklistProgress,
  pilotTerritoryCodes,
  presentAdaptations,
  presentFit,
  presentMessages,
  presentPermissions,
  presentSiteSummary,
  presentSteps,
  territoryRefs,
} from './sites.present.ts';
import {
  findSite,
  insertStageChange,
  kitContentOf,
  listAdaptations,
  listPublicSites,
  listSites,
  listStageChanges,
  listSteps,
  type SiteRow,
} from './sites.repository.ts';
import type { sitesQuery, updateSiteBody } from './sites.schemas.ts';

/**
 * Replication sites: the place, the kit version it follows, its stage (with the Les Communs phase and status) and its
 * history, adaptations, checklist, documents and thread. Visible to the site's organisation and the carrier only;
 * public pages list the sites the carrier marked public (name, territory, stage), nothing else.
 */
export async function loadSite(ctx: AppContext, actor: Actor | null, id: string, right: keyof SiteRights) {
  const row = await findSite(ctx.db, id);
  if (!row) throw actor ? new NotFoundError() : new UnauthorizedError();
  const rights = assertSiteRight(actor, row, right);
  return { row, rights };
}

export async function listSitesFor(
  ctx: AppContext,
  actorOrNull: Actor | null,
  query: z.infer<typeof sitesQuery>,
) {
  const actor = requireActor(actorOrNull);
  const rows = await listSites(ctx.db, {
    organisationIds: readableOrganisationIds(actor),
    scope: query.scope,
    ...(query.modelId ? { modelId: query.modelId } : {}),
    ...(query.stage ? { stage: query.stage } : {}),
  });
  return rows.map((r) => presentSiteSummary(r, { model: r.model_title, organisation: r.organisation_name }));
}

/** Public list of a published model's sites: only those the carrier marked public, and only name, territory, stage. */
export async function listPublicSitesOf(ctx: AppContext, modelId: string) {
  const model = await findModel(ctx.db, modelId);
  if (!model || model.latest_version === 0) throw new NotFoundError();
  const rows = await listPublicSites(ctx.db, modelId);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    territories: territoryRefs(r.territory_codes),
    region: r.region,
    stage: r.stage as Stage,
    dataNote: r.data_note,
  }));
}

export async function presentSite(ctx: AppContext, row: SiteRow, rights: SiteRights) {
  // Independent reads, sent together (the pool runs them side by side on PostgreSQL).
  const [content, model, names, adaptationRows, stepRows, history, documents, messages, pilotCodes] =
    await Promise.all([
      kitContentOf(ctx.db, row.model_id, row.model_version),
      findModel(ctx.db, row.model_id),
      organisationNames(ctx.db, [row.organisation_id]),
      listAdaptations(ctx.db, row.id),
      listSteps(ctx.db, row.id),
      listStageChanges(ctx.db, row.id),
      listDocuments(ctx, row.id),
      listMessages(ctx.db, { siteId: row.id }),
      pilotTerritoryCodes(ctx.db, row.model_id),
    ]);
  const adaptations = presentAdaptations(content, adaptationRows);
  const steps = presentSteps(content, stepRows);
  return {
    ...presentSiteSummary(row, {
      model: model?.title ?? '',
      organisation: names.get(row.organisation_id) ?? '',
    }),
    version: row.version,
    requestId: row.request_id,
    history: history.map((h) => ({
      fromStage: h.from_stage,
      toStage: h.to_stage,
      communsPhase: h.communs_phase,
      communsStatus: h.communs_status,
      note: h.note,
      changedAt: h.changed_at,
      changedBy: h.changed_by_name,
    })),
    adaptations,
    flaggedCount: adaptations.filter((a) => a.flagged).length,
    steps,
    progress: checklistProgress(steps),
    documents,
    messages: presentMessages(messages, row.carrier_organisation_id),
    fit: presentFit(row.territory_codes, pilotCodes),
    permissions: presentPermissions(rights),
  };
}

export async function getSite(ctx: AppContext, actor: Actor | null, id: string) {
  const { row, rights } = await loadSite(ctx, actor, id, 'read');
  return presentSite(ctx, row, rights);
}

export async function updateSite(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: z.infer<typeof updateSiteBody>,
) {
  const touchesPublic = input.isPublic !== undefined;
  const touchesSite =
    input.name !== undefined || input.stage !== undefined || input.communsStatus !== undefined;
  const { row } = await loadSite(ctx, actor, id, touchesPublic && !touchesSite ? 'publish' : 'edit');
  if (touchesPublic) assertSiteRight(actor, row, 'publish');
  const user = requireActor(actor);
  if (row.version !== input.version) throw new ConflictError(undefined, { currentVersion: row.version });
  const stage = input.stage ?? row.stage;
  const stageChanged = stage !== row.stage;
  const communs = communsFor(
    stage,
    row.communs_phase as CommunsPhase,
    input.communsStatus ?? (stageChanged ? undefined : (row.communs_status as CommunsStatus)),
  );
  if (input.communsStatus && communs.status !== input.communsStatus)
    throw new ValidationError({
      communsStatus: msg(
        'Ce statut ne convient pas à cette étape (un site arrêté est abandonné ou en pause ; un site en route n’est pas abandonné).',
        'This status does not fit this stage (a stopped site is abandoned or paused; a running site is not abandoned).',
      ),
    });
  const at = ctx.now().toISOString();
  const statusChanged = communs.status !== row.communs_status || communs.phase !== row.communs_phase;
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('sites')
      .set({
        name: input.name ?? row.name,
        stage,
        communs_phase: communs.phase,
        communs_status: communs.status,
        stage_changed_at: stageChanged ? at : row.stage_changed_at,
        is_public: input.isPublic === undefined ? row.is_public : input.isPublic ? 1 : 0,
        updated_by: user.userId,
        updated_at: at,
        version: row.version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1)
      throw new ConflictError(undefined, { currentVersion: (await findSite(trx, id))?.version ?? null });
    if (stageChanged || statusChanged)
      await insertStageChange(trx, {
        id: randomUUID(),
        site_id: id,
        from_stage: row.stage,
        to_stage: stage,
        communs_phase: communs.phase,
        communs_status: communs.status,
        note: input.stageNote,
        changed_by: user.userId,
        changed_at: at,
      });
    await recordAudit(
      trx,
      {
        actorUserId: user.userId,
        action: 'site.update',
        subjectType: 'site',
        subjectId: id,
        organisationId: row.organisation_id,
        details: {
          ...(input.name !== undefined && input.name !== row.name ? { name: [row.name, input.name] } : {}),
          ...(stageChanged ? { stage: [row.stage, stage] } : {}),
          ...(statusChanged ? { communsStatus: [row.communs_status, communs.status] } : {}),
          ...(touchesPublic ? { isPublic: input.isPublic } : {}),
        },
      },
      ctx.now(),
    );
  });
  return getSite(ctx, actor, id);
}
