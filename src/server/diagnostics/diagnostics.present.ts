import type { Answers } from '../../core/diagnostics/answers.schemas.ts';
import type { Instrument } from '../../core/diagnostics/instrument.schemas.ts';
import { listQuestions } from '../../core/diagnostics/instrument.schemas.ts';
import { scoreDiagnostic } from '../../core/diagnostics/scoring.ts';
import type { DiagnosticResult } from '../../core/diagnostics/scoring.ts';
import type { Db } from '../../db/database.ts';
import type { DiagnosticShareTable } from '../../db/tables/diagnostics.ts';
import type { DiagnosticRow } from './diagnostics.repository.ts';
import { findOrganisationNames, findProjectTitle, findUserNames } from './diagnostics.repository.ts';
import type { DiagnosticSummaryView, DiagnosticView } from './diagnostics.schemas.ts';

/** Turns rows into the wire format of diagnostics.schemas.ts. */

export type AnswerAuthors = Record<string, { userId: string; at: string }>;

export function parseAnswers(row: Pick<DiagnosticRow, 'answers'>): Answers {
  return JSON.parse(row.answers) as Answers;
}

export function parseAuthors(row: Pick<DiagnosticRow, 'answer_authors'>): AnswerAuthors {
  return JSON.parse(row.answer_authors) as AnswerAuthors;
}

export function parseResult(row: Pick<DiagnosticRow, 'result'>): DiagnosticResult | null {
  return row.result === null ? null : (JSON.parse(row.result) as DiagnosticResult);
}

export function countAnswered(instrument: Instrument, answers: Answers): { answered: number; total: number } {
  const questions = listQuestions(instrument);
  return { answered: questions.filter((q) => answers[q.id] !== undefined).length, total: questions.length };
}

export function presentSummary(
  row: DiagnosticRow,
  instrument: Instrument,
  names: Map<string, string>,
): DiagnosticSummaryView {
  const result = parseResult(row);
  return {
    id: row.id,
    projectId: row.project_id,
    organisationId: row.organisation_id,
    instrumentId: row.instrument_id,
    instrumentVersion: row.instrument_version,
    kind: row.kind,
    title: row.title,
    status: row.status,
    verdict: result?.verdict.id ?? null,
    overallScore: result?.overall.score ?? null,
    progress: countAnswered(instrument, parseAnswers(row)),
    createdBy: { userId: row.created_by, displayName: names.get(row.created_by) ?? '' },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    completedAt: row.completed_at,
    deletedAt: row.deleted_at,
    version: row.version,
  };
}

export async function presentDiagnostic(
  db: Db,
  row: DiagnosticRow,
  shares: readonly DiagnosticShareTable[],
  instrument: Instrument,
  access: DiagnosticView['access'],
): Promise<DiagnosticView> {
  const answers = parseAnswers(row);
  const authors = parseAuthors(row);
  const sharedUserIds = shares.filter((s) => s.target_type === 'user').map((s) => s.target_id);
  const sharedOrganisationIds = shares
    .filter((s) => s.target_type === 'organisation')
    .map((s) => s.target_id);
  const [names, organisations, project, modelProject] = await Promise.all([
    findUserNames(db, [row.created_by, ...Object.values(authors).map((a) => a.userId), ...sharedUserIds]),
    findOrganisationNames(db, sharedOrganisationIds),
    findProjectTitle(db, row.project_id),
    row.model_project_id ? findProjectTitle(db, row.model_project_id) : Promise.resolve(undefined),
  ]);
  const byContributor = new Map<string, { answers: number; lastAnsweredAt: string }>();
  for (const { userId, at } of Object.values(authors)) {
    const c = byContributor.get(userId) ?? { answers: 0, lastAnsweredAt: at };
    c.answers++;
    if (at > c.lastAnsweredAt) c.lastAnsweredAt = at;
    byContributor.set(userId, c);
  }
  return {
    ...presentSummary(row, instrument, names),
    project: { id: row.project_id, title: project?.title ?? '' },
    answers,
    answerAuthors: Object.fromEntries(
      Object.entries(authors).map(([questionId, a]) => [
        questionId,
        { userId: a.userId, displayName: names.get(a.userId) ?? '', at: a.at },
      ]),
    ),
    contributors: [...byContributor]
      .map(([userId, c]) => ({ userId, displayName: names.get(userId) ?? '', ...c }))
      .sort((a, b) => b.lastAnsweredAt.localeCompare(a.lastAnsweredAt) || a.userId.localeCompare(b.userId)),
    result: parseResult(row),
    preview: row.status === 'draft' ? scoreDiagnostic(instrument, answers) : null,
    model:
      row.kind === 'replicator-fit'
        ? { ref: row.model_ref, projectId: row.model_project_id, projectTitle: modelProject?.title ?? null }
        : null,
    territory:
      row.territory_facts === null ? null : (JSON.parse(row.territory_facts) as DiagnosticView['territory']),
    sharedWith: {
      users: sharedUserIds.map((userId) => ({ userId, displayName: names.get(userId) ?? '' })),
      organisations: sharedOrganisationIds.flatMap((id) =>
        organisations.has(id) ? [{ id, name: organisations.get(id)! }] : [],
      ),
    },
    access,
  };
}
