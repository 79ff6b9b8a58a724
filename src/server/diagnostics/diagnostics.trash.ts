import { recordAudit } from '../audit/audit.repository.ts';
import type { Actor } from '../auth/actor.ts';
import { assertCan } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import * as repo from './diagnostics.repository.ts';
import type { DiagnosticView } from './diagnostics.schemas.ts';
import { TRASH_DAYS, loadReadable, reload, staleVersion, viewOf } from './diagnostics.service.ts';

/** The trash: a deleted diagnostic stays restorable for TRASH_DAYS days, and nothing is erased. */

/** To the trash (restorable for 30 days); nothing is erased. */
export async function deleteDiagnostic(ctx: AppContext, actor: Actor | null, id: string): Promise<void> {
  const loaded = await loadReadable(ctx, actor, id);
  assertCan(actor, 'edit', loaded.guard);
  const { row } = loaded;
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await repo.updateDiagnosticAt(trx, id, row.version, {
      deleted_at: now,
      deleted_by: actor?.userId ?? null,
      updated_at: now,
    });
    if (!ok) throw await staleVersion(trx, id);
    await recordAudit(
      trx,
      {
        actorUserId: actor?.userId ?? null,
        action: 'diagnostic.delete',
        subjectType: 'diagnostic',
        subjectId: id,
        organisationId: row.organisation_id,
      },
      ctx.now(),
    );
  });
}

export async function restoreDiagnostic(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
): Promise<DiagnosticView> {
  const loaded = await loadReadable(ctx, actor, id, { includeDeleted: true });
  assertCan(actor, 'edit', loaded.guard);
  const { row } = loaded;
  if (row.deleted_at === null) return viewOf(ctx, actor, loaded);
  const limit = new Date(ctx.now().getTime() - TRASH_DAYS * 86_400_000).toISOString();
  if (row.deleted_at <= limit) throw new NotFoundError();
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await repo.updateDiagnosticAt(trx, id, row.version, {
      deleted_at: null,
      deleted_by: null,
      updated_at: ctx.now().toISOString(),
    });
    if (!ok) throw await staleVersion(trx, id);
    await recordAudit(
      trx,
      {
        actorUserId: actor?.userId ?? null,
        action: 'diagnostic.restore',
        subjectType: 'diagnostic',
        subjectId: id,
        organisationId: row.organisation_id,
      },
      ctx.now(),
    );
  });
  return reload(ctx, actor, id);
}
