import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/actor.ts';
import { assertCan, requireActor } from '../auth/permissions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { ensurePurgeJob } from './trash.jobs.ts';
import { NotFoundError, ValidationError, msg } from '../errors.ts';
import { guardOf, imageUrl } from './projects.present.ts';
import { findProject, sharesOf } from './projects.repository.ts';

/**
 * Project images, stored as blobs in the database (one backup holds everything; several instances see the same
 * files). The type is decided by the file's first bytes, never by its name or declared type: PNG, JPEG or WebP
 * only, 2 MB at most, 12 per project. Served with their stored type, nosniff and a Content-Disposition.
 */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export const MAX_IMAGES = 12;
type ImageType = 'image/png' | 'image/jpeg' | 'image/webp';

export function sniffImage(
  data: Buffer,
): { type: ImageType; width: number | null; height: number | null } | null {
  if (
    data.length >= 24 &&
    data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  ) {
    return { type: 'image/png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) {
    // Walk the segments to the first start-of-frame for the size.
    let i = 2;
    while (i + 9 < data.length && data[i] === 0xff) {
      const marker = data[i + 1];
      const length = data.readUInt16BE(i + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { type: 'image/jpeg', width: data.readUInt16BE(i + 7), height: data.readUInt16BE(i + 5) };
      }
      i += 2 + length;
    }
    return { type: 'image/jpeg', width: null, height: null };
  }
  if (
    data.length >= 30 &&
    data.toString('latin1', 0, 4) === 'RIFF' &&
    data.toString('latin1', 8, 12) === 'WEBP'
  ) {
    const chunk = data.toString('latin1', 12, 16);
    if (chunk === 'VP8X')
      return { type: 'image/webp', width: 1 + data.readUIntLE(24, 3), height: 1 + data.readUIntLE(27, 3) };
    if (chunk === 'VP8 ')
      return {
        type: 'image/webp',
        width: data.readUInt16LE(26) & 0x3fff,
        height: data.readUInt16LE(28) & 0x3fff,
      };
    if (chunk === 'VP8L') {
      const bits = data.readUInt32LE(21);
      return { type: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
    }
    return { type: 'image/webp', width: null, height: null };
  }
  return null;
}

export async function addImage(
  ctx: AppContext,
  actorOrNull: Actor | null,
  projectId: string,
  data: Buffer,
  alt: string,
) {
  const actor = requireActor(actorOrNull);
  const project = await findProject(ctx.db, projectId);
  if (!project || project.deleted_at) throw new NotFoundError();
  assertCan(actor, 'edit', guardOf(project, await sharesOf(ctx.db, projectId)));
  // An image on a project record carries information (a place, a team, a result): it needs its text alternative.
  if (!alt.trim())
    throw new ValidationError({
      alt: msg(
        'Texte alternatif obligatoire\u00a0: décrivez ce que l’image montre à qui ne la voit pas.',
        'Alternative text required: describe what the image shows for those who cannot see it.',
      ),
    });
  if (data.length === 0)
    throw new ValidationError({ file: msg('Le fichier est vide.', 'The file is empty.') });
  if (data.length > MAX_IMAGE_BYTES)
    throw new ValidationError({
      file: msg('Image trop lourde\u00a0: 2 Mo au plus.', 'Image too large: 2 MB at most.'),
    });
  const sniffed = sniffImage(data);
  if (!sniffed)
    throw new ValidationError({
      file: msg(
        'Format refusé\u00a0: seules les images PNG, JPEG et WebP sont acceptées.',
        'Format refused: only PNG, JPEG and WebP images are accepted.',
      ),
    });
  const count = await ctx.db
    .selectFrom('project_images')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('project_id', '=', projectId)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  if (Number(count.n) >= MAX_IMAGES)
    throw new ValidationError({
      file: msg(`${MAX_IMAGES} images au plus par fiche.`, `${MAX_IMAGES} images at most per record.`),
    });
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('project_images')
      .values({
        id,
        project_id: projectId,
        content_type: sniffed.type,
        size: data.length,
        width: sniffed.width,
        height: sniffed.height,
        alt,
        position: Number(count.n),
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
        action: 'project.image.add',
        subjectType: 'project',
        subjectId: projectId,
        organisationId: project.organisation_id,
        details: { imageId: id, size: data.length, type: sniffed.type },
      },
      ctx.now(),
    );
  });
  return {
    id,
    url: imageUrl(projectId, id),
    alt,
    contentType: sniffed.type,
    size: data.length,
    width: sniffed.width,
    height: sniffed.height,
  };
}

export async function getImage(ctx: AppContext, actor: Actor | null, projectId: string, imageId: string) {
  const project = await findProject(ctx.db, projectId);
  if (!project || project.deleted_at) throw new NotFoundError();
  assertCan(actor, 'read', guardOf(project, await sharesOf(ctx.db, projectId)));
  const image = await ctx.db
    .selectFrom('project_images')
    .selectAll()
    .where('id', '=', imageId)
    .where('project_id', '=', projectId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!image) throw new NotFoundError();
  return { ...image, public: project.visibility === 'public' && project.status === 'published' };
}

export async function deleteImage(
  ctx: AppContext,
  actorOrNull: Actor | null,
  projectId: string,
  imageId: string,
): Promise<void> {
  const actor = requireActor(actorOrNull);
  const project = await findProject(ctx.db, projectId);
  if (!project || project.deleted_at) throw new NotFoundError();
  assertCan(actor, 'edit', guardOf(project, await sharesOf(ctx.db, projectId)));
  await ctx.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('project_images')
      .set({ deleted_at: ctx.now().toISOString() })
      .where('id', '=', imageId)
      .where('project_id', '=', projectId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new NotFoundError();
    await ensurePurgeJob(trx, ctx.now());
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'project.image.delete',
        subjectType: 'project',
        subjectId: projectId,
        organisationId: project.organisation_id,
        details: { imageId },
      },
      ctx.now(),
    );
  });
}
