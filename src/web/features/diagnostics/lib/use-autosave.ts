import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api-client.ts';
import { diagnosticKey, getDiagnostic } from '../api/get-diagnostic.ts';
import { saveAnswers, sendAnswersOnExit } from '../api/save-answers.ts';
import type { AnswerValue, Answers, Diagnostic } from '../api/types.ts';

/** Pause after the last change before saving (a click on a radio saves almost at once, typing waits for a pause). */
export const AUTOSAVE_DELAY_MS = 800;
const RETRY_DELAY_MS = 5_000;

type Pending = Record<string, AnswerValue | null>;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string; field?: string };

const storageKey = (id: string) => `essaim.diagnostic-pending.${id}`;

function readBackup(id: string): Pending {
  try {
    const raw = window.localStorage.getItem(storageKey(id));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Pending) : {};
  } catch {
    return {};
  }
}

function writeBackup(id: string, pending: Pending): void {
  try {
    if (Object.keys(pending).length === 0) window.localStorage.removeItem(storageKey(id));
    else window.localStorage.setItem(storageKey(id), JSON.stringify(pending));
  } catch {
    // Storage disabled: the debounced save and the save on leaving still apply.
  }
}

function applyPending(answers: Answers, pending: Pending): Answers {
  const merged: Answers = { ...answers };
  for (const [id, value] of Object.entries(pending)) {
    if (value === null) delete merged[id];
    else merged[id] = value;
  }
  return merged;
}

/** The changes of a backup that the server does not have yet. */
function unsavedPart(backup: Pending, server: Answers): Pending {
  return Object.fromEntries(
    Object.entries(backup).filter(
      ([id, value]) => JSON.stringify(server[id] ?? null) !== JSON.stringify(value),
    ),
  );
}

/**
 * The answers of a draft, saved as they change: debounced `PATCH /answers` with only the changed answers, a copy in
 * the browser until the server has them (closing the tab loses nothing: the copy is sent again on the next visit),
 * a last request with `keepalive` when the page goes away, and, on 409 (someone else saved in between), a reload of
 * the other person's answers with our unsaved changes applied on top and saved again.
 */
export function useAutosave(diagnostic: Diagnostic) {
  const queryClient = useQueryClient();
  const id = diagnostic.id;
  const instrumentVersion = diagnostic.instrumentVersion;
  const [restored] = useState(() => unsavedPart(readBackup(id), diagnostic.answers));
  const [answers, setAnswers] = useState<Answers>(() => applyPending(diagnostic.answers, restored));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [conflict, setConflict] = useState(false);
  const [authors, setAuthors] = useState(diagnostic.answerAuthors);

  const pending = useRef<Pending>({ ...restored });
  const version = useRef(diagnostic.version);
  const inFlight = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const flushRef = useRef<() => Promise<void>>(async () => undefined);

  const schedule = useCallback((delay: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flushRef.current(), delay);
  }, []);

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    if (inFlight.current || Object.keys(pending.current).length === 0) return;
    const sent = pending.current;
    inFlight.current = true;
    setState({ kind: 'saving' });
    try {
      const saved = await saveAnswers({ id, version: version.current, instrumentVersion, answers: sent });
      version.current = saved.version;
      // Keep what changed again while the request was travelling.
      const rest: Pending = {};
      for (const [qid, value] of Object.entries(pending.current)) if (sent[qid] !== value) rest[qid] = value;
      pending.current = rest;
      writeBackup(id, rest);
      setAuthors(saved.answerAuthors);
      queryClient.setQueryData(diagnosticKey(id), { ...saved, answers: applyPending(saved.answers, rest) });
      setState(Object.keys(rest).length > 0 ? { kind: 'unsaved' } : { kind: 'saved', at: new Date() });
      inFlight.current = false;
      if (Object.keys(rest).length > 0) schedule(AUTOSAVE_DELAY_MS);
    } catch (error) {
      inFlight.current = false;
      if (error instanceof ApiError && error.status === 409) {
        // Someone else saved: take their answers, put ours on top, save again with the new version.
        const fresh = await getDiagnostic(id).catch(() => null);
        if (fresh) {
          version.current = fresh.version;
          setAuthors(fresh.answerAuthors);
          setAnswers(applyPending(fresh.answers, pending.current));
          queryClient.setQueryData(diagnosticKey(id), fresh);
          setConflict(true);
          if (fresh.status === 'draft') schedule(0);
          else setState({ kind: 'error', message: error.message });
          return;
        }
      }
      const message = error instanceof Error ? error.message : String(error);
      const field =
        error instanceof ApiError
          ? Object.keys(error.fields).find((f) => f.startsWith('answers.'))
          : undefined;
      setState({ kind: 'error', message, field });
      // A refused answer will be refused again: wait for the next change. Network and server errors: retry.
      if (!(error instanceof ApiError && error.status === 400)) schedule(RETRY_DELAY_MS);
    }
  }, [id, instrumentVersion, queryClient, schedule]);
  flushRef.current = flush;

  const setAnswer = useCallback(
    (questionId: string, value: AnswerValue | null) => {
      pending.current = { ...pending.current, [questionId]: value };
      writeBackup(id, pending.current);
      setAnswers((old) => applyPending(old, { [questionId]: value }));
      setState({ kind: 'unsaved' });
      schedule(AUTOSAVE_DELAY_MS);
    },
    [id, schedule],
  );

  // Answers found in the browser from an earlier visit: send them now.
  useEffect(() => {
    if (Object.keys(restored).length > 0) schedule(0);
  }, [restored, schedule]);

  useEffect(() => {
    const leave = () => {
      if (Object.keys(pending.current).length === 0) return;
      sendAnswersOnExit({ id, version: version.current, instrumentVersion, answers: pending.current });
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') void flushRef.current();
    };
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', hidden);
      // Leaving the form inside the application: save what is left now (the request outlives the component, and
      // the copy in the browser stays until the server has confirmed).
      void flushRef.current();
    };
  }, [id, instrumentVersion]);

  return {
    answers,
    authors,
    setAnswer,
    state,
    flush,
    conflict,
    dismissConflict: () => setConflict(false),
    restoredCount: Object.keys(restored).length,
    hasPending: () => Object.keys(pending.current).length > 0 || inFlight.current,
    currentVersion: () => version.current,
  };
}
