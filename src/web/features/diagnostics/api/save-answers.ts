import { api } from '../../../lib/api-client.ts';
import type { AnswerValue, Diagnostic } from './types.ts';

export type SaveAnswersInput = {
  id: string;
  version: number;
  instrumentVersion: number;
  /** Only the changed answers; `null` clears one. */
  answers: Record<string, AnswerValue | null>;
};

function answersPath(id: string): string {
  return `/diagnostics/${encodeURIComponent(id)}/answers`;
}

/**
 * `PATCH /api/v1/diagnostics/:id/answers`: merges the given answers (autosave). A stale `version` is a 409 with
 * `currentVersion`: someone else saved in between; a bad answer is a 400 naming `answers.<questionId>`.
 */
export function saveAnswers({ id, ...body }: SaveAnswersInput): Promise<Diagnostic> {
  return api.patch<Diagnostic>(answersPath(id), body);
}

/**
 * The same request sent while the tab closes: `keepalive` lets it outlive the page. Nobody reads the answer; the
 * copy kept in the browser (see use-autosave.ts) is sent again on the next visit if this one did not land.
 */
export function sendAnswersOnExit({ id, ...body }: SaveAnswersInput): void {
  void fetch(`/api/v1${answersPath(id)}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'same-origin',
    keepalive: true,
  }).catch(() => undefined);
}
