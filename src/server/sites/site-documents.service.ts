import { createHash, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import { requireActor } from '../auth/permissions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { NotFoundError, ValidationError, msg } from '../errors.ts';
import { checkResourceFile, safeFileName } from '../models/resource-files.ts';
import type { documentQuery } from './sites.schemas.ts';
import { loadSite } from './sites.service.ts';

/**
 * A site's documents (statutes, studies, minutes): the declared type must match the file's first bytes, executables
 * are refused, 10 MB at most, 200 files per site. Read by both organisations, added and removed by their editors.
 */
export const MAX_SITE_DOCUMENT_BYTES = 10 * 1024 * 1024;
const MAX_DOCUMENTS = 200;

const REASONS = {
  empty: msg('Le fichier est vide.', 'The file is empty.'),
  'too-large': msg('Fichier trop lourd : 10 Mo au plus.', 'File too large: 10 MB at most.'),
  executable: msg(
    'Les fichiers exécutables (programmes, scripts) sont refusés.',
    'Executable files (programs, scripts) are refused.',
  ),
  mismatch: msg(
    'Le contenu du fichier ne correspond pas au type déclaré.',
    'The file’s content does not match its declared type.',
  ),
} as const;

const documentUrl = (siteId: string, id: string) => `/api/v1/sites/${siteId}/documents/${id}`;

export async function listDocuments(ctx: AppContext, siteId: string) {
  const rows = await ctx.db
    .selectFrom('site_documents')
    .select(['id', 'name', 'content_type', 'size', 'sha256', 'description', 'created_at'])
    .where('site_id', '=', siteId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    type: r.content_type,
    size: Number(r.size),
    sha256: r.sha256,
    description: r.description,
    url: documentUrl(siteId, r.id),
    createdAt: r.created_at,
  }));
}

export async function addDocument(
  ctx: AppContext,
  actor: Actor | null,
  siteId: string,
  data: Buffer,
  meta: z.infer<typeof documentQuery>,
) {
  const { row } = await loadSite(ctx, actor, siteId, 'edit');
  const user = requireActor(actor);
  const checked =
    data.length > MAX_SITE_DOCUMENT_BYTES
      ? ({ ok: false, reason: 'too-large' } as const)
      : checkResourceFile(data, meta.type);
  if (!checked.ok) throw new ValidationError({ file: REASONS[checked.reason] });
  const count = await ctx.db
    .selectFrom('site_documents')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('site_id', '=', siteId)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  if (Number(count.n) >= MAX_DOCUMENTS)
    throw new ValidationError({
      file: msg('200 documents au plus par site.', '200 documents at most per site.'),
    });
  const id = randomUUID();
  const at = ctx.now().toISOString();
  const name = safeFileName(meta.name, meta.type);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('site_documents')
      .values({
        id,
        site_id: siteId,
        name,
        content_type: checked.contentType,
        size: data.length,
        sha256: createHash('sha256').update(data).digest('hex'),
        description: meta.description,
        data,
        created_by: user.userId,
        created_at: at,
        deleted_at: null,
      })
      .execute();
    await recordAudit(
      trx,
      {
        actorUserId: user.userId,
        action: 'site.document.add',
        subjectType: 'site',
        subjectId: siteId,
        organisationId: row.organisation_id,
        details: { documentId: id, name },
      },
      ctx.now(),
    );
  });
  return (await listDocuments(ctx, siteId)).find((d) => d.id === id)!;
}

export async function getDocument(ctx: AppContext, actor: Actor | null, siteId: string, documentId: string) {
  await loadSite(ctx, actor, siteId, 'read');
  const doc = await ctx.db
    .selectFrom('site_documents')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('id', '=', documentId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!doc) throw new NotFoundError();
  return doc;
}

export async function deleteDocument(
  ctx: AppContext,
  actor: Actor | null,
  siteId: string,
  documentId: string,
) {
  const { row } = await loadSite(ctx, actor, siteId, 'edit');
  const user = requireActor(actor);
  await ctx.db.transaction().execute(async (trx) => {
    const removed = await trx
      .updateTable('site_documents')
      .set({ deleted_at: ctx.now().toISOString() })
      .where('site_id', '=', siteId)
      .where('id', '=', documentId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (Number(removed.numUpdatedRows) !== 1) throw new NotFoundError();
    await recordAudit(
      trx,
      {
        actorUserId: user.userId,
        action: 'site.document.delete',
        subjectType: 'site',
        subjectId: siteId,
        organisationId: row.organisation_id,
        details: { documentId },
      },
      ctx.now(),
    );
  });
}
