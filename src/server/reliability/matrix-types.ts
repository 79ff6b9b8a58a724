import type { Cast, Records, Role } from './world.ts';

/**
 * One row of the permission matrix: seven cells in the order anonymous, viewer, editor, owner, outsider (owner of
 * another organisation), facilitator, administrator. A cell is `ok` (authorised: 2xx, 3xx, or a business refusal
 * after the permission check such as 400, 409 or 422) or the exact refusal status (401, 403, 404).
 * Example: `'404 ok ok ok 404 404 ok'` for a private record every member may read.
 */
export type MatrixRow = string;

export interface RequestParts {
  body?: unknown;
  /** A raw body (file uploads) with its content type. */
  raw?: { contentType: string; payload: Buffer };
  query?: string;
}

export interface Expectation {
  /** Rows per record visibility; a route that hangs on no record uses `any`. */
  private?: MatrixRow;
  shared?: MatrixRow;
  public?: MatrixRow;
  any?: MatrixRow;
  /** The request, when the one generated from the OpenAPI schema would not pass validation. */
  request?: (records: Records, cast: Cast, role: Role) => RequestParts;
  /** The call consumes its record (delete, transfer): each authorised cell gets a fresh family of records. */
  destructive?: boolean;
  /**
   * Deviations found by this suite in code its authors may not change: the row the route answers today, while the
   * rows above say what it should answer. The test fails when the route changes (fixed: delete the line).
   */
  known?: { rows: Partial<Record<'private' | 'shared' | 'public' | 'any', MatrixRow>>; why: string };
  /**
   * A route that appeared while its capability was being built, whose row its authors still have to write: listed
   * by name (a further new route still fails), skipped by the matrix, and printed by every run as a reminder.
   */
  awaiting?: string;
  /** Routes tested cell by cell in a dedicated matrix (secrets in the address, sign-in flows): the file that does it. */
  coveredBy?: string;
}

export type Expectations = Record<string, Expectation>;

/** Shorthands for the usual rows. */
export const ROW = {
  everyone: 'ok ok ok ok ok ok ok',
  signedIn: '401 ok ok ok ok ok ok',
  /** A private record: members read, others do not learn it exists. */
  readPrivate: '404 ok ok ok 404 404 ok',
  /** A record others may read (public or shared with them) but only editors change. */
  editReadable: '401 403 ok ok 403 403 ok',
  editPrivate: '404 403 ok ok 404 404 ok',
  manageReadable: '401 403 403 ok 403 403 ok',
  managePrivate: '404 403 403 ok 404 404 ok',
  adminOnly: '401 403 403 403 403 403 ok',
} as const;
