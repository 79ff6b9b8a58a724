import type { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import { can, hasOrganisationRole, requireActor } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import { ForbiddenError, NotFoundError, UnauthorizedError, ValidationError, msg } from '../errors.ts';
import { getInstruments, instrumentOf } from './instruments.ts';
import * as repo from './diagnostics.repository.ts';
import type { DiagnosticRow } from './diagnostics.repository.ts';
import { presentSummary } from './diagnostics.present.ts';
import type { listQuery } from './diagnostics.schemas.ts';
import { TRASH_DAYS, projectGuard } from './diagnostics.service.ts';

/** Lists of diagnostics, a page at a time (cursor on creation date then id): a project's, and those shared with me. */

function encodeCursor(row: DiagnosticRow): string {
  return Buffer.from(`${row.created_at}|${row.id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: string; id: string } {
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!createdAt || !id)
    throw new ValidationError({ cursor: msg('Curseur de page invalide.', 'Invalid page cursor.') });
  return { createdAt, id };
}

/** A project's diagnostics, most recent first: all of them for its organisation, the shared ones for others. */
export async function listProjectDiagnostics(
  ctx: AppContext,
  actor: Actor | null,
  projectId: string,
  query: z.infer<typeof listQuery>,
) {
  const found = await projectGuard(ctx, projectId);
  if (!found) throw new NotFoundError();
  const member = hasOrganisationRole(actor, found.project.organisation_id, 'viewer');
  const trash = query.trash === 'true';
  if (trash && !hasOrganisationRole(actor, found.project.organisation_id, 'editor')) {
    if (!member && !can(actor, 'read', found.guard)) throw new NotFoundError();
    throw actor ? new ForbiddenError() : new UnauthorizedError();
  }
  const limit = query.limit ?? 50;
  const rows = await repo.listDiagnostics(ctx.db, {
    projectId,
    sharedWith: member
      ? null
      : {
          userId: actor?.userId ?? '',
          organisationIds: actor?.memberships.map((m) => m.organisationId) ?? [],
        },
    trash,
    deletedAfter: new Date(ctx.now().getTime() - TRASH_DAYS * 86_400_000).toISOString(),
    limit,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
  });
  if (!member && rows.length === 0 && !can(actor, 'read', found.guard)) throw new NotFoundError();
  const page = rows.slice(0, limit);
  const names = await repo.findUserNames(
    ctx.db,
    page.map((r) => r.created_by),
  );
  const catalog = getInstruments();
  return {
    items: page.map((row) =>
      presentSummary(row, instrumentOf(catalog, row.instrument_id, row.instrument_version), names),
    ),
    nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
  };
}

/** Diagnostics of other organisations shared with the actor (as a facilitator, or through one of their organisations). */
export async function listSharedWithMe(
  ctx: AppContext,
  actorOrNull: Actor | null,
  query: z.infer<typeof listQuery>,
) {
  const actor = requireActor(actorOrNull);
  const limit = query.limit ?? 50;
  const rows = await repo.listDiagnostics(ctx.db, {
    sharedWith: { userId: actor.userId, organisationIds: actor.memberships.map((m) => m.organisationId) },
    trash: false,
    limit,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
  });
  const page = rows.slice(0, limit);
  const names = await repo.findUserNames(
    ctx.db,
    page.map((r) => r.created_by),
  );
  const catalog = getInstruments();
  return {
    items: page.map((row) =>
      presentSummary(row, instrumentOf(catalog, row.instrument_id, row.instrument_version), names),
    ),
    nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
  };
}
