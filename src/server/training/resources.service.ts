import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { requireActor } from '../auth/permissions.ts';
import { ForbiddenError, NotFoundError, ValidationError, msg } from '../errors.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import * as repo from './training.repository.ts';
import { canManageSession, managedSession, readableSession } from './training.service.ts';
import { checkDocument } from './training.documents.ts';

/**
 * Resources shared with a session's cohort: links, replays (a link to the recording: Essaim hosts no video) and files
 * (PDF or DOCX, 5 MB at most). Only the session's facilitators add and remove them; only they and the confirmed
 * participants read them.
 */
async function cohortSession(
  ctx: AppContext,
  actor: Actor | null,
  sessionId: string,
): Promise<repo.SessionRow> {
  const a = requireActor(actor);
  const session = await readableSession(ctx, a, sessionId);
  if (canManageSession(a, session)) return session;
  const reg = await repo.findRegistration(ctx.db, sessionId, a.userId);
  if (reg?.status !== 'confirmed') {
    throw new ForbiddenError(
      msg(
        'Les ressources sont réservées aux participants et participantes de la session.',
        'Resources are for the session’s participants only.',
      ),
    );
  }
  return session;
}

function resourceView(
  sessionId: string,
  r: {
    id: string;
    kind: 'file' | 'link' | 'replay';
    title: string;
    url: string | null;
    file_name: string | null;
    created_at: string;
  },
) {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    url: r.kind === 'file' ? `/api/v1/training-sessions/${sessionId}/resources/${r.id}/file` : r.url,
    fileName: r.file_name,
    createdAt: r.created_at,
  };
}

export async function listResources(ctx: AppContext, actor: Actor | null, sessionId: string) {
  await cohortSession(ctx, actor, sessionId);
  const rows = await ctx.db
    .selectFrom('training_resources')
    .select(['id', 'kind', 'title', 'url', 'file_name', 'created_at'])
    .where('session_id', '=', sessionId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return { items: rows.map((r) => resourceView(sessionId, r)) };
}

export async function addLink(
  ctx: AppContext,
  actor: Actor | null,
  sessionId: string,
  body: { kind: 'link' | 'replay'; title: string; url: string },
) {
  const a = requireActor(actor);
  const session = await managedSession(ctx.db, a, sessionId);
  const row = {
    id: randomUUID(),
    session_id: sessionId,
    kind: body.kind,
    title: body.title,
    url: body.url,
    file: null,
    file_name: null,
    file_type: null,
    created_by: a.userId,
    created_at: ctx.now().toISOString(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('training_resources').values(row).execute();
    await recordAudit(
      trx,
      {
        actorUserId: a.userId,
        action: 'training.resource.add',
        subjectType: 'training_session',
        subjectId: sessionId,
        organisationId: session.organisation_id,
        details: { resourceId: row.id, kind: body.kind },
      },
      ctx.now(),
    );
  });
  return resourceView(sessionId, row);
}

export async function addFile(
  ctx: AppContext,
  actor: Actor | null,
  sessionId: string,
  title: string,
  bytes: Buffer,
) {
  const a = requireActor(actor);
  const session = await managedSession(ctx.db, a, sessionId);
  const kind = checkDocument(bytes);
  const clean = title.trim();
  if (!clean)
    throw new ValidationError({ title: msg('Donnez un titre au fichier.', 'Give the file a title.') });
  const slug =
    clean
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60)
      .toLowerCase() || 'ressource';
  const row = {
    id: randomUUID(),
    session_id: sessionId,
    kind: 'file' as const,
    title: clean,
    url: null,
    file: bytes,
    file_name: `${slug}.${kind.ext}`,
    file_type: kind.type,
    created_by: a.userId,
    created_at: ctx.now().toISOString(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('training_resources').values(row).execute();
    await recordAudit(
      trx,
      {
        actorUserId: a.userId,
        action: 'training.resource.add',
        subjectType: 'training_session',
        subjectId: sessionId,
        organisationId: session.organisation_id,
        details: { resourceId: row.id, kind: 'file' },
      },
      ctx.now(),
    );
  });
  return resourceView(sessionId, row);
}

export async function getResourceFile(
  ctx: AppContext,
  actor: Actor | null,
  sessionId: string,
  resourceId: string,
): Promise<{ bytes: Buffer; type: string; name: string }> {
  await cohortSession(ctx, actor, sessionId);
  const row = await ctx.db
    .selectFrom('training_resources')
    .select(['file', 'file_type', 'file_name'])
    .where('id', '=', resourceId)
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  if (!row?.file) throw new NotFoundError();
  return {
    bytes: Buffer.from(row.file),
    type: row.file_type ?? 'application/octet-stream',
    name: row.file_name ?? 'ressource',
  };
}

export async function removeResource(
  ctx: AppContext,
  actor: Actor | null,
  sessionId: string,
  resourceId: string,
): Promise<void> {
  const a = requireActor(actor);
  const session = await managedSession(ctx.db, a, sessionId);
  await ctx.db.transaction().execute(async (trx) => {
    const gone = await trx
      .deleteFrom('training_resources')
      .where('id', '=', resourceId)
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    if (Number(gone.numDeletedRows) === 0) throw new NotFoundError();
    await recordAudit(
      trx,
      {
        actorUserId: a.userId,
        action: 'training.resource.remove',
        subjectType: 'training_session',
        subjectId: sessionId,
        organisationId: session.organisation_id,
        details: { resourceId },
      },
      ctx.now(),
    );
  });
}
