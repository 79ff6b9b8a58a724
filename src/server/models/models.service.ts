import { createHash, randomUUID } from 'node:crypto';
import { listQuestions } from '../../core/diagnostics/instrument.schemas.ts';
import { diffModelVersions, type ModelDiff } from '../../core/models/diff.ts';
import { emptyModelContent, modelContent, type ModelContent } from '../../core/models/model.schemas.ts';
import { findMissingRequiredBlocks } from '../../core/models/publish.ts';
import type { KitDocument } from '../../core/models/kit-format.ts';
import type { Actor } from '../auth/actor.ts';
import {
  assertCan,
  can,
  hasOrganisationRole,
  readableOrganisationIds,
  requireActor,
  type GuardedRecord,
} from '../auth/permissions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { getInstruments } from '../diagnostics/instruments.ts';
import { ConflictError, NotFoundError, ValidationError, msg, type FieldErrors } from '../errors.ts';
import { guardOf } from '../library/projects.present.ts';
import { findProject, sharesOf } from '../library/projects.repository.ts';
import {
  findModel,
  findResource,
  findVersion,
  listVersions,
  liveResources,
  organisationName,
  type ModelRow,
  type ResourceMeta,
} from './models.repository.ts';
import { checkResourceFile, safeFileName, type ResourceKind } from './resource-files.ts';

/**
 * Replicable models: a private draft per model (members of the project's organisation read it, editors write it),
 * and numbered, immutable published versions (transfer kits) that anyone may read and export, without an account.
 */
const guard = (m: Pick<ModelRow, 'organisation_id'>): GuardedRecord => ({
  organisationId: m.organisation_id,
  visibility: 'private',
});

export interface KitResource {
  id: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  description: string;
}

const resourceOut = (r: ResourceMeta): KitResource => ({
  id: r.id,
  name: r.name,
  type: r.content_type,
  size: Number(r.size),
  sha256: r.sha256,
  description: r.description,
});
const resourceUrl = (modelId: string, id: string) => `/api/v1/models/${modelId}/resources/${id}`;

async function loadDraft(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  action: 'read' | 'edit',
): Promise<ModelRow> {
  const row = await findModel(ctx.db, id);
  if (!row) throw new NotFoundError();
  assertCan(actor, action, guard(row));
  return row;
}

/** A model whose published versions may be read: any published model, or a draft-only model for its members. */
async function loadPublished(ctx: AppContext, actor: Actor | null, id: string): Promise<ModelRow> {
  const row = await findModel(ctx.db, id);
  if (!row || (row.latest_version === 0 && !can(actor, 'read', guard(row)))) throw new NotFoundError();
  return row;
}

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
          `Question inconnue du diagnostic d’adéquation : « ${q} ».`,
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

/** Freezes the draft as the next version. Refused (400, one field per missing block) while required blocks are empty. */
export async function publishVersion(
  ctx: AppContext,
  actorOrNull: Actor | null,
  id: string,
  input: { changeNote: string; version?: number },
) {
  const actor = requireActor(actorOrNull);
  const row = await loadDraft(ctx, actor, id, 'edit');
  if (input.version !== undefined && input.version !== row.version)
    throw new ConflictError(undefined, { currentVersion: row.version });
  const content = modelContent.parse(JSON.parse(row.draft));
  const missing = findMissingRequiredBlocks(content);
  if (missing.length > 0) {
    throw new ValidationError(
      Object.fromEntries(missing.map((m) => [`content.${m.path}`, m.message])),
      msg(
        'Le kit ne peut pas être publié : des blocs obligatoires sont vides.',
        'The kit cannot be published: required blocks are empty.',
      ),
    );
  }
  const resources = (await liveResources(ctx.db, id)).map(resourceOut);
  const number = row.latest_version + 1;
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('models')
      .set({ latest_version: number, published_at: now })
      .where('id', '=', id)
      .where('latest_version', '=', row.latest_version)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0)
      throw new ConflictError(
        msg(
          'Une autre version vient d’être publiée. Rechargez.',
          'Another version was just published. Reload.',
        ),
        { currentVersion: row.version },
      );
    await trx
      .insertInto('model_versions')
      .values({
        model_id: id,
        number,
        change_note: input.changeNote,
        content: JSON.stringify(content),
        resources: JSON.stringify(resources),
        published_by: actor.userId,
        published_at: now,
      })
      .execute();
    await trx.updateTable('projects').set({ has_kit: 1 }).where('id', '=', row.project_id).execute();
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'model.publish',
        subjectType: 'model',
        subjectId: id,
        organisationId: row.organisation_id,
        details: { number },
      },
      ctx.now(),
    );
  });
  return getVersion(ctx, actor, id, number);
}

export async function getVersions(ctx: AppContext, actor: Actor | null, id: string) {
  const row = await loadPublished(ctx, actor, id);
  const rows = await listVersions(ctx.db, id);
  return {
    modelId: id,
    title: row.title,
    items: rows.map((v) => ({ number: v.number, changeNote: v.change_note, publishedAt: v.published_at })),
  };
}

export interface KitVersion {
  modelId: string;
  projectId: string;
  title: string;
  carrier: { organisationId: string; name: string | null };
  number: number;
  latestVersion: number;
  changeNote: string;
  publishedAt: string;
  content: ModelContent;
  resources: (KitResource & { url: string })[];
}

export async function getVersion(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  number: number,
): Promise<KitVersion> {
  const row = await loadPublished(ctx, actor, id);
  const v = await findVersion(ctx.db, id, number);
  if (!v) throw new NotFoundError();
  const content = modelContent.parse(JSON.parse(v.content));
  return {
    modelId: id,
    projectId: row.project_id,
    title: content.identity.name,
    carrier: {
      organisationId: row.organisation_id,
      name: await organisationName(ctx.db, row.organisation_id),
    },
    number: v.number,
    latestVersion: row.latest_version,
    changeNote: v.change_note,
    publishedAt: v.published_at,
    content,
    resources: (JSON.parse(v.resources) as KitResource[]).map((r) => ({ ...r, url: resourceUrl(id, r.id) })),
  };
}

/** `from`/`to`: version numbers, or "draft" (members only). */
export async function diffVersions(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  from: number | 'draft',
  to: number | 'draft',
): Promise<ModelDiff & { from: number | 'draft'; to: number | 'draft' }> {
  const load = async (which: number | 'draft') =>
    which === 'draft'
      ? (await getModel(ctx, actor, id)).content
      : (await getVersion(ctx, actor, id, which)).content;
  return { from, to, ...diffModelVersions(await load(from), await load(to)) };
}

export async function listKits(ctx: AppContext, query: { limit: number; cursor?: string }) {
  const offset = query.cursor ? Number.parseInt(query.cursor, 10) || 0 : 0;
  const rows = await ctx.db
    .selectFrom('models as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .innerJoin('model_versions as v', (j) =>
      j.onRef('v.model_id', '=', 'm.id').onRef('v.number', '=', 'm.latest_version'),
    )
    .select([
      'm.id',
      'm.project_id',
      'm.latest_version',
      'm.published_at',
      'o.name as organisation',
      'v.content',
    ])
    .where('m.deleted_at', 'is', null)
    .where('m.latest_version', '>', 0)
    .orderBy('m.published_at', 'desc')
    .orderBy('m.id')
    .limit(query.limit + 1)
    .offset(offset)
    .execute();
  const items = rows.slice(0, query.limit).map((r) => {
    const c = JSON.parse(r.content) as ModelContent;
    return {
      modelId: r.id,
      projectId: r.project_id,
      title: c.identity.name,
      need: c.identity.need.slice(0, 300),
      carrier: r.organisation,
      latestVersion: r.latest_version,
      publishedAt: r.published_at!,
      licence: c.licence,
    };
  });
  return { items, nextCursor: rows.length > query.limit ? String(offset + query.limit) : null };
}

const REASONS = {
  empty: msg('Le fichier est vide.', 'The file is empty.'),
  'too-large': msg('Fichier trop lourd : 25 Mo au plus.', 'File too large: 25 MB at most.'),
  executable: msg(
    'Les fichiers exécutables (programmes, scripts) sont refusés.',
    'Executable files (programs, scripts) are refused.',
  ),
  mismatch: msg(
    'Le contenu du fichier ne correspond pas au type déclaré.',
    'The file’s content does not match its declared type.',
  ),
} as const;

export async function addResource(
  ctx: AppContext,
  actorOrNull: Actor | null,
  id: string,
  data: Buffer,
  meta: { name: string; type: ResourceKind; description: string },
) {
  const actor = requireActor(actorOrNull);
  const row = await loadDraft(ctx, actor, id, 'edit');
  const checked = checkResourceFile(data, meta.type);
  if (!checked.ok) throw new ValidationError({ file: REASONS[checked.reason] });
  const count = await ctx.db
    .selectFrom('model_resources')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('model_id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  if (Number(count.n) >= 100)
    throw new ValidationError({
      file: msg('100 fichiers au plus par modèle.', '100 files at most per model.'),
    });
  const resourceId = randomUUID();
  const name = safeFileName(meta.name, meta.type);
  const sha256 = createHash('sha256').update(data).digest('hex');
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('model_resources')
      .values({
        id: resourceId,
        model_id: id,
        name,
        content_type: checked.contentType,
        size: data.length,
        sha256,
        description: meta.description,
        data,
        created_by: actor.userId,
        created_at: ctx.now().toISOString(),
        deleted_at: null,
      })
      .execute();
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'model.resource.add',
        subjectType: 'model',
        subjectId: id,
        organisationId: row.organisation_id,
        details: { resourceId, size: data.length, type: checked.contentType },
      },
      ctx.now(),
    );
  });
  return {
    id: resourceId,
    name,
    type: checked.contentType,
    size: data.length,
    sha256,
    description: meta.description,
    url: resourceUrl(id, resourceId),
    createdAt: ctx.now().toISOString(),
  };
}

export async function listResources(ctx: AppContext, actor: Actor | null, id: string) {
  await loadDraft(ctx, actor, id, 'read');
  return (await liveResources(ctx.db, id)).map((r) => ({
    ...resourceOut(r),
    url: resourceUrl(id, r.id),
    createdAt: r.created_at,
  }));
}

/** Members get any file of the model; everyone else only files listed in a published version. */
export async function getResource(ctx: AppContext, actor: Actor | null, id: string, resourceId: string) {
  const row = await findModel(ctx.db, id);
  if (!row) throw new NotFoundError();
  const file = await findResource(ctx.db, id, resourceId);
  if (!file) throw new NotFoundError();
  const member = can(actor, 'read', guard(row));
  if (member && !file.deleted_at) return { ...file, public: false };
  const versions = await ctx.db
    .selectFrom('model_versions')
    .select('resources')
    .where('model_id', '=', id)
    .execute();
  const published = versions.some((v) =>
    (JSON.parse(v.resources) as KitResource[]).some((r) => r.id === resourceId),
  );
  if (!published) throw new NotFoundError();
  return { ...file, public: true };
}

export async function deleteResource(
  ctx: AppContext,
  actorOrNull: Actor | null,
  id: string,
  resourceId: string,
) {
  const actor = requireActor(actorOrNull);
  const row = await loadDraft(ctx, actor, id, 'edit');
  await ctx.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('model_resources')
      .set({ deleted_at: ctx.now().toISOString() })
      .where('id', '=', resourceId)
      .where('model_id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new NotFoundError();
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'model.resource.delete',
        subjectType: 'model',
        subjectId: id,
        organisationId: row.organisation_id,
        details: { resourceId },
      },
      ctx.now(),
    );
  });
}
