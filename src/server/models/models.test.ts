import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { api, completeModel, makeModel } from './models.test-support.ts';

let t: TestContext;
let m: Awaited<ReturnType<typeof createRoleMatrix>>;
beforeAll(async () => {
  t = await createTestContext();
  m = await createRoleMatrix(t);
});
afterAll(() => t.close());

describe('models: draft, publish, versions, diff', () => {
  it('creates a draft, saves it with optimistic concurrency, and refuses a stale version with 409', async () => {
    const { modelId } = await makeModel(t, m.editor, m.organisationId);
    const got = await api(t, m.viewer, 'GET', `/models/${modelId}`);
    expect(got.statusCode).toBe(200);
    expect(got.json()).toMatchObject({
      title: 'Atelier mobile',
      version: 1,
      latestVersion: 0,
      canEdit: false,
    });
    expect(got.json().missing.length).toBeGreaterThan(0);
    const saved = await api(t, m.editor, 'PATCH', `/models/${modelId}`, {
      version: 1,
      content: completeModel(),
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, missing: [] });
    const stale = await api(t, m.owner, 'PATCH', `/models/${modelId}`, {
      version: 1,
      content: completeModel(),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.currentVersion).toBe(2);
  });

  it('refuses bad content with the field and the reason, and unknown fit questions or resource references', async () => {
    const { modelId } = await makeModel(t, m.editor, m.organisationId);
    const bad = completeModel();
    bad.elements[1].id = bad.elements[0].id;
    const dup = await api(t, m.editor, 'PATCH', `/models/${modelId}`, { version: 1, content: bad });
    expect(dup.statusCode).toBe(400);
    expect(Object.keys(dup.json().error.fields)).toContain('content.elements.1.id');
    const refs = completeModel();
    refs.prerequisites[0].fitQuestionIds = ['no-such.question'];
    refs.phases[0].tasks[0].resourceRefs = ['ghost'];
    const unknown = await api(t, m.editor, 'PATCH', `/models/${modelId}`, { version: 1, content: refs });
    expect(unknown.statusCode).toBe(400);
    expect(Object.keys(unknown.json().error.fields).sort()).toEqual([
      'content.phases.0.tasks.0.resourceRefs.0',
      'content.prerequisites.0.fitQuestionIds.0',
    ]);
    expect((await api(t, m.editor, 'GET', `/models/${modelId}`)).json().version).toBe(1);
  });

  it('refuses to publish with missing blocks, listing them, and writes nothing', async () => {
    const { modelId } = await makeModel(t, m.editor, m.organisationId);
    const res = await api(t, m.editor, 'POST', `/models/${modelId}/versions`, { changeNote: 'v1' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual([
      'content.identity.need',
      'content.identity.audience',
      'content.elements',
      'content.prerequisites',
      'content.phases',
      'content.roles',
      'content.licence',
    ]);
    expect(res.json().error.fields['content.licence']).toBe('Choisissez une licence pour le kit.');
    expect(
      (await t.ctx.db.selectFrom('model_versions').select('number').where('model_id', '=', modelId).execute())
        .length,
    ).toBe(0);
    expect(
      (await api(t, m.editor, 'POST', `/models/${modelId}/versions`, { changeNote: '  ' })).statusCode,
    ).toBe(400);
  });

  it('publishes numbered immutable versions, lists them publicly and diffs them block by block', async () => {
    const { modelId, projectId } = await makeModel(t, m.editor, m.organisationId, true);
    const project = await t.ctx.db
      .selectFrom('projects')
      .select('has_kit')
      .where('id', '=', projectId)
      .executeTakeFirstOrThrow();
    expect(Number(project.has_kit)).toBe(1);
    const next = completeModel();
    next.identity.results = '400 chantiers';
    next.elements.push({ ...next.elements[1], id: 'plateforme', title: 'Plateforme de réemploi' });
    next.phases[0].tasks.push({ ...next.phases[0].tasks[0], id: 't2', title: 'Signer la convention' });
    next.licence = 'CC-BY';
    expect(
      (await api(t, m.editor, 'PATCH', `/models/${modelId}`, { version: 2, content: next })).statusCode,
    ).toBe(200);
    // The draft changed; version 1 did not.
    const v1 = await api(t, null, 'GET', `/kits/${modelId}/versions/1`);
    expect(v1.statusCode).toBe(200);
    expect(v1.json()).toMatchObject({
      number: 1,
      changeNote: 'Première version',
      content: { licence: 'CC-BY-SA', identity: { results: '300 chantiers' } },
    });
    const draftDiff = await api(t, m.viewer, 'GET', `/models/${modelId}/diff?from=1&to=draft`);
    expect(draftDiff.json().changedBlocks).toBe(4);
    expect((await api(t, null, 'GET', `/models/${modelId}/diff?from=1&to=draft`)).statusCode).toBe(404);
    const published = await api(t, m.editor, 'POST', `/models/${modelId}/versions`, {
      changeNote: 'Ajout de la plateforme',
      version: 3,
    });
    expect(published.statusCode).toBe(201);
    expect(published.json().number).toBe(2);
    const list = await api(t, null, 'GET', `/models/${modelId}/versions`);
    expect(list.json().items.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    const diff = (await api(t, null, 'GET', `/models/${modelId}/diff?from=1&to=2`)).json();
    const block = (name: string) => diff.blocks.find((b: { block: string }) => b.block === name);
    expect(block('elements').added).toEqual([{ id: 'plateforme', label: 'Plateforme de réemploi' }]);
    expect(block('phases').added.map((x: { id: string }) => x.id)).toEqual(['p1/t2']);
    expect(block('identity').changed[0].fields).toEqual([
      { field: 'results', before: '300 chantiers', after: '400 chantiers' },
    ]);
    expect(block('licence').changed[0].fields[0]).toEqual({
      field: 'licence',
      before: 'CC-BY-SA',
      after: 'CC-BY',
    });
    expect((await api(t, null, 'GET', `/models/${modelId}/diff?from=1&to=9`)).statusCode).toBe(404);
    expect((await api(t, null, 'GET', `/models/${modelId}/diff?from=x&to=1`)).statusCode).toBe(400);
    // No route changes a published version.
    for (const method of ['PATCH', 'PUT', 'DELETE'] as const)
      expect((await api(t, m.owner, method, `/models/${modelId}/versions/1`, {})).statusCode).toBe(404);
    const stored = await t.ctx.db
      .selectFrom('model_versions')
      .selectAll()
      .where('model_id', '=', modelId)
      .where('number', '=', 1)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(stored.content).licence).toBe('CC-BY-SA');
  });

  it('lists published kits publicly, and not drafts', async () => {
    const { modelId: draftId } = await makeModel(t, m.editor, m.organisationId);
    const { modelId } = await makeModel(t, m.editor, m.organisationId, true);
    const kits = await api(t, null, 'GET', '/kits?limit=50');
    expect(kits.statusCode).toBe(200);
    const ids = kits.json().items.map((k: { modelId: string }) => k.modelId);
    expect(ids).toContain(modelId);
    expect(ids).not.toContain(draftId);
    expect(kits.json().items.find((k: { modelId: string }) => k.modelId === modelId)).toMatchObject({
      title: 'Atelier mobile',
      carrier: 'Communauté de communes du Val Test',
      latestVersion: 1,
      licence: 'CC-BY-SA',
    });
    expect((await api(t, null, 'GET', `/kits/${draftId}/versions/1`)).statusCode).toBe(404);
    expect((await api(t, null, 'GET', `/models/${draftId}/versions`)).statusCode).toBe(404);
  });

  it('lists the models of my organisations', async () => {
    const { modelId, projectId } = await makeModel(t, m.editor, m.organisationId);
    expect(
      (await api(t, m.viewer, 'GET', `/models?projectId=${projectId}`))
        .json()
        .map((x: { id: string }) => x.id),
    ).toEqual([modelId]);
    expect((await api(t, m.outsider, 'GET', `/models?projectId=${projectId}`)).json()).toEqual([]);
    expect((await api(t, null, 'GET', '/models')).statusCode).toBe(401);
  });
});
