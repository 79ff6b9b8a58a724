import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  createTestOrganisation,
  createTestUser,
  type TestContext,
  type TestUser,
} from '../test/harness.ts';
import { call, createTestProject } from './diagnostics.test-support.ts';

/** Whatever a client sends to the diagnostics and method routes, the answer is a 2xx or a 4xx, never a 500. */
describe('diagnostics and method routes under bad input', () => {
  let t: TestContext;
  let owner: TestUser;
  let projectId: string;
  let diagnosticId: string;
  beforeAll(async () => {
    t = await createTestContext();
    owner = await createTestUser(t);
    projectId = await createTestProject(t, await createTestOrganisation(t, owner));
    diagnosticId = (
      await call(t, owner, {
        method: 'POST',
        url: `/projects/${projectId}/diagnostics`,
        payload: { instrumentId: 'carrier-readiness' },
      })
    ).json().id;
  });
  afterAll(() => t.close());

  const routes = (id: string): { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string }[] => [
    { method: 'POST', url: `/projects/${projectId}/diagnostics` },
    { method: 'PATCH', url: `/diagnostics/${id}` },
    { method: 'PATCH', url: `/diagnostics/${id}/answers` },
    { method: 'POST', url: `/diagnostics/${id}/complete` },
    { method: 'POST', url: `/diagnostics/${id}/reopen` },
    { method: 'POST', url: `/diagnostics/${id}/share` },
    { method: 'POST', url: `/diagnostics/${id}/unshare` },
  ];

  it('answers 4xx to arbitrary JSON bodies', async () => {
    const answerValue = fc.oneof(
      fc.constant(null),
      fc.record({ choice: fc.string() }),
      fc.record({ choices: fc.array(fc.string()) }),
      fc.record({ text: fc.string() }),
      fc.jsonValue(),
    );
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          version: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
          instrumentVersion: fc.oneof(fc.integer(), fc.string()),
          answers: fc.oneof(
            fc.dictionary(
              fc.oneof(
                fc.string(),
                fc.constantFrom('need.unmet', 'motivation.reason', 'toString', 'constructor'),
              ),
              answerValue,
            ),
            fc.jsonValue(),
          ),
          instrumentId: fc.oneof(fc.string(), fc.constantFrom('carrier-readiness', 'replicator-fit')),
          title: fc.string(),
          territory: fc.oneof(fc.jsonValue(), fc.record({ code: fc.string(), type: fc.string() })),
          userIds: fc.array(fc.oneof(fc.uuid(), fc.string())),
          facilitatorEmails: fc.array(fc.oneof(fc.emailAddress(), fc.string())),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 6 }), body, async (routeIndex, payload) => {
        const route = routes(diagnosticId)[routeIndex];
        const res = await t.app.inject({
          method: route.method,
          url: `/api/v1${route.url}`,
          headers: { cookie: owner.cookie, 'content-type': 'application/json' },
          payload: JSON.stringify(payload),
        });
        expect(
          res.statusCode,
          `${route.method} ${route.url} ${JSON.stringify(payload)} -> ${res.body}`,
        ).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });

  it('answers 4xx to malformed ids and query strings', async () => {
    const urls = [
      '/diagnostics/not-a-uuid',
      '/diagnostics/00000000-0000-4000-8000-000000000000',
      `/diagnostics/${diagnosticId}/result.pdf?lang=xx`,
      '/diagnostics/compare?a=1&b=2',
      `/diagnostics/compare?a=${diagnosticId}`,
      `/projects/${projectId}/diagnostics?limit=0`,
      `/projects/${projectId}/diagnostics?limit=abc&cursor=%FF`,
      `/projects/${projectId}/diagnostics?cursor=${Buffer.from('x|').toString('base64url')}`,
      '/projects/nope/diagnostics',
      '/instruments/carrier-readiness/versions/zero',
      '/instruments/%00/versions/1',
      '/method/strategy/%E2%80%AE',
      '/method/search',
      '/method/search?q=%00%00',
    ];
    for (const url of urls) {
      const res = await call(t, owner, { method: 'GET', url });
      expect(res.statusCode, `${url} -> ${res.body}`).toBeGreaterThanOrEqual(200);
      expect(res.statusCode, `${url} -> ${res.body}`).toBeLessThan(500);
    }
  });
});
