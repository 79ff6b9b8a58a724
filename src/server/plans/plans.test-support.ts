import { randomUUID } from 'node:crypto';
import { validateAnswers, type Answers } from '../../core/diagnostics/answers.schemas.ts';
import { ENGINE_VERSION, scoreDiagnostic } from '../../core/diagnostics/scoring.ts';
import { readExample } from '../diagnostics/diagnostics.test-support.ts';
import { getInstruments, instrumentOf } from '../diagnostics/instruments.ts';
import type { TestContext } from '../test/harness.ts';

export { call, createTestProject } from '../diagnostics/diagnostics.test-support.ts';

/** Inserts a completed carrier-readiness diagnostic of `projectId` answered like the named reference example, with optional overrides. */
export async function createCompletedDiagnostic(
  t: TestContext,
  projectId: string,
  organisationId: string,
  authorId: string,
  options: { example?: string; answers?: Answers } = {},
): Promise<string> {
  const example = readExample(options.example ?? 'bricobus');
  const instrument = instrumentOf(getInstruments(), example.instrumentId, example.instrumentVersion);
  const checked = validateAnswers(
    instrument,
    instrument.version,
    { ...example.answers, ...(options.answers ?? {}) },
    { requireComplete: true },
  );
  if (!checked.ok) throw new Error(`bad test answers: ${checked.errors.map((e) => e.field).join(', ')}`);
  const id = randomUUID();
  const now = t.ctx.now().toISOString();
  await t.ctx.db
    .insertInto('diagnostics')
    .values({
      id,
      project_id: projectId,
      organisation_id: organisationId,
      instrument_id: instrument.id,
      instrument_version: instrument.version,
      kind: instrument.kind,
      title: example.title.fr,
      status: 'completed',
      answers: JSON.stringify(checked.answers),
      answer_authors: '{}',
      result: JSON.stringify(scoreDiagnostic(instrument, checked.answers)),
      engine_version: ENGINE_VERSION,
      completed_at: now,
      completed_by: authorId,
      model_ref: null,
      model_project_id: null,
      territory_type: null,
      territory_code: null,
      territory_facts: null,
      created_by: authorId,
      created_at: now,
      updated_at: now,
      deleted_at: null,
      deleted_by: null,
      version: 1,
    })
    .execute();
  return id;
}
