import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { versionView } from './models.schemas.ts';
import { api, completeModel, makeModel } from './models.test-support.ts';
import { getVersion } from './models.versions.ts';

// The kit page keeps each published version's JSON as a string (models.kit-page.ts). These tests read a page once,
// so that its string is cached, then change what may change and read it again: a stale answer fails them.
let t: TestContext;
let m: Awaited<ReturnType<typeof createRoleMatrix>>;
beforeAll(async () => {
  t = await createTestContext();
  m = await createRoleMatrix(t);
});
afterAll(() => t.close());

const kitPage = (modelId: string, n: number, user: (typeof m)['owner'] | null = null) =>
  api(t, user, 'GET', `/kits/${modelId}/versions/${n}`);

async function organisationVersion(id: string): Promise<number> {
  return (await api(t, m.owner, 'GET', `/organisations/${id}`)).json().version as number;
}

describe('kit page: the kept JSON of a published version', () => {
  it('is byte for byte the version as getVersion presents it, valid against the documented schema', async () => {
    const { modelId } = await makeModel(t, m.editor, m.organisationId, true);
    for (const url of [`/kits/${modelId}/versions/1`, `/models/${modelId}/versions/1`]) {
      const first = await api(t, null, 'GET', url);
      const again = await api(t, null, 'GET', url);
      expect(first.statusCode).toBe(200);
      expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(first.body).toBe(JSON.stringify(await getVersion(t.ctx, null, modelId, 1)));
      expect(again.body).toBe(first.body);
      expect(versionView.parse(first.json())).toEqual(first.json());
    }
  });

  it('shows the carrier’s new name once the organisation is renamed', async () => {
    const { modelId } = await makeModel(t, m.editor, m.organisationId, true);
    expect((await kitPage(modelId, 1)).json().carrier).toMatchObject({ organisationId: m.organisationId });
    const renamed = await api(t, m.owner, 'PATCH', `/organisations/${m.organisationId}`, {
      version: await organisationVersion(m.organisationId),
      name: 'Atelier renommé',
    });
    expect(renamed.statusCode).toBe(200);
    expect((await kitPage(modelId, 1)).json().carrier).toEqual({
      organisationId: m.organisationId,
      name: 'Atelier renommé',
    });
  });

  it('tells an older version that a newer one exists, and keeps each version’s own content', async () => {
    const { modelId } = await makeModel(t, m.editor, m.organisationId, true);
    const v1 = (await kitPage(modelId, 1)).json();
    expect(v1.latestVersion).toBe(1);
    const content = completeModel();
    content.identity.name = 'Atelier mobile, deuxième édition';
    const draft = (await api(t, m.editor, 'GET', `/models/${modelId}`)).json();
    const saved = await api(t, m.editor, 'PATCH', `/models/${modelId}`, { version: draft.version, content });
    expect(saved.statusCode).toBe(200);
    const published = await api(t, m.editor, 'POST', `/models/${modelId}/versions`, { changeNote: 'v2' });
    expect(published.statusCode).toBe(201);
    const v1After = (await kitPage(modelId, 1)).json();
    expect(v1After).toEqual({ ...v1, latestVersion: 2 });
    const v2 = (await kitPage(modelId, 2)).json();
    expect(v2).toMatchObject({ number: 2, latestVersion: 2, changeNote: 'v2', title: content.identity.name });
  });

  it('answers 404 once the model is deleted, and again 200 when it comes back from the trash', async () => {
    const { modelId } = await makeModel(t, m.editor, m.organisationId, true);
    const before = await kitPage(modelId, 1);
    expect(before.statusCode).toBe(200);
    expect((await api(t, m.editor, 'DELETE', `/models/${modelId}`)).statusCode).toBe(204);
    expect((await kitPage(modelId, 1)).statusCode).toBe(404);
    expect((await api(t, null, 'GET', `/models/${modelId}/versions/1`)).statusCode).toBe(404);
    // A restore clears deleted_at (the trash's 30 days): the page is the same as before.
    await t.ctx.db.updateTable('models').set({ deleted_at: null }).where('id', '=', modelId).execute();
    expect((await kitPage(modelId, 1)).body).toBe(before.body);
  });

  it('follows the model to another organisation (organisation transfer)', async () => {
    const { modelId } = await makeModel(t, m.editor, m.organisationId, true);
    expect((await kitPage(modelId, 1)).json().carrier.organisationId).toBe(m.organisationId);
    await t.ctx.db
      .updateTable('models')
      .set({ organisation_id: m.otherOrganisationId })
      .where('id', '=', modelId)
      .execute();
    expect((await kitPage(modelId, 1)).json().carrier).toEqual({
      organisationId: m.otherOrganisationId,
      name: 'Association Autre',
    });
  });

  it('does not show a version that does not exist, nor the versions of a never-published model', async () => {
    const { modelId } = await makeModel(t, m.editor, m.organisationId, true);
    expect((await kitPage(modelId, 1)).statusCode).toBe(200);
    expect((await kitPage(modelId, 2)).statusCode).toBe(404);
    const draftOnly = await makeModel(t, m.editor, m.organisationId);
    for (const user of [null, m.outsider, m.viewer]) {
      expect((await kitPage(draftOnly.modelId, 1, user)).statusCode).toBe(404);
    }
  });
});
