/**
 * The diagnostics API as the pages use it (src/server/diagnostics/diagnostics.schemas.ts). Texts from content
 * (questions, explanations of the result) travel as `{ fr, en }`: the page picks its language.
 */
import type { AnswerValue, Answers } from '../../../../core/diagnostics/answers.schemas.ts';
import type { LocalizedText, VerdictId } from '../../../../core/diagnostics/instrument-vocabulary.ts';
import type { Instrument } from '../../../../core/diagnostics/instrument.schemas.ts';
import type { DiagnosticResult, ResultComparison } from '../../../../core/diagnostics/scoring.ts';

export type {
  AnswerValue,
  Answers,
  DiagnosticResult,
  Instrument,
  LocalizedText,
  ResultComparison,
  VerdictId,
};
export type { DimensionLevel } from '../../../../core/diagnostics/instrument-vocabulary.ts';
export type { Question } from '../../../../core/diagnostics/question.schemas.ts';
export type { Dimension } from '../../../../core/diagnostics/instrument.schemas.ts';
export type { Trace } from '../../../../core/diagnostics/scoring.ts';

export type InstrumentKind = Instrument['kind'];

/** One entry of `GET /instruments`. */
export type InstrumentSummary = {
  id: string;
  kind: InstrumentKind;
  version: number;
  versions: number[];
  title: LocalizedText;
  intro: LocalizedText;
  estimatedMinutes: { min: number; max: number };
  dimensionCount: number;
  questionCount: number;
};

export type Person = { userId: string; displayName: string };

export type DiagnosticSummary = {
  id: string;
  projectId: string;
  organisationId: string;
  instrumentId: string;
  instrumentVersion: number;
  kind: InstrumentKind;
  title: string;
  status: 'draft' | 'completed';
  verdict: VerdictId | null;
  overallScore: number | null;
  progress: { answered: number; total: number };
  createdBy: Person;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  deletedAt: string | null;
  version: number;
};

export type Diagnostic = DiagnosticSummary & {
  project: { id: string; title: string };
  answers: Answers;
  answerAuthors: Record<string, { userId: string; displayName: string; at: string }>;
  contributors: { userId: string; displayName: string; answers: number; lastAnsweredAt: string }[];
  result: DiagnosticResult | null;
  preview: DiagnosticResult | null;
  model: { ref: string | null; projectId: string | null; projectTitle: string | null } | null;
  territory: { type: string; code: string; name: string; population: number | null } | null;
  sharedWith: { users: Person[]; organisations: { id: string; name: string }[] };
  access: { canAnswer: boolean; canShare: boolean };
};

export type DiagnosticList = { items: DiagnosticSummary[]; nextCursor: string | null };

export type Comparison = { a: DiagnosticSummary; b: DiagnosticSummary; comparison: ResultComparison };

export type SharedWith = Diagnostic['sharedWith'];

/** A card of `GET /projects/mine` (the library's project records), reduced to what these pages show. */
export type MyProject = {
  id: string;
  title: string;
  summary: string;
  organisation: { id: string; name: string };
  updatedAt: string;
};
