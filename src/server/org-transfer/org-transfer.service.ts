import type { Actor } from '../auth/actor.ts';
import { isAdmin } from '../auth/actor.ts';
import { assertCan, requireActor } from '../auth/permissions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import { openArchive } from './org-transfer.archive.ts';
import { exportOrganisation } from './org-transfer.export.ts';
import { importArchive, type ImportReport } from './org-transfer.import.ts';
import { validateArchive } from './org-transfer.validate.ts';

/** The organisation's owners and the instance's administrators may take all of its data away. */
export async function exportForActor(
  ctx: AppContext,
  actor: Actor | null,
  organisationId: string,
  ip: string | null,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const signedIn = requireActor(actor);
  const organisation = await ctx.db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
  if (!organisation) throw new NotFoundError();
  assertCan(signedIn, 'manage', { organisationId, visibility: 'private' });
  const now = ctx.now();
  const { bytes, manifest } = await exportOrganisation(ctx.db, ctx.dialect, organisationId, now);
  await recordAudit(
    ctx.db,
    {
      actorUserId: signedIn.userId,
      action: 'organisation.export',
      subjectType: 'organisation',
      subjectId: organisationId,
      organisationId,
      details: { counts: manifest.counts, size: bytes.length },
      ip,
    },
    now,
  );
  const slug = organisation.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return { bytes, fileName: `essaim-${slug || 'organisation'}-${now.toISOString().slice(0, 10)}.zip` };
}

/** Administrators only: the archive is checked whole, then written (or tried and rolled back for a dry run). */
export async function importForActor(
  ctx: AppContext,
  actor: Actor | null,
  bytes: Buffer,
  options: { dryRun: boolean; name?: string },
): Promise<ImportReport> {
  const signedIn = requireActor(actor);
  if (!isAdmin(signedIn)) throw new ForbiddenError();
  const archive = openArchive(bytes);
  await validateArchive(ctx.db, ctx.dialect, archive);
  return importArchive(ctx.db, archive, {
    actorUserId: signedIn.userId,
    name: options.name,
    dryRun: options.dryRun,
    now: ctx.now(),
  });
}
