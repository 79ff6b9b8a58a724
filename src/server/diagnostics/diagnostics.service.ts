import type { Instrument } from '../../core/diagnostics/instrument.schemas.ts';
import type { Actor } from '../auth/actor.ts';
import { assertCan, can, type GuardedRecord } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import type { Db } from '../../db/database.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { getInstruments, instrumentOf } from './instruments.ts';
import * as repo from './diagnostics.repository.ts';
import type { DiagnosticRow } from './diagnostics.repository.ts';
import { presentDiagnostic } from './diagnostics.present.ts';
import { withFollowers } from '../training/follow-access.ts';
import type { DiagnosticView } from './diagnostics.schemas.ts';

/**
 * Reading a diagnostic: who may read and answer it, loading and presenting it, and what every write shares (version
 * checks, the 409 of a lost race, reloading). The writes live beside it: diagnostics.editing.ts (create, details),
 * diagnostics.answers.ts (autosave, completion, reopen), diagnostics.trash.ts (delete, restore); lists in
 * diagnostics.listing.ts, sharing and comparison in diagnostics.sharing.ts.
 */

export const TRASH_DAYS = 30;

export interface LoadedDiagnostic {
  row: DiagnosticRow;
  shares: Awaited<ReturnType<typeof repo.listShares>>;
  guard: GuardedRecord;
  instrument: Instrument;
}

export function guardOf(
  row: Pick<DiagnosticRow, 'organisation_id'>,
  shares: LoadedDiagnostic['shares'],
): GuardedRecord {
  return {
    organisationId: row.organisation_id,
    visibility: 'shared',
    sharedWithUserIds: shares.filter((s) => s.target_type === 'user').map((s) => s.target_id),
    sharedWithOrganisationIds: shares.filter((s) => s.target_type === 'organisation').map((s) => s.target_id),
  };
}

/** Loads a diagnostic the actor may read (404 otherwise, so that its existence does not leak). */
export async function loadReadable(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  options: { includeDeleted?: boolean } = {},
): Promise<LoadedDiagnostic> {
  const row = await repo.findDiagnostic(ctx.db, id, options);
  if (!row) throw new NotFoundError();
  const shares = await repo.listShares(ctx.db, [id]);
  // A facilitator following the project reads its diagnostics (read only, while the follow lasts).
  const guard = await withFollowers(ctx.db, actor, row.project_id, guardOf(row, shares));
  assertCan(actor, 'read', guard);
  return {
    row,
    shares,
    guard,
    instrument: instrumentOf(getInstruments(), row.instrument_id, row.instrument_version),
  };
}

function accessOf(actor: Actor | null, guard: GuardedRecord): DiagnosticView['access'] {
  const canEdit = can(actor, 'edit', guard);
  return { canAnswer: canEdit, canShare: canEdit };
}

export async function viewOf(
  ctx: AppContext,
  actor: Actor | null,
  loaded: LoadedDiagnostic,
): Promise<DiagnosticView> {
  return presentDiagnostic(
    ctx.db,
    loaded.row,
    loaded.shares,
    loaded.instrument,
    accessOf(actor, loaded.guard),
  );
}

/** Reloads after a write and presents. */
export async function reload(ctx: AppContext, actor: Actor | null, id: string): Promise<DiagnosticView> {
  return viewOf(ctx, actor, await loadReadable(ctx, actor, id, { includeDeleted: true }));
}

/** The 409 of a lost race, with the version that won (read with `db`: inside a transaction, pass the transaction). */
export async function staleVersion(db: Db, id: string): Promise<ConflictError> {
  const current = await repo.findDiagnostic(db, id, { includeDeleted: true });
  return new ConflictError(undefined, { currentVersion: current?.version ?? null });
}

export function assertVersion(row: DiagnosticRow, version: number): void {
  if (row.version !== version) throw new ConflictError(undefined, { currentVersion: row.version });
}

/** The project a diagnostic is written for, with what decides who may read it (null when it does not exist). */
export async function projectGuard(ctx: AppContext, projectId: string) {
  const project = await repo.findProjectForDiagnostics(ctx.db, projectId);
  if (!project) return null;
  const guard: GuardedRecord = {
    organisationId: project.organisation_id,
    visibility: project.visibility,
    published: project.status === 'published',
    sharedWithOrganisationIds: await repo.listProjectShareOrganisations(ctx.db, projectId),
  };
  return { project, guard };
}

export async function getDiagnostic(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
): Promise<DiagnosticView> {
  return viewOf(ctx, actor, await loadReadable(ctx, actor, id));
}
