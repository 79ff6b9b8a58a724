import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { readRouteTable, type ApiRoute } from './route-table.ts';
import { recordPool, runRow } from './matrix-runner.ts';
import { EXPECTATIONS } from './expectations/index.ts';
import type { Expectation } from './matrix-types.ts';
import type { Cast, Variant } from './world.ts';

/**
 * The permission matrix of the whole API, generated from the route table (the OpenAPI document): every route,
 * for anonymous, viewer, editor, owner, another organisation's owner, facilitator and administrator, on private,
 * shared and public records. A route without a line in src/server/reliability/expectations/ fails the first test,
 * so a new route cannot be forgotten. `MATRIX_OBSERVE=1` prints the observed rows instead of asserting them (to
 * write a new capability's lines: read each cell before pasting it).
 */
const OBSERVE = process.env.MATRIX_OBSERVE === '1';
let t: TestContext;
let cast: Cast;
let routes: ApiRoute[];
let pool: ReturnType<typeof recordPool>;

function variantsOf(route: ApiRoute, expectation: Expectation | undefined): [Variant | 'any', string][] {
  if (expectation) {
    return (['private', 'shared', 'public', 'any'] as const).flatMap((v) =>
      expectation[v] ? [[v, expectation[v]] as [Variant | 'any', string]] : [],
    );
  }
  const placeholder = 'ok ok ok ok ok ok ok';
  return route.pathParams.length
    ? (['private', 'shared', 'public'] as const).map((v) => [v, placeholder])
    : [['any', placeholder]];
}

describe('permission matrix of every API route', () => {
  beforeAll(async () => {
    t = await createTestContext();
    cast = await createRoleMatrix(t);
    routes = await readRouteTable(t.app);
    pool = recordPool(t, cast);
  });
  afterAll(() => t.close());

  it('has an expectation for every route of the route table, and none for a route that is gone', () => {
    const keys = new Set(routes.map((r) => r.key));
    const missing = routes.filter((r) => !EXPECTATIONS[r.key]).map((r) => r.key);
    const stale = Object.keys(EXPECTATIONS).filter((k) => !keys.has(k));
    expect(
      { missing, stale },
      'add the missing routes to src/server/reliability/expectations/<capability>.ts (MATRIX_OBSERVE=1 prints what they answer)',
    ).toEqual({ missing: [], stale: [] });
    expect(routes.length).toBeGreaterThan(140);
  });

  it('delegates only to matrix files that test the route', () => {
    const unproven = Object.entries(EXPECTATIONS)
      .filter(([, e]) => e.coveredBy)
      .filter(
        ([key, e]) =>
          !readFileSync(e.coveredBy!, 'utf8').includes(`'${key.split(' ')[1]!.replace(/:(\w+)/g, ':$1')}'`),
      )
      .map(([key, e]) => `${key} → ${e.coveredBy}`);
    expect(unproven).toEqual([]);
  });

  it(
    'gives every role the expected answer on every route and visibility, and refusals write nothing',
    { timeout: 600_000 },
    async () => {
      const problems: string[] = [];
      const printed: string[] = [];
      const deviations: string[] = [];
      for (const route of routes) {
        const expectation = EXPECTATIONS[route.key];
        if (expectation?.coveredBy) continue;
        if (expectation?.awaiting) {
          deviations.push(`${route.key}: no row yet (awaiting the ${expectation.awaiting} capability)`);
          continue;
        }
        if (!expectation && !OBSERVE) continue;
        const rows = variantsOf(route, expectation);
        const observedRows: string[] = [];
        for (const [variant, row] of rows) {
          try {
            const known = expectation?.known?.rows[variant];
            const result = await runRow(t, cast, pool, route, expectation ?? {}, variant, known ?? row);
            if (known)
              deviations.push(
                `${route.key} ${variant}: should be « ${row} », is « ${known} » (${expectation!.known!.why})`,
              );
            if (!OBSERVE) problems.push(...result.problems.map((p) => `${route.key} ${p}`));
            observedRows.push(`${variant}: '${result.observed}'`);
          } catch (error) {
            if (!OBSERVE) throw error;
            observedRows.push(`/* ${(error as Error).message} */`);
          }
        }
        printed.push(`  '${route.key}': { ${observedRows.join(', ')} },`);
      }
      if (OBSERVE) console.log(printed.join('\n'));
      if (deviations.length)
        console.warn(
          `Known deviations and routes awaiting their rows, reported in docs/reliability.md:\n${deviations.join('\n')}`,
        );
      expect(problems).toEqual([]);
    },
  );
});
