import { randomUUID } from 'node:crypto';
import { validateAnswers, type Answers } from '../../core/diagnostics/answers.schemas.ts';
import { ENGINE_VERSION, scoreDiagnostic } from '../../core/diagnostics/scoring.ts';
import { readExample } from '../diagnostics/diagnostics.test-support.ts';
import { getInstruments, instrumentOf } from '../diagnostics/instruments.ts';
import { call, createTestProject } from '../diagnostics/diagnostics.test-support.ts';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import type { PlanView } from './plans.schemas.ts';

export { call, createTestProject };

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

/**
 * The shared start of the plan tests: a role matrix, a Bricobus project and a plan created by the editor from its
 * completed diagnostic (the cost question left unknown, so the plan holds a gap item to close later).
 */
export async function createPlanFixture() {
  const t = await createTestContext();
  const m = await createRoleMatrix(t);
  const projectId = await createTestProject(t, m.organisationId, { title: 'Bricobus' });
  const diagnosticId = await createCompletedDiagnostic(t, projectId, m.organisationId, m.owner.id, {
    answers: { 'economics.cost-known': { unknown: true } },
  });
  const res = await call(t, m.editor, {
    method: 'POST',
    url: `/projects/${projectId}/plans`,
    payload: { diagnosticId },
  });
  if (res.statusCode !== 201) throw new Error(`plan not created: ${res.body}`);
  return { t, m, projectId, diagnosticId, plan: res.json() as PlanView };
}
