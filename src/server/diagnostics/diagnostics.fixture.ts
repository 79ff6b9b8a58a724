import { expect } from 'vitest';
import { listQuestions } from '../../core/diagnostics/instrument.schemas.ts';
import {
  createTestContext,
  createTestOrganisation,
  createTestUser,
  type TestContext,
  type TestUser,
} from '../test/harness.ts';
import { getInstruments } from './instruments.ts';
import { call, createTestProject } from './diagnostics.test-support.ts';

/** The shared setting of the diagnostics API tests: one project, its owner and an editor of its organisation. */

export const carrier = getInstruments().findLatest('carrier-readiness')!;
export const allUnknown = Object.fromEntries(
  listQuestions(carrier).map((q) => [q.id, { unknown: true as const }]),
);

export interface DiagnosticsFixture {
  t: TestContext;
  owner: TestUser;
  editor: TestUser;
  projectId: string;
}

export async function setUpDiagnosticsProject(): Promise<DiagnosticsFixture> {
  const t = await createTestContext();
  const owner = await createTestUser(t, { displayName: 'Aline Porteuse' });
  const editor = await createTestUser(t, { displayName: 'Bruno Éditeur' });
  const organisationId = await createTestOrganisation(t, owner, [{ user: editor, role: 'editor' }]);
  const projectId = await createTestProject(t, organisationId, { title: 'Centrales Villageoises du Val' });
  return { t, owner, editor, projectId };
}

/** Creates a diagnostic on the fixture's project as `user` and expects a 201. */
export async function createDiagnostic(
  f: DiagnosticsFixture,
  body: Record<string, unknown> = { instrumentId: 'carrier-readiness' },
  user: TestUser = f.owner,
) {
  const res = await call(f.t, user, {
    method: 'POST',
    url: `/projects/${f.projectId}/diagnostics`,
    payload: body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
