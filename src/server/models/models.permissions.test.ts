import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext, type TestUser } from '../test/harness.ts';
import { api, completeModel, FILES, makeModel, upload } from './models.test-support.ts';

let t: TestContext;
let m: Awaited<ReturnType<typeof createRoleMatrix>>;
let draft: { projectId: string; modelId: string };
let published: { projectId: string; modelId: string };
beforeAll(async () => {
  t = await createTestContext();
  m = await createRoleMatrix(t);
  draft = await makeModel(t, m.editor, m.organisationId);
  published = await makeModel(t, m.editor, m.organisationId, true);
});
afterAll(() => t.close());

type Who = 'anonymous' | 'viewer' | 'editor' | 'owner' | 'outsider' | 'facilitator' | 'admin';
const who = (w: Who): TestUser | null => (w === 'anonymous' ? null : m[w]);
const ALL: Who[] = ['anonymous', 'viewer', 'editor', 'owner', 'outsider', 'facilitator', 'admin'];

describe('models permission matrix', () => {
  const cases: [string, (w: Who) => Promise<number>, Record<Who, number>][] = [
    [
      'create a model',
      async (w) => (await api(t, who(w), 'POST', `/projects/${draft.projectId}/models`, {})).statusCode,
      { anonymous: 401, viewer: 403, editor: 201, owner: 201, outsider: 404, facilitator: 404, admin: 201 },
    ],
    [
      'read a draft',
      async (w) => (await api(t, who(w), 'GET', `/models/${draft.modelId}`)).statusCode,
      { anonymous: 404, viewer: 200, editor: 200, owner: 200, outsider: 404, facilitator: 404, admin: 200 },
    ],
    [
      'save a draft',
      async (w) => {
        const current = (await api(t, m.admin, 'GET', `/models/${draft.modelId}`)).json().version as number;
        return (
          await api(t, who(w), 'PATCH', `/models/${draft.modelId}`, {
            version: current,
            content: completeModel(),
          })
        ).statusCode;
      },
      { anonymous: 401, viewer: 403, editor: 200, owner: 200, outsider: 404, facilitator: 404, admin: 200 },
    ],
    [
      'publish',
      async (w) =>
        (await api(t, who(w), 'POST', `/models/${published.modelId}/versions`, { changeNote: `par ${w}` }))
          .statusCode,
      { anonymous: 401, viewer: 403, editor: 201, owner: 201, outsider: 404, facilitator: 404, admin: 201 },
    ],
    [
      'read a published version',
      async (w) => (await api(t, who(w), 'GET', `/kits/${published.modelId}/versions/1`)).statusCode,
      { anonymous: 200, viewer: 200, editor: 200, owner: 200, outsider: 200, facilitator: 200, admin: 200 },
    ],
    [
      'export a published version',
      async (w) =>
        (await api(t, who(w), 'GET', `/models/${published.modelId}/versions/1/export?format=md`)).statusCode,
      { anonymous: 200, viewer: 200, editor: 200, owner: 200, outsider: 200, facilitator: 200, admin: 200 },
    ],
    [
      'diff against the draft',
      async (w) =>
        (await api(t, who(w), 'GET', `/models/${published.modelId}/diff?from=1&to=draft`)).statusCode,
      { anonymous: 404, viewer: 200, editor: 200, owner: 200, outsider: 404, facilitator: 404, admin: 200 },
    ],
    [
      'upload a file',
      async (w) => (await upload(t, who(w), draft.modelId, FILES.pdf, 'type=pdf&name=x')).statusCode,
      { anonymous: 401, viewer: 403, editor: 201, owner: 201, outsider: 404, facilitator: 404, admin: 201 },
    ],
    [
      'list draft files',
      async (w) => (await api(t, who(w), 'GET', `/models/${draft.modelId}/resources`)).statusCode,
      { anonymous: 404, viewer: 200, editor: 200, owner: 200, outsider: 404, facilitator: 404, admin: 200 },
    ],
    [
      'import a kit',
      async (w) => {
        const json = (
          await api(t, null, 'GET', `/models/${published.modelId}/versions/1/export?format=json`)
        ).json();
        return (await api(t, who(w), 'POST', `/projects/${draft.projectId}/models/import`, json)).statusCode;
      },
      { anonymous: 401, viewer: 403, editor: 201, owner: 201, outsider: 404, facilitator: 404, admin: 201 },
    ],
  ];
  it.each(cases)('%s', async (_name, act, expected) => {
    const got: Record<string, number> = {};
    for (const w of ALL) got[w] = await act(w);
    expect(got).toEqual(expected);
  });

  it('deletes only for editors, then the model is gone for everyone', async () => {
    const { modelId } = await makeModel(t, m.editor, m.organisationId, true);
    expect((await api(t, m.viewer, 'DELETE', `/models/${modelId}`)).statusCode).toBe(403);
    expect((await api(t, m.outsider, 'DELETE', `/models/${modelId}`)).statusCode).toBe(404);
    expect((await api(t, m.owner, 'DELETE', `/models/${modelId}`)).statusCode).toBe(204);
    expect((await api(t, null, 'GET', `/kits/${modelId}/versions/1`)).statusCode).toBe(404);
  });
});
