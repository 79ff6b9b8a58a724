import { createHash, randomUUID } from 'node:crypto';
import type { Actor } from '../auth/actor.ts';
import { can, requireActor } from '../auth/permissions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { NotFoundError, ValidationError, msg } from '../errors.ts';
import { guard, loadDraft, resourceOut, resourceUrl, type KitResource } from './models.access.ts';
import { findModel, findResource, liveResources } from './models.repository.ts';
import { checkResourceFile, safeFileName, type ResourceKind } from './resource-files.ts';

/** Resource files of a model: editors add and remove them; published versions keep the files they list. */
const REASONS = {
  empty: msg('Le fichier est vide.', 'The file is empty.'),
  'too-large': msg('Fichier trop lourd : 25 Mo au plus.', 'File too large: 25 MB at most.'),
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
