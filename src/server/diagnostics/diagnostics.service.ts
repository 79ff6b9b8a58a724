import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { validateAnswers } from '../../core/diagnostics/answers.schemas.ts';
import type { AnswerFieldError, Answers } from '../../core/diagnostics/answers.schemas.ts';
import { listQuestions } from '../../core/diagnostics/instrument.schemas.ts';
import type { Instrument } from '../../core/diagnostics/instrument.schemas.ts';
import { ENGINE_VERSION, scoreDiagnostic } from '../../core/diagnostics/scoring.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { Actor } from '../auth/actor.ts';
import {
  assertCan,
  can,
  hasOrganisationRole,
  requireActor,
  type GuardedRecord,
} from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import type { Db } from '../../db/database.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthorizedError,
  ValidationError,
  msg,
  type FieldErrors,
} from '../errors.ts';
import { presentTerritory, resolveTerritory } from '../territories/territories.service.ts';
import { getInstruments, instrumentOf } from './instruments.ts';
import * as repo from './diagnostics.repository.ts';
import type { DiagnosticRow } from './diagnostics.repository.ts';
import {
  parseAnswers,
  parseAuthors,
  presentDiagnostic,
  presentSummary,
  type AnswerAuthors,
} from './diagnostics.present.ts';
import type {
  createDiagnosticBody,
  DiagnosticView,
  listQuery,
  saveAnswersBody,
  updateDiagnosticBody,
} from './diagnostics.schemas.ts';

/** The rules of diagnostics: who may read and answer, autosave, completion, trash. Sharing lives in diagnostics.sharing.ts. */

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
  const guard = guardOf(row, shares);
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
async function reload(ctx: AppContext, actor: Actor | null, id: string): Promise<DiagnosticView> {
  return viewOf(ctx, actor, await loadReadable(ctx, actor, id, { includeDeleted: true }));
}

/** The 409 of a lost race, with the version that won (read with `db`: inside a transaction, pass the transaction). */
async function staleVersion(db: Db, id: string): Promise<ConflictError> {
  const current = await repo.findDiagnostic(db, id, { includeDeleted: true });
  return new ConflictError(undefined, { currentVersion: current?.version ?? null });
}

function assertVersion(row: DiagnosticRow, version: number): void {
  if (row.version !== version) throw new ConflictError(undefined, { currentVersion: row.version });
}

function answerErrors(errors: readonly AnswerFieldError[]): ValidationError {
  const fields: FieldErrors = {};
  for (const e of errors) fields[e.field] ??= e.reason;
  return new ValidationError(
    fields,
    msg(
      'Certaines réponses ne correspondent pas aux questions de l’outil.',
      'Some answers do not match the instrument’s questions.',
    ),
  );
}

async function projectGuard(ctx: AppContext, projectId: string) {
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

/** Territory facts for a replicator's territory, or the field error saying why the code is refused. */
function territoryFacts(input: { type?: 'commune' | 'epci' | 'departement' | 'region'; code: string }) {
  const found = resolveTerritory(input);
  if ('fr' in found) throw new ValidationError({ 'territory.code': found });
  return presentTerritory(found);
}

async function checkModelProject(ctx: AppContext, actor: Actor, modelProjectId: string): Promise<void> {
  const model = await projectGuard(ctx, modelProjectId);
  if (!model || !can(actor, 'read', model.guard)) {
    throw new ValidationError({
      modelProjectId: msg(
        'Ce projet n’existe pas ou vous n’y avez pas accès.',
        'This project does not exist or you cannot access it.',
      ),
    });
  }
}

function assertReplicatorFields(
  kind: Instrument['kind'],
  input: { modelRef?: unknown; modelProjectId?: unknown; territory?: unknown },
): void {
  if (kind === 'replicator-fit') return;
  const fields: FieldErrors = {};
  const reason = msg(
    'Réservé aux diagnostics d’adéquation au territoire.',
    'Only for territory-fit diagnostics.',
  );
  for (const key of ['modelRef', 'modelProjectId', 'territory'] as const)
    if (input[key] !== undefined && input[key] !== null) fields[key] = reason;
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);
}

export async function createDiagnostic(
  ctx: AppContext,
  actorOrNull: Actor | null,
  projectId: string,
  input: z.infer<typeof createDiagnosticBody>,
): Promise<DiagnosticView> {
  const found = await projectGuard(ctx, projectId);
  if (!found) throw new NotFoundError();
  const { project, guard } = found;
  if (!hasOrganisationRole(actorOrNull, project.organisation_id, 'editor')) {
    if (!can(actorOrNull, 'read', guard)) throw new NotFoundError();
    throw actorOrNull ? new ForbiddenError() : new UnauthorizedError();
  }
  const actor = requireActor(actorOrNull);
  const instrument = getInstruments().findLatest(input.instrumentId);
  if (!instrument)
    throw new ValidationError({
      instrumentId: msg(
        'Cet outil de diagnostic n’existe pas.',
        'This diagnostic instrument does not exist.',
      ),
    });
  assertReplicatorFields(instrument.kind, input);
  if (input.modelProjectId) await checkModelProject(ctx, actor, input.modelProjectId);
  const facts = input.territory ? territoryFacts(input.territory) : null;
  const id = randomUUID();
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertDiagnostic(trx, {
      id,
      project_id: project.id,
      organisation_id: project.organisation_id,
      instrument_id: instrument.id,
      instrument_version: instrument.version,
      kind: instrument.kind,
      title: input.title ?? instrument.title[actor.language],
      status: 'draft',
      answers: '{}',
      answer_authors: '{}',
      result: null,
      engine_version: null,
      completed_at: null,
      completed_by: null,
      model_ref: input.modelRef ?? null,
      model_project_id: input.modelProjectId ?? null,
      territory_type: facts?.type ?? null,
      territory_code: facts?.code ?? null,
      territory_facts: facts ? JSON.stringify(facts) : null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
      deleted_at: null,
      deleted_by: null,
      version: 1,
    });
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'diagnostic.create',
        subjectType: 'diagnostic',
        subjectId: id,
        organisationId: project.organisation_id,
        details: { projectId, instrumentId: instrument.id, instrumentVersion: instrument.version },
      },
      ctx.now(),
    );
  });
  return reload(ctx, actor, id);
}

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

export async function getDiagnostic(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
): Promise<DiagnosticView> {
  return viewOf(ctx, actor, await loadReadable(ctx, actor, id));
}

export async function updateDiagnostic(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: z.infer<typeof updateDiagnosticBody>,
): Promise<DiagnosticView> {
  const loaded = await loadReadable(ctx, actor, id);
  assertCan(actor, 'edit', loaded.guard);
  const { row } = loaded;
  assertVersion(row, input.version);
  assertReplicatorFields(row.kind, input);
  if (input.modelProjectId) await checkModelProject(ctx, requireActor(actor), input.modelProjectId);
  const facts = input.territory ? territoryFacts(input.territory) : input.territory;
  const ok = await repo.updateDiagnosticAt(ctx.db, id, input.version, {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.modelRef !== undefined ? { model_ref: input.modelRef } : {}),
    ...(input.modelProjectId !== undefined ? { model_project_id: input.modelProjectId } : {}),
    ...(facts !== undefined
      ? {
          territory_type: facts?.type ?? null,
          territory_code: facts?.code ?? null,
          territory_facts: facts ? JSON.stringify(facts) : null,
        }
      : {}),
    updated_at: ctx.now().toISOString(),
  });
  if (!ok) throw await staleVersion(ctx.db, id);
  return reload(ctx, actor, id);
}

/**
 * Autosave: merges a partial set of answers (`null` clears one) after checking every one against the diagnostic's
 * instrument version; any bad answer refuses the whole set. Records who changed each answer and when.
 */
export async function saveAnswers(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: z.infer<typeof saveAnswersBody>,
): Promise<DiagnosticView> {
  const loaded = await loadReadable(ctx, actor, id);
  assertCan(actor, 'edit', loaded.guard);
  const { row, instrument } = loaded;
  const editor = requireActor(actor);
  assertVersion(row, input.version);
  if (row.status !== 'draft') {
    throw new ConflictError(
      msg(
        'Ce diagnostic est terminé : rouvrez-le pour changer des réponses.',
        'This diagnostic is completed: reopen it to change answers.',
      ),
      { currentVersion: row.version },
    );
  }
  // No prototype: a question id such as "__proto__" stays an ordinary (unknown) key, reported like any other.
  const sets: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const clears: string[] = [];
  for (const [questionId, value] of Object.entries(input.answers)) {
    if (value === null) clears.push(questionId);
    else sets[questionId] = value;
  }
  const validation = validateAnswers(instrument, input.instrumentVersion ?? row.instrument_version, sets);
  const errors = validation.ok ? [] : [...validation.errors];
  const questionIds = new Set(listQuestions(instrument).map((q) => q.id));
  for (const questionId of clears) {
    if (!questionIds.has(questionId)) {
      errors.push({
        questionId,
        field: `answers.${questionId}`,
        reason: {
          fr: 'Cette question n’existe pas dans cette version de l’outil.',
          en: 'This question does not exist in this version of the instrument.',
        },
      });
    }
  }
  if (errors.length > 0 || !validation.ok) throw answerErrors(errors);

  const answers: Answers = parseAnswers(row);
  const authors: AnswerAuthors = parseAuthors(row);
  const now = ctx.now().toISOString();
  for (const [questionId, value] of Object.entries(validation.answers)) {
    if (JSON.stringify(answers[questionId]) === JSON.stringify(value)) continue;
    answers[questionId] = value;
    authors[questionId] = { userId: editor.userId, at: now };
  }
  for (const questionId of clears) {
    delete answers[questionId];
    delete authors[questionId];
  }
  const ok = await repo.updateDiagnosticAt(
    ctx.db,
    id,
    input.version,
    { answers: JSON.stringify(answers), answer_authors: JSON.stringify(authors), updated_at: now },
    { status: 'draft' },
  );
  if (!ok) throw await staleVersion(ctx.db, id);
  return reload(ctx, actor, id);
}

/**
 * Completes a draft: every question must have an answer (« je ne sais pas » counts), the core engine scores the
 * answers, and the result is stored with the engine version in the same update that changes the status.
 */
export async function completeDiagnostic(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  version: number,
): Promise<DiagnosticView> {
  const loaded = await loadReadable(ctx, actor, id);
  assertCan(actor, 'edit', loaded.guard);
  const { row, instrument } = loaded;
  const editor = requireActor(actor);
  assertVersion(row, version);
  if (row.status === 'completed') {
    throw new ConflictError(msg('Ce diagnostic est déjà terminé.', 'This diagnostic is already completed.'), {
      currentVersion: row.version,
    });
  }
  const validation = validateAnswers(instrument, row.instrument_version, parseAnswers(row), {
    requireComplete: true,
  });
  if (!validation.ok) throw answerErrors(validation.errors);
  const result = scoreDiagnostic(instrument, validation.answers);
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await repo.updateDiagnosticAt(
      trx,
      id,
      version,
      {
        status: 'completed',
        result: JSON.stringify(result),
        engine_version: ENGINE_VERSION,
        completed_at: now,
        completed_by: editor.userId,
        updated_at: now,
      },
      { status: 'draft' },
    );
    if (!ok) throw await staleVersion(trx, id);
    await recordAudit(
      trx,
      {
        actorUserId: editor.userId,
        action: 'diagnostic.complete',
        subjectType: 'diagnostic',
        subjectId: id,
        organisationId: row.organisation_id,
        details: { verdict: result.verdict.id, engineVersion: ENGINE_VERSION },
      },
      ctx.now(),
    );
  });
  return reload(ctx, actor, id);
}

/** Back to draft to change answers; the stored result is dropped (the next completion stores a new one). */
export async function reopenDiagnostic(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  version: number,
): Promise<DiagnosticView> {
  const loaded = await loadReadable(ctx, actor, id);
  assertCan(actor, 'edit', loaded.guard);
  const { row } = loaded;
  assertVersion(row, version);
  if (row.status === 'draft') return viewOf(ctx, actor, loaded);
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await repo.updateDiagnosticAt(
      trx,
      id,
      version,
      {
        status: 'draft',
        result: null,
        engine_version: null,
        completed_at: null,
        completed_by: null,
        updated_at: ctx.now().toISOString(),
      },
      { status: 'completed' },
    );
    if (!ok) throw await staleVersion(trx, id);
    await recordAudit(
      trx,
      {
        actorUserId: actor?.userId ?? null,
        action: 'diagnostic.reopen',
        subjectType: 'diagnostic',
        subjectId: id,
        organisationId: row.organisation_id,
      },
      ctx.now(),
    );
  });
  return reload(ctx, actor, id);
}

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
