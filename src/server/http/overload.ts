/**
 * Errors that mean « the database is too busy right now », not « something is broken »: the PostgreSQL pool could
 * not lend a connection in time, or SQLite stayed locked past its busy timeout. Nothing was written (both happen
 * before or instead of the statement), so the client may simply retry: 503 with Retry-After, instead of a 500 that
 * reads as a defect in the logs and the reliability scripts.
 */
export function isDatabaseOverload(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT') return true;
  // pg-pool raises a plain Error with this message when connectionTimeoutMillis passes.
  return error.message === 'timeout exceeded when trying to connect';
}

/** Seconds a client should wait before retrying after an overload. */
export const OVERLOAD_RETRY_AFTER_SECONDS = 2;
