/** Diagnostics: one instrument answered by the members of a project's organisation, and its computed result. */
export type DiagnosticKind = 'carrier-readiness' | 'replicator-fit';
export type DiagnosticStatus = 'draft' | 'completed';

export interface DiagnosticTable {
  id: string;
  project_id: string;
  /** The project's organisation, copied for permission checks and listing. */
  organisation_id: string;
  instrument_id: string;
  instrument_version: number;
  kind: DiagnosticKind;
  title: string;
  status: DiagnosticStatus;
  /** JSON: { [questionId]: AnswerValue } (src/core/diagnostics/answers.schemas.ts). */
  answers: string;
  /** JSON: { [questionId]: { userId, at } }: who last changed each answer, and when. */
  answer_authors: string;
  /** JSON DiagnosticResult, stored at completion (null while a draft). */
  result: string | null;
  engine_version: number | null;
  completed_at: string | null;
  completed_by: string | null;
  /** Replicator fit: the model being considered (free reference) and/or the carrier's project. */
  model_ref: string | null;
  model_project_id: string | null;
  /** Replicator fit: the replicator's territory (INSEE code / SIREN and its type) and its facts as of creation (JSON). */
  territory_type: string | null;
  territory_code: string | null;
  territory_facts: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  deleted_by: string | null;
  version: number;
}

/** Read access given to a facilitator (user) or another organisation. */
export interface DiagnosticShareTable {
  diagnostic_id: string;
  target_type: 'user' | 'organisation';
  target_id: string;
  created_by: string;
  created_at: string;
}

export interface DiagnosticsTables {
  diagnostics: DiagnosticTable;
  diagnostic_shares: DiagnosticShareTable;
}
