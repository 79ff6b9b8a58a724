import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ModelContent } from '../../core/models/model.schemas.ts';
import type { Actor } from '../auth/actor.ts';
import {
  assertCanWriteIn,
  hasOrganisationRole,
  readableOrganisationIds,
  requireActor,
} from '../auth/permissions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { ConflictError, NotFoundError, UnauthorizedError, ValidationError, msg } from '../errors.ts';
import { findModel, findVersion } from '../models/models.repository.ts';
import { summariseFitDiagnostic } from './site-diagnostic.ts';
import { assertSiteRight, authorOrganisationOf, siteRights } from './site-access.ts';
import { resolveSiteTerritory, territoriesOf } from './site-territories.ts';
import { excerpt, notifyOrganisation } from './sites.mail.ts';
import { insertSite } from './sites.repository.ts';
import {
  findOpenRequest,
  findRequest,
  insertMessage,
  listMessages,
  listRequests,
  organisationNames,
  type RequestRow,
} from './site-requests.repository.ts';
import type { createRequestBody, decisionBody, requestsQuery } from './sites.schemas.ts';
import { presentMessages } from './sites.present.ts';

/**
 * Requests to reproduce a published kit: the replicator's organisation asks, the carrier (the model's organisation)
 * accepts, asks questions or declines with a reason; both write in the thread; each side is told by e-mail.
 * Accepting creates the site at stage `interest`, following the requested kit version.
 */
const requestPath = (id: string) => `/sites/requests/${id}`;

export async function createSiteRequest(
  ctx: AppContext,
  actorOrNull: Actor | null,
  input: z.infer<typeof createRequestBody>,
) {
  const actor = requireActor(actorOrNull);
  assertCanWriteIn(actor, input.organisationId);
  const model = await findModel(ctx.db, input.modelId);
  const kit =
    model && model.latest_version > 0
      ? await findVersion(ctx.db, input.modelId, input.modelVersion)
      : undefined;
  if (!model || !kit)
    throw new ValidationError({
      modelVersion: msg(
        'Ce kit n’est pas publié dans cette version.',
        'This kit is not published in this version.',
      ),
    });
  if (model.organisation_id === input.organisationId)
    throw new ValidationError({
      organisationId: msg(
        'Votre organisation porte déjà ce modèle : choisissez l’organisation qui reproduit le projet.',
        'Your organisation already carries this model: choose the organisation that reproduces the project.',
      ),
    });
  const territory = resolveSiteTerritory(input.territoryCodes);
  const diagnostic = input.diagnosticId
    ? await summariseFitDiagnostic(ctx, input.diagnosticId, input.organisationId)
    : null;
  if (await findOpenRequest(ctx.db, input.modelId, input.organisationId))
    throw new ValidationError({
      organisationId: msg(
        'Votre organisation a déjà une demande en cours pour ce kit.',
        'Your organisation already has an open request for this kit.',
      ),
    });
  const id = randomUUID();
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('site_requests')
      .values({
        id,
        model_id: model.id,
        model_version: input.modelVersion,
        organisation_id: input.organisationId,
        carrier_organisation_id: model.organisation_id,
        name: input.name,
        territory_codes: JSON.stringify(territory.codes),
        motivation: input.motivation,
        diagnostic_id: input.diagnosticId ?? null,
        diagnostic_summary: diagnostic ? JSON.stringify(diagnostic) : null,
        status: 'pending',
        decision_reason: null,
        decided_by: null,
        decided_at: null,
        site_id: null,
        created_by: actor.userId,
        created_at: at,
        updated_at: at,
        version: 1,
      })
      .execute();
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'site_request.create',
        subjectType: 'site_request',
        subjectId: id,
        organisationId: input.organisationId,
        details: { modelId: model.id },
      },
      ctx.now(),
    );
    await notifyOrganisation(
      ctx,
      trx,
      model.organisation_id,
      {
        subject: msg(
          `Nouvelle demande pour reproduire « ${model.title} »`,
          `New request to reproduce "${model.title}"`,
        ),
        paragraphs: [
          msg(
            `« ${input.name} » souhaite reproduire votre projet avec la version ${input.modelVersion} du kit.`,
            `"${input.name}" wishes to reproduce your project with version ${input.modelVersion} of the kit.`,
          ),
          msg(`Motivation : ${excerpt(input.motivation)}`, `Motivation: ${excerpt(input.motivation)}`),
        ],
        path: requestPath(id),
      },
      actor.userId,
    );
  });
  return getSiteRequest(ctx, actor, id);
}

async function loadRequest(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  right: 'read' | 'write' | 'publish',
) {
  const row = await findRequest(ctx.db, id);
  if (!row) throw actor ? new NotFoundError() : new UnauthorizedError();
  assertSiteRight(actor, row, right);
  return row;
}

async function present(ctx: AppContext, actor: Actor | null, row: RequestRow, withThread: boolean) {
  const names = await organisationNames(ctx.db, [row.organisation_id, row.carrier_organisation_id]);
  const model = await findModel(ctx.db, row.model_id);
  const rights = siteRights(actor, row);
  return {
    id: row.id,
    model: { id: row.model_id, title: model?.title ?? '', version: row.model_version },
    organisation: { id: row.organisation_id, name: names.get(row.organisation_id) ?? null },
    carrier: { id: row.carrier_organisation_id, name: names.get(row.carrier_organisation_id) ?? null },
    name: row.name,
    territories: territoriesOf(JSON.parse(row.territory_codes) as string[]).map((t) => ({
      code: t.code,
      type: t.type,
      name: t.name,
    })),
    motivation: row.motivation,
    diagnostic: row.diagnostic_summary ? JSON.parse(row.diagnostic_summary) : null,
    status: row.status,
    decisionReason: row.decision_reason,
    decidedAt: row.decided_at,
    // A site in the trash (or gone) is not linked: its page would answer 404. `siteDeleted` says why there is none.
    siteId: row.live_site_id,
    siteDeleted: row.site_id !== null && row.live_site_id === null,
    createdAt: row.created_at,
    version: row.version,
    canDecide: rights.publish && (row.status === 'pending' || row.status === 'questions'),
    canWrite: rights.write && row.status !== 'declined' && row.status !== 'withdrawn',
    canWithdraw:
      hasOrganisationRole(actor, row.organisation_id, 'editor') &&
      (row.status === 'pending' || row.status === 'questions'),
    messages: withThread
      ? presentMessages(await listMessages(ctx.db, { requestId: row.id }), row.carrier_organisation_id)
      : [],
  };
}

export async function getSiteRequest(ctx: AppContext, actor: Actor | null, id: string) {
  return present(ctx, actor, await loadRequest(ctx, actor, id, 'read'), true);
}

export async function listSiteRequests(
  ctx: AppContext,
  actorOrNull: Actor | null,
  query: z.infer<typeof requestsQuery>,
) {
  const actor = requireActor(actorOrNull);
  const rows = await listRequests(ctx.db, {
    box: query.box,
    organisationIds: readableOrganisationIds(actor),
    ...(query.status ? { status: query.status } : {}),
  });
  const out = [];
  for (const row of rows) {
    const {
      messages: _m,
      diagnostic: _d,
      motivation: _mo,
      ...summary
    } = await present(ctx, actor, row, false);
    out.push(summary);
  }
  return out;
}

export async function decideSiteRequest(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: z.infer<typeof decisionBody>,
) {
  const row = await loadRequest(ctx, actor, id, 'publish');
  const user = requireActor(actor);
  if (row.version !== input.version) throw new ConflictError(undefined, { currentVersion: row.version });
  if (row.status !== 'pending' && row.status !== 'questions')
    throw new ValidationError({
      decision: msg(
        'Cette demande a déjà reçu une réponse définitive.',
        'This request already has a final answer.',
      ),
    });
  const at = ctx.now().toISOString();
  const siteId = input.decision === 'accept' ? randomUUID() : null;
  await ctx.db.transaction().execute(async (trx) => {
    const status =
      input.decision === 'accept' ? 'accepted' : input.decision === 'decline' ? 'declined' : 'questions';
    const updated = await trx
      .updateTable('site_requests')
      .set({
        status,
        decision_reason: input.decision === 'decline' ? input.message : null,
        decided_by: input.decision === 'questions' ? null : user.userId,
        decided_at: input.decision === 'questions' ? null : at,
        site_id: siteId,
        updated_at: at,
        version: row.version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1)
      throw new ConflictError(undefined, { currentVersion: (await findRequest(trx, id))?.version ?? null });
    if (siteId) {
      const version = await findVersion(trx, row.model_id, row.model_version);
      const content = JSON.parse(version!.content) as ModelContent;
      const territory = resolveSiteTerritory(JSON.parse(row.territory_codes) as string[]);
      await insertSite(
        trx,
        {
          id: siteId,
          modelId: row.model_id,
          modelVersion: row.model_version,
          organisationId: row.organisation_id,
          carrierOrganisationId: row.carrier_organisation_id,
          name: row.name,
          territoryCodes: territory.codes,
          departement: territory.departement,
          region: territory.region,
          requestId: row.id,
          dataNote: null,
          isPublic: false,
          userId: user.userId,
        },
        content,
        at,
      );
      await trx.updateTable('site_messages').set({ site_id: siteId }).where('request_id', '=', id).execute();
    }
    if (input.message || input.decision !== 'accept')
      await insertMessage(trx, {
        id: randomUUID(),
        request_id: id,
        site_id: siteId,
        author_user_id: user.userId,
        author_organisation_id: row.carrier_organisation_id,
        kind: input.decision,
        body: input.message,
        created_at: at,
      });
    await recordAudit(
      trx,
      {
        actorUserId: user.userId,
        action: `site_request.${input.decision}`,
        subjectType: 'site_request',
        subjectId: id,
        organisationId: row.carrier_organisation_id,
        details: siteId ? { siteId } : {},
      },
      ctx.now(),
    );
    const text = {
      accept: msg(
        `Le porteur a accepté votre demande « ${row.name} » : votre site est créé.`,
        `The carrier accepted your request "${row.name}": your site is created.`,
      ),
      questions: msg(
        `Le porteur a des questions sur votre demande « ${row.name} ».`,
        `The carrier has questions about your request "${row.name}".`,
      ),
      decline: msg(
        `Le porteur a décliné votre demande « ${row.name} ».`,
        `The carrier declined your request "${row.name}".`,
      ),
    }[input.decision];
    await notifyOrganisation(
      ctx,
      trx,
      row.organisation_id,
      {
        subject: text,
        paragraphs: [
          text,
          ...(input.message
            ? [msg(`Message : ${excerpt(input.message)}`, `Message: ${excerpt(input.message)}`)]
            : []),
        ],
        path: siteId ? `/sites/${siteId}` : requestPath(id),
      },
      user.userId,
    );
  });
  return getSiteRequest(ctx, actor, id);
}

export async function postRequestMessage(ctx: AppContext, actor: Actor | null, id: string, body: string) {
  const row = await loadRequest(ctx, actor, id, 'write');
  const user = requireActor(actor);
  if (row.status === 'declined' || row.status === 'withdrawn')
    throw new ValidationError({
      body:
        row.status === 'declined'
          ? msg(
              'Cette demande a été déclinée : la conversation est close.',
              'This request was declined: the conversation is closed.',
            )
          : msg(
              'Cette demande a été retirée : la conversation est close.',
              'This request was withdrawn: the conversation is closed.',
            ),
    });
  const from = authorOrganisationOf(user, row);
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await insertMessage(trx, {
      id: randomUUID(),
      request_id: id,
      site_id: row.site_id,
      author_user_id: user.userId,
      author_organisation_id: from,
      kind: 'message',
      body,
      created_at: at,
    });
    // The replicator's answer to the carrier's questions puts the request back in the carrier's queue.
    if (row.status === 'questions' && from === row.organisation_id)
      await trx
        .updateTable('site_requests')
        .set({ status: 'pending', updated_at: at, version: row.version + 1 })
        .where('id', '=', id)
        .execute();
    const to = from === row.organisation_id ? row.carrier_organisation_id : row.organisation_id;
    await notifyOrganisation(
      ctx,
      trx,
      to,
      {
        subject: msg(`Nouveau message : ${row.name}`, `New message: ${row.name}`),
        paragraphs: [msg(excerpt(body), excerpt(body))],
        path: row.live_site_id ? `/sites/${row.live_site_id}` : requestPath(id),
      },
      user.userId,
    );
  });
  return getSiteRequest(ctx, actor, id);
}
