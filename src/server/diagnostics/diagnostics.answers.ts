import type { z } from 'zod';
import { validateAnswers } from '../../core/diagnostics/answers.schemas.ts';
import type { AnswerFieldError, Answers } from '../../core/diagnostics/answers.schemas.ts';
import { listQuestions } from '../../core/diagnostics/instrument.schemas.ts';
import { ENGINE_VERSION, scoreDiagnostic } from '../../core/diagnostics/scoring.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { Actor } from '../auth/actor.ts';
import { assertCan, requireActor } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import { ConflictError, ValidationError, msg, type FieldErrors } from '../errors.ts';
import * as repo from './diagnostics.repository.ts';
import { parseAnswers, parseAuthors, type AnswerAuthors } from './diagnostics.present.ts';
import type { DiagnosticView, saveAnswersBody } from './diagnostics.schemas.ts';
import { assertVersion, loadReadable, reload, staleVersion, viewOf } from './diagnostics.service.ts';

/**
 * Answering a diagnostic: autosave of a draft, completion (the core engine scores the answers once, and the result
 * is stored), and reopening a completed diagnostic to change its answers.
 */

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
        'Ce diagnostic est terminé : rouvrez-le pour changer des réponses.',
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
