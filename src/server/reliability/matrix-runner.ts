import type { TestContext } from '../test/harness.ts';
import { fillPath, type ApiRoute } from './route-table.ts';
import { resolveParams } from './params.ts';
import { sampleValue } from './schema-sample.ts';
import { changedTables, countRows } from './row-counts.ts';
import { buildRecords, personOf, ROLES, type Cast, type Records, type Role, type Variant } from './world.ts';
import type { Expectation, MatrixRow, RequestParts } from './matrix-types.ts';

/** Families of records per visibility, rebuilt only after a call that may have changed them. */
export function recordPool(t: TestContext, cast: Cast) {
  const current = new Map<Variant, Records>();
  return {
    async get(variant: Variant): Promise<Records> {
      let records = current.get(variant);
      if (!records) {
        records = await buildRecords(t, cast, variant);
        current.set(variant, records);
      }
      return records;
    },
    spoil(variant: Variant): void {
      current.delete(variant);
    },
  };
}

export function parseRow(row: MatrixRow): Record<Role, string> {
  const cells = row.trim().split(/\s+/);
  if (cells.length !== ROLES.length)
    throw new Error(`a matrix row has ${ROLES.length} cells, not ${cells.length}: « ${row} »`);
  return Object.fromEntries(ROLES.map((role, i) => [role, cells[i]!])) as Record<Role, string>;
}

/** What a status means for the matrix: `ok` once past the permission check, or the refusal itself. */
export function classify(status: number): string {
  return status === 401 || status === 403 || status === 404 || status >= 500 ? String(status) : 'ok';
}

function defaultRequest(route: ApiRoute, records: Records, cast: Cast): RequestParts {
  const hints = {
    organisationId: cast.organisationId,
    projectId: records.projectId,
    diagnosticId: records.diagnosticId,
    version: 1,
  };
  const query = route.requiredQuery
    .map((name) => `${name}=${encodeURIComponent(String(sampleValue(route.query[name] ?? {}, hints, name)))}`)
    .join('&');
  return { body: route.body ? sampleValue(route.body, hints) : undefined, query };
}

/** Sends one cell's request. */
export async function callCell(
  t: TestContext,
  route: ApiRoute,
  expectation: Expectation,
  records: Records,
  cast: Cast,
  role: Role,
) {
  const { values, missing } = resolveParams(route.path, route.pathParams, records, cast);
  if (missing.length)
    throw new Error(
      `${route.key}: no value for ${missing.join(', ')}; add a resolver in src/server/reliability/params.ts`,
    );
  const parts = expectation.request?.(records, cast, role) ?? defaultRequest(route, records, cast);
  const person = personOf(cast, role);
  const headers: Record<string, string> = person ? { cookie: person.cookie } : {};
  if (parts.raw) headers['content-type'] = parts.raw.contentType;
  const url = `/api/v1${fillPath(route.path, values)}${parts.query ? `?${parts.query}` : ''}`;
  return t.app.inject({
    method: route.method,
    url,
    headers,
    ...(parts.raw
      ? { payload: parts.raw.payload }
      : parts.body !== undefined
        ? { payload: parts.body as object }
        : {}),
  });
}

/**
 * Runs one row: refused cells first (they must change nothing: row counts are compared), then authorised ones.
 * Returns the differences from the expected row, empty when the row holds.
 */
export async function runRow(
  t: TestContext,
  cast: Cast,
  pool: ReturnType<typeof recordPool>,
  route: ApiRoute,
  expectation: Expectation,
  variant: Variant | 'any',
  row: MatrixRow,
): Promise<{ problems: string[]; observed: string }> {
  const expected = parseRow(row);
  const family: Variant = variant === 'any' ? 'private' : variant;
  const order = [...ROLES].sort((a, b) => Number(expected[a] === 'ok') - Number(expected[b] === 'ok'));
  const observed: Partial<Record<Role, string>> = {};
  const problems: string[] = [];
  const writes = route.method !== 'GET';
  for (const role of order) {
    const records = await pool.get(family);
    const before = writes && expected[role] !== 'ok' ? await countRows(t.ctx.db) : null;
    const response = await callCell(t, route, expectation, records, cast, role);
    const got = classify(response.statusCode);
    observed[role] = got;
    if (got !== expected[role])
      problems.push(
        `${variant} ${role}: expected ${expected[role]}, got ${response.statusCode} ${response.body.slice(0, 160)}`,
      );
    if (before) {
      const changed = changedTables(before, await countRows(t.ctx.db));
      if (changed.length)
        problems.push(`${variant} ${role}: refused, yet rows changed (${changed.join('; ')})`);
    }
    if (writes && got === 'ok' && expectation.destructive) pool.spoil(family);
  }
  if (writes && Object.values(observed).includes('ok')) pool.spoil(family);
  return { problems, observed: ROLES.map((r) => observed[r]).join(' ') };
}
