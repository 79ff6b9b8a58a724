import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext, type TestUser } from '../test/harness.ts';
import { api, indicatorBody, makeIndicator, makeNetwork, uploadCsv } from './indicators.test-support.ts';

// Carrier = the matrix's organisation (owner, editor, viewer); the site's organisation has its own owner, editor and
// viewer; the outsider's organisation has nothing to do with the network.
let t: TestContext;
let m: Awaited<ReturnType<typeof createRoleMatrix>>;
let n: Awaited<ReturnType<typeof makeNetwork>>;
let indicatorId: string;
beforeAll(async () => {
  t = await createTestContext();
  m = await createRoleMatrix(t);
  n = await makeNetwork(t, m);
  indicatorId = await makeIndicator(t, m.editor, n.modelId, {
    name: 'Installations',
    unit: 'installations',
    valueType: 'integer',
    frequency: 'monthly',
    aggregation: 'sum',
  });
});
afterAll(() => t.close());

const ALL = [
  'anonymous',
  'viewer',
  'editor',
  'owner',
  'siteViewer',
  'siteEditor',
  'outsider',
  'facilitator',
  'admin',
] as const;
type Who = (typeof ALL)[number];
const who = (w: Who): TestUser | null =>
  w === 'anonymous' ? null : w === 'siteViewer' ? n.siteViewer : w === 'siteEditor' ? n.siteEditor : m[w];
let month = 0;
const nextPeriod = () =>
  `2020-${String((month++ % 12) + 1).padStart(2, '0')}`.replace(
    '2020',
    String(2000 + Math.floor(month / 12)),
  );

describe('indicators permission matrix', () => {
  // One row per action: the status each role gets, in the order of ALL
  // (anonymous, viewer, editor, owner, siteViewer, siteEditor, outsider, facilitator, admin).
  const cases: [string, (w: Who) => Promise<number>, number[]][] = [
    [
      'read the dictionary',
      async (w) => (await api(t, who(w), 'GET', `/models/${n.modelId}/indicators`)).statusCode,
      [404, 200, 200, 200, 200, 200, 404, 404, 200],
    ],
    [
      'add an indicator',
      async (w) =>
        (
          await api(
            t,
            who(w),
            'POST',
            `/models/${n.modelId}/indicators`,
            indicatorBody({ name: `Indicateur ${w}` }),
          )
        ).statusCode,
      [401, 403, 201, 201, 403, 403, 404, 404, 201],
    ],
    [
      'edit an indicator',
      async (w) => {
        const current = (await api(t, m.admin, 'GET', `/models/${n.modelId}/indicators`))
          .json()
          .indicators.find((i: { id: string }) => i.id === indicatorId);
        return (
          await api(t, who(w), 'PATCH', `/indicators/${indicatorId}`, {
            ...indicatorBody({
              name: 'Installations',
              unit: 'installations',
              valueType: 'integer',
              frequency: 'monthly',
              aggregation: 'sum',
            }),
            version: current.version,
          })
        ).statusCode;
      },
      [401, 403, 200, 200, 403, 403, 404, 404, 200],
    ],
    [
      'read a site’s values',
      async (w) => (await api(t, who(w), 'GET', `/sites/${n.siteId}/indicator-values`)).statusCode,
      [404, 200, 200, 200, 200, 200, 404, 404, 200],
    ],
    [
      'add a site’s value',
      async (w) =>
        (
          await api(t, who(w), 'POST', `/sites/${n.siteId}/indicator-values`, {
            indicatorId,
            kind: 'actual',
            period: nextPeriod(),
            value: 1,
          })
        ).statusCode,
      [401, 403, 201, 201, 403, 201, 404, 404, 201],
    ],
    [
      'upload values (dry run)',
      async (w) =>
        (
          await uploadCsv(
            t,
            who(w),
            n.modelId,
            'site;indicateur;période;type;valeur\nCentrale du Val;Installations;2030-01;réel;1',
            true,
          )
        ).statusCode,
      [401, 403, 200, 200, 403, 200, 404, 404, 200],
    ],
    [
      'send a reporting link',
      async (w) =>
        (
          await api(t, who(w), 'POST', `/sites/${n.siteId}/reporting-links`, {
            period: '2030-02',
            email: 'contact@example.org',
          })
        ).statusCode,
      [401, 403, 201, 201, 403, 201, 404, 404, 201],
    ],
    [
      'read the dashboard',
      async (w) => (await api(t, who(w), 'GET', `/models/${n.modelId}/network`)).statusCode,
      [404, 200, 200, 200, 403, 403, 404, 404, 200],
    ],
    [
      'list the late sites',
      async (w) =>
        (await api(t, who(w), 'GET', `/models/${n.modelId}/network/late?offset=0&limit=10`)).statusCode,
      [404, 200, 200, 200, 403, 403, 404, 404, 200],
    ],
    [
      'list the sites of a département',
      async (w) =>
        (await api(t, who(w), 'GET', `/models/${n.modelId}/network/sites?departement=26&limit=10`))
          .statusCode,
      [404, 200, 200, 200, 403, 403, 404, 404, 200],
    ],
    [
      'list the stalled sites',
      async (w) =>
        (await api(t, who(w), 'GET', `/models/${n.modelId}/network/stalled?offset=0&limit=10`)).statusCode,
      [404, 200, 200, 200, 403, 403, 404, 404, 200],
    ],
    [
      'compare sites',
      async (w) =>
        (await api(t, who(w), 'GET', `/models/${n.modelId}/network/compare?indicatorId=${indicatorId}`))
          .statusCode,
      [404, 200, 200, 200, 403, 403, 404, 404, 200],
    ],
    [
      'export a series',
      async (w) =>
        (await api(t, who(w), 'GET', `/models/${n.modelId}/network/export?indicatorId=${indicatorId}`))
          .statusCode,
      [404, 200, 200, 200, 403, 403, 404, 404, 200],
    ],
    [
      'change the settings',
      async (w) => {
        const version = (await api(t, m.admin, 'GET', `/models/${n.modelId}/network/settings`)).json()
          .version;
        return (
          await api(t, who(w), 'PUT', `/models/${n.modelId}/network/settings`, {
            stalledDays: 365,
            graceDays: 30,
            remindersEnabled: true,
            publicDashboard: false,
            version,
          })
        ).statusCode;
      },
      [401, 403, 200, 200, 403, 403, 404, 404, 200],
    ],
    [
      'opt out of reminders',
      async (w) =>
        (await api(t, who(w), 'PUT', `/sites/${n.siteId}/indicator-reminders`, { enabled: true })).statusCode,
      [401, 403, 403, 403, 403, 200, 404, 404, 200],
    ],
  ];
  it.each(cases)('%s', async (_name, act, statuses) => {
    expect(statuses).toHaveLength(ALL.length);
    const expected = Object.fromEntries(ALL.map((w, i) => [w, statuses[i]]));
    const got: Record<string, number> = {};
    for (const w of ALL) got[w] = await act(w);
    expect(got).toEqual(expected);
  });

  it('deletes values and indicators only for writers', async () => {
    const value = (
      await api(t, n.siteEditor, 'POST', `/sites/${n.siteId}/indicator-values`, {
        indicatorId,
        kind: 'target',
        period: '2031-01',
        value: 5,
      })
    ).json();
    expect((await api(t, n.siteViewer, 'DELETE', `/indicator-values/${value.id}`)).statusCode).toBe(403);
    expect((await api(t, m.outsider, 'DELETE', `/indicator-values/${value.id}`)).statusCode).toBe(404);
    expect((await api(t, m.editor, 'DELETE', `/indicator-values/${value.id}`)).statusCode).toBe(204);
    const other = await makeIndicator(t, m.editor, n.modelId, { name: 'À retirer' });
    expect((await api(t, n.siteEditor, 'DELETE', `/indicators/${other}`)).statusCode).toBe(403);
    expect((await api(t, m.outsider, 'DELETE', `/indicators/${other}`)).statusCode).toBe(404);
    expect((await api(t, m.owner, 'DELETE', `/indicators/${other}`)).statusCode).toBe(204);
  });
});
