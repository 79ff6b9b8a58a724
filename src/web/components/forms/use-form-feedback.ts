import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../lib/api-client.ts';

/** Turns anything a mutation throws into an `ApiError` (unexpected errors keep their message). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'unexpected', error instanceof Error ? error.message : String(error));
}

/**
 * The error state of one form: the last failed submission, the message of each field (from the server's
 * `error.fields`, or from a check made in the browser) and a reference to the summary, focused after each failure
 * so that screen-reader and keyboard users hear what went wrong (RGAA 11.10, 11.11).
 */
export function useFormFeedback() {
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt > 0 && error) summaryRef.current?.focus();
  }, [attempt, error]);

  const fail = useCallback((cause: unknown) => {
    setError(toApiError(cause));
    setAttempt((n) => n + 1);
  }, []);

  /** A failure found in the browser before sending: same display as a server one. */
  const failFields = useCallback(
    (fields: Record<string, string>, message: string) =>
      fail(new ApiError(400, 'validation_failed', message, fields)),
    [fail],
  );

  const clear = useCallback(() => setError(null), []);
  const fieldError = useCallback((name: string): string | undefined => error?.fields[name], [error]);

  return { error, fail, failFields, clear, fieldError, summaryRef };
}

export type FormFeedback = ReturnType<typeof useFormFeedback>;
