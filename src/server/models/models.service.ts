import { randomUUID } from 'node:crypto';
import { listQuestions } from '../../core/diagnostics/instrument.schemas.ts';
import { emptyModelContent, modelContent, type ModelContent } from '../../core/models/model.schemas.ts';
import { findMissingRequiredBlocks } from '../../core/models/publish.ts';
import type { KitDocument } from '../../core/models/kit-format.ts';
import type { Actor } from '../auth/actor.ts';
import {
  assertCan,
  hasOrganisationRole,
  readableOrganisationIds,
  requireActor,
} from '../auth/permissions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { getInstruments } from '../diagnostics/instruments.ts';
import { ConflictError, NotFoundError, ValidationError, msg, type FieldErrors } from '../errors.ts';
import { guardOf } from '../library/projects.present.ts';
import { findProject, sharesOf } from '../library/projects.repository.ts';
import { loadDraft, resourceOut, resourceUrl } from './models.access.ts';
import { findModel, liveResources, organisationName, type ModelRow } from './models.repository.ts';

/**
 * Replicable models, their drafts: members of the project's organisation read a draft, editors write it. Published
 * versions are in models.versions.ts, resource files in models.resources.ts.
 */
export {
  diffVersions,
  getVersion,
  getVersions,
  listKits,
  publishVersion,
  type KitVersion,
} from './models.versions.ts';
export { addResource, deleteResource, getResource, listResources } from './models.resources.ts';
export type { KitResource } from './models.access.ts';

let fitQuestionIds: Set<string> | undefined;
function knownFitQuestions(): Set<string> {
  fitQuestionIds ??= new Set(listQuestions(getInstruments().findLatest('replicator-fit')!).map((q) => q.id));
  return fitQuestionIds;
}

/** Checks that the server alone can make: fit question ids exist, task resources point to this model's files or links. */
function checkReferences(content: ModelContent, resourceIds: Set<string>): FieldErrors {
  const fields: FieldErrors = {};
  const known = knownFitQuestions();
  content.prerequisites.forEach((p, i) =>
    p.fitQuestionIds.forEach((q, j) => {
      if (!known.has(q))
        fields[`prerequisites.${i}.fitQuestionIds.${j}`] = msg(
          `Question inconnue du diagnostic d’adéquation : « ${q} ».`,
          `Unknown replicator-fit question: "${q}".`,
        );
    }),
  );
  const refs = new Set([...resourceIds, ...content.links.map((l) => l.id)]);
  content.phases.forEach((p, i) =>
    p.tasks.forEach((t, j) =>
      t.resourceRefs.forEach((r, k) => {
        if (!refs.has(r))
          fields[`phases.${i}.tasks.${j}.resourceRefs.${k}`] = msg(
            'Ressource inconnue (fichier ou lien de ce modèle).',
            'Unknown resource (a file or link of this model).',
          );
      }),
    ),
  );
  return fields;
}

export async function presentModel(ctx: AppContext, actor: Actor | null, row: ModelRow) {
  const content = modelContent.parse(JSON.parse(row.draft));
  const resources = await liveResources(ctx.db, row.id);
  return {
    id: row.id,
    projectId: row.project_id,
    organisationId: row.organisation_id,
    organisationName: await organisationName(ctx.db, row.organisation_id),
    title: row.title,
    content,
    version: row.version,
    latestVersion: row.latest_version,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    canEdit: hasOrganisationRole(actor, row.organisation_id, 'editor'),
    missing: findMissingRequiredBlocks(content),
    resources: resources.map((r) => ({
      ...resourceOut(r),
      url: resourceUrl(row.id, r.id),
      createdAt: r.created_at,
    })),
  };
}

async function projectForWrite(ctx: AppContext, actor: Actor, projectId: string) {
  const project = await findProject(ctx.db, projectId);
  if (!project || project.deleted_at) throw new NotFoundError();
  assertCan(actor, 'edit', guardOf(project, await sharesOf(ctx.db, projectId)));
  return project;
}

async function insertModel(
  ctx: AppContext,
  actor: Actor,
  projectId: string,
  organisationId: string,
  content: ModelContent,
  action: string,
) {
  const id = randomUUID();
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('models')
      .values({
        id,
        project_id: projectId,
        organisation_id: organisationId,
        title: content.identity.name,
        draft: JSON.stringify(content),
        latest_version: 0,
        published_at: null,
        created_by: actor.userId,
        created_at: now,
        updated_by: actor.userId,
        updated_at: now,
        deleted_at: null,
        version: 1,
      })
      .execute();
    await recordAudit(
      trx,
      { actorUserId: actor.userId, action, subjectType: 'model', subjectId: id, organisationId },
      ctx.now(),
    );
  });
  return presentModel(ctx, actor, (await findModel(ctx.db, id))!);
}

export async function createModel(
  ctx: AppContext,
  actorOrNull: Actor | null,
  projectId: string,
  input: { name?: string },
) {
  const actor = requireActor(actorOrNull);
  const project = await projectForWrite(ctx, actor, projectId);
  return insertModel(
    ctx,
    actor,
    projectId,
    project.organisation_id,
    emptyModelContent(input.name ?? project.title),
    'model.create',
  );
}

/** Import of an `essaim.kit/v1` document (already validated by the route) as a new draft. */
export async function importModel(
  ctx: AppContext,
  actorOrNull: Actor | null,
  projectId: string,
  kit: KitDocument,
) {
  const actor = requireActor(actorOrNull);
  const project = await projectForWrite(ctx, actor, projectId);
  // Files do not travel in the JSON: task references to them are dropped and reported.
  const links = new Set(kit.content.links.map((l) => l.id));
  const dropped: string[] = [];
  const content: ModelContent = {
    ...kit.content,
    phases: kit.content.phases.map((p) => ({
      ...p,
      tasks: p.tasks.map((t) => ({
        ...t,
        resourceRefs: t.resourceRefs.filter((r) => links.has(r) || (dropped.push(r), false)),
      })),
    })),
  };
  const fields = checkReferences(content, new Set());
  if (Object.keys(fields).length > 0)
    throw new ValidationError(
      Object.fromEntries(Object.entries(fields).map(([k, v]) => [`content.${k}`, v])),
    );
  const model = await insertModel(ctx, actor, projectId, project.organisation_id, content, 'model.import');
  return { ...model, droppedResourceRefs: [...new Set(dropped)] };
}

export async function getModel(ctx: AppContext, actor: Actor | null, id: string) {
  return presentModel(ctx, actor, await loadDraft(ctx, actor, id, 'read'));
}

export async function listModels(ctx: AppContext, actor: Actor | null, filter: { projectId?: string }) {
  const readable = readableOrganisationIds(requireActor(actor));
  let q = ctx.db
    .selectFrom('models')
    .select([
      'id',
      'project_id',
      'organisation_id',
      'title',
      'latest_version',
      'published_at',
      'updated_at',
      'version',
    ])
    .where('deleted_at', 'is', null);
  if (readable) q = readable.length ? q.where('organisation_id', 'in', readable) : q.where('id', '=', '');
  if (filter.projectId) q = q.where('project_id', '=', filter.projectId);
  const rows = await q.orderBy('updated_at', 'desc').limit(200).execute();
  return rows.map((r) => ({
    id: r.id,
    projectId: r.project_id,
    organisationId: r.organisation_id,
    title: r.title,
    latestVersion: r.latest_version,
    publishedAt: r.published_at,
    updatedAt: r.updated_at,
  }));
}

export async function updateModel(
  ctx: AppContext,
  actorOrNull: Actor | null,
  id: string,
  input: { version: number; content: ModelContent },
) {
  const actor = requireActor(actorOrNull);
  const row = await loadDraft(ctx, actor, id, 'edit');
  if (row.version !== input.version) throw new ConflictError(undefined, { currentVersion: row.version });
  const resources = await liveResources(ctx.db, id);
  const fields = checkReferences(input.content, new Set(resources.map((r) => r.id)));
  if (Object.keys(fields).length > 0)
    throw new ValidationError(
      Object.fromEntries(Object.entries(fields).map(([k, v]) => [`content.${k}`, v])),
    );
  await ctx.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('models')
      .set({
        draft: JSON.stringify(input.content),
        title: input.content.identity.name || row.title,
        updated_by: actor.userId,
        updated_at: ctx.now().toISOString(),
        version: row.version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0)
      throw new ConflictError(undefined, { currentVersion: (await findModel(trx, id))?.version ?? null });
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'model.update',
        subjectType: 'model',
        subjectId: id,
        organisationId: row.organisation_id,
      },
      ctx.now(),
    );
  });
  return presentModel(ctx, actor, (await findModel(ctx.db, id))!);
}

export async function deleteModel(ctx: AppContext, actorOrNull: Actor | null, id: string) {
  const actor = requireActor(actorOrNull);
  const row = await loadDraft(ctx, actor, id, 'edit');
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('models')
      .set({ deleted_at: ctx.now().toISOString() })
      .where('id', '=', id)
      .execute();
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'model.delete',
        subjectType: 'model',
        subjectId: id,
        organisationId: row.organisation_id,
      },
      ctx.now(),
    );
  });
}
