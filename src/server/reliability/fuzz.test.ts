import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { readRouteTable, type ApiRoute } from './route-table.ts';
import { resolveParams } from './params.ts';
import { buildRecords, personOf, type Cast, type Records, type Role } from './world.ts';
import { changedTables, countRows } from './row-counts.ts';
import { encodeLoose, fuzzRequests, type FuzzRequest } from './fuzz-cases.ts';

/**
 * Input fuzzing of every route of the OpenAPI document: plausible requests deliberately broken (wrong types,
 * missing and extra fields, huge strings, deep nesting, invalid UTF-8, unusual Unicode, SQL and script payloads,
 * path traversal, lying file types). Never a 5xx, always the JSON error shape on a refusal, and a refused write
 * changes no row. Fixed seed; FUZZ_CASES_PER_ROUTE and FUZZ_SEED make a larger or different run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261126);
const PER_ROUTE = Number(process.env.FUZZ_CASES_PER_ROUTE ?? 18);
const ROLES_CYCLE: Role[] = ['owner', 'owner', 'editor', 'anonymous', 'outsider', 'admin'];

let t: TestContext;
let cast: Cast;
let records: Records;
let routes: ApiRoute[];
export const fuzzTally = { cases: 0, serverErrors: 0 };

function urlOf(route: ApiRoute, request: FuzzRequest): string {
  const path = route.path.replace(/:(\w+)/g, (_m, name: string) => {
    const value = request.pathValues[name] ?? 'x';
    return value.startsWith('\u0001') ? value.slice(1) : encodeLoose(value);
  });
  return `/api/v1${path}${request.query ? `?${request.query}` : ''}`;
}

function describeCase(route: ApiRoute, request: FuzzRequest, role: Role): string {
  return `${role} ${route.method} ${urlOf(route, request).slice(0, 200)} [${request.body.label}]`;
}

function hasErrorShape(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { error?: { code?: unknown; message?: unknown; fields?: unknown } };
    return (
      typeof parsed.error?.code === 'string' &&
      typeof parsed.error.message === 'string' &&
      typeof parsed.error.fields === 'object'
    );
  } catch {
    return false;
  }
}

describe('input fuzzing of every route', () => {
  beforeAll(async () => {
    t = await createTestContext();
    cast = await createRoleMatrix(t);
    records = await buildRecords(t, cast, 'private');
    // Deletions last, so that the records stay for the other routes' cases.
    routes = (await readRouteTable(t.app)).sort(
      (a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'),
    );
  }, 120_000);
  afterAll(() => t.close());

  it(
    'answers every broken request with a 4xx in the JSON error shape, and refused writes change nothing',
    { timeout: 900_000 },
    async () => {
      const failures: string[] = [];
      const hints = {
        organisationId: cast.organisationId,
        projectId: records.projectId,
        diagnosticId: records.diagnosticId,
        version: 1,
      };
      for (const [index, route] of routes.entries()) {
        const { values, missing } = resolveParams(route.path, route.pathParams, records, cast);
        for (const name of missing) values[name] = '00000000-0000-4000-8000-000000000000';
        const requests = fc.sample(fuzzRequests(route, values, hints), {
          seed: SEED + index,
          numRuns: PER_ROUTE,
        });
        for (const [n, request] of requests.entries()) {
          const role = ROLES_CYCLE[n % ROLES_CYCLE.length]!;
          const person = personOf(cast, role);
          const headers: Record<string, string> = person ? { cookie: person.cookie } : {};
          const writes = route.method !== 'GET';
          const before = writes ? await countRows(t.ctx.db) : null;
          const body = request.body;
          if (body.kind === 'raw') headers['content-type'] = body.contentType;
          const response = await t.app.inject({
            method: route.method,
            url: urlOf(route, request),
            headers,
            ...(body.kind === 'json'
              ? {
                  payload: JSON.stringify(body.body),
                  headers: { ...headers, 'content-type': 'application/json' },
                }
              : {}),
            ...(body.kind === 'raw' ? { payload: body.payload } : {}),
          });
          fuzzTally.cases++;
          const what = describeCase(route, request, role);
          if (response.statusCode >= 500) {
            fuzzTally.serverErrors++;
            failures.push(`${response.statusCode} ${what}`);
            continue;
          }
          if (response.statusCode >= 400) {
            if (!hasErrorShape(response.body))
              failures.push(
                `${response.statusCode} without the JSON error shape: ${what} → ${response.body.slice(0, 120)}`,
              );
            if (before) {
              const changed = changedTables(before, await countRows(t.ctx.db));
              if (changed.length)
                failures.push(`partial write on a refused request (${changed.join('; ')}): ${what}`);
            }
          }
        }
      }
      console.log(
        `fuzz: ${fuzzTally.cases} cases over ${routes.length} routes, seed ${SEED}, ${fuzzTally.serverErrors} answers 5xx`,
      );
      expect(failures).toEqual([]);
      expect(fuzzTally.cases).toBeGreaterThanOrEqual(routes.length * PER_ROUTE);
    },
  );
});
