import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganisation, createTestUser, type TestContext, type TestUser } from '../test/harness.ts';
import { call, createTestProject, readExample } from './diagnostics.test-support.ts';
import {
  allUnknown,
  createDiagnostic,
  setUpDiagnosticsProject,
  type DiagnosticsFixture,
} from './diagnostics.fixture.ts';

describe('diagnostics API: history, comparison, trash, territory and exports', () => {
  let f: DiagnosticsFixture;
  let t: TestContext;
  let owner: TestUser;
  let editor: TestUser;
  let projectId: string;
  beforeAll(async () => {
    f = await setUpDiagnosticsProject();
    ({ t, owner, editor, projectId } = f);
  });
  afterAll(() => t.close());

  const newDiagnostic = (body?: Record<string, unknown>, user?: TestUser) => createDiagnostic(f, body, user);

  it('lists a project’s history, most recent first, page by page', async () => {
    const p2 = await createTestProject(
      t,
      (await call(t, owner, { method: 'GET', url: `/diagnostics/${(await newDiagnostic()).id}` })).json()
        .organisationId,
      { title: 'Autre projet' },
    );
    const created: string[] = [];
    for (let i = 0; i < 3; i++) {
      t.setNow(new Date(Date.UTC(2026, 10, 26, 9, i)));
      const res = await call(t, owner, {
        method: 'POST',
        url: `/projects/${p2}/diagnostics`,
        payload: { instrumentId: 'carrier-readiness', title: `Diagnostic ${i}` },
      });
      created.push(res.json().id);
    }
    t.setNow(new Date('2026-11-25T10:00:00.000Z'));
    const page1 = (
      await call(t, owner, { method: 'GET', url: `/projects/${p2}/diagnostics?limit=2` })
    ).json();
    expect(page1.items.map((i: { id: string }) => i.id)).toEqual([created[2], created[1]]);
    const page2 = (
      await call(t, owner, {
        method: 'GET',
        url: `/projects/${p2}/diagnostics?limit=2&cursor=${page1.nextCursor}`,
      })
    ).json();
    expect(page2.items.map((i: { id: string }) => i.id)).toEqual([created[0]]);
    expect(page2.nextCursor).toBeNull();
    expect(page1.items[0]).toMatchObject({
      title: 'Diagnostic 2',
      status: 'draft',
      verdict: null,
      createdBy: { userId: owner.id },
    });
    expect(
      (await call(t, owner, { method: 'GET', url: `/projects/${p2}/diagnostics?cursor=bad` })).statusCode,
    ).toBe(400);
  });

  it('compares two completed diagnostics with the core comparison', async () => {
    const a = await newDiagnostic();
    await call(t, owner, {
      method: 'PATCH',
      url: `/diagnostics/${a.id}/answers`,
      payload: { version: 1, answers: allUnknown },
    });
    await call(t, owner, { method: 'POST', url: `/diagnostics/${a.id}/complete`, payload: { version: 2 } });
    const b = await newDiagnostic();
    await call(t, owner, {
      method: 'PATCH',
      url: `/diagnostics/${b.id}/answers`,
      payload: { version: 1, answers: { ...allUnknown, ...readExample('centrales-villageoises').answers } },
    });
    await call(t, owner, { method: 'POST', url: `/diagnostics/${b.id}/complete`, payload: { version: 2 } });
    const res = await call(t, owner, { method: 'GET', url: `/diagnostics/compare?a=${a.id}&b=${b.id}` });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.comparison.verdict.before).toBe('not-yet');
    expect(body.comparison.closedGaps.length).toBeGreaterThan(0);
    expect(body.a.id).toBe(a.id);
    const draft = await newDiagnostic();
    const refused = await call(t, owner, {
      method: 'GET',
      url: `/diagnostics/compare?a=${a.id}&b=${draft.id}`,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.b).toBeTruthy();
  });

  it('sends deleted diagnostics to the trash, restorable for 30 days', async () => {
    const d = await newDiagnostic({ instrumentId: 'carrier-readiness', title: 'À jeter' });
    expect((await call(t, editor, { method: 'DELETE', url: `/diagnostics/${d.id}` })).statusCode).toBe(204);
    expect((await call(t, owner, { method: 'GET', url: `/diagnostics/${d.id}` })).statusCode).toBe(404);
    const history = (
      await call(t, owner, { method: 'GET', url: `/projects/${projectId}/diagnostics` })
    ).json();
    expect(history.items.some((i: { id: string }) => i.id === d.id)).toBe(false);
    const trash = (
      await call(t, owner, { method: 'GET', url: `/projects/${projectId}/diagnostics?trash=true` })
    ).json();
    expect(trash.items.map((i: { id: string }) => i.id)).toContain(d.id);
    const restored = await call(t, owner, { method: 'POST', url: `/diagnostics/${d.id}/restore` });
    expect(restored.statusCode).toBe(200);
    expect(restored.json().deletedAt).toBeNull();
    await call(t, owner, { method: 'DELETE', url: `/diagnostics/${d.id}` });
    t.setNow(new Date('2027-01-10T10:00:00.000Z'));
    expect((await call(t, owner, { method: 'POST', url: `/diagnostics/${d.id}/restore` })).statusCode).toBe(
      404,
    );
    t.setNow(new Date('2026-11-25T10:00:00.000Z'));
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', d.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['diagnostic.create', 'diagnostic.delete', 'diagnostic.restore']),
    );
  });

  it('records the replicator’s territory facts and the model considered', async () => {
    const model = await createTestProject(
      t,
      await createTestOrganisation(t, await createTestUser(t), [], 'Compagnons Test'),
      { title: 'Bricobus', visibility: 'public' },
    );
    const d = await newDiagnostic({
      instrumentId: 'replicator-fit',
      modelRef: 'Bricobus des Compagnons Bâtisseurs',
      modelProjectId: model,
      territory: { code: '38185' },
    });
    expect(d.kind).toBe('replicator-fit');
    expect(d.model).toEqual({
      ref: 'Bricobus des Compagnons Bâtisseurs',
      projectId: model,
      projectTitle: 'Bricobus',
    });
    expect(d.territory).toMatchObject({ type: 'commune', code: '38185', name: 'Grenoble' });
    expect(d.territory.population).toBeGreaterThan(100_000);
    expect(d.territory.epci).toMatchObject({ name: expect.stringContaining('Grenoble') });
    const region = await call(t, owner, {
      method: 'PATCH',
      url: `/diagnostics/${d.id}`,
      payload: { version: 1, territory: { type: 'region', code: '84' } },
    });
    expect(region.json().territory).toMatchObject({ type: 'region', name: 'Auvergne-Rhône-Alpes' });
    const unknown = await call(t, owner, {
      method: 'PATCH',
      url: `/diagnostics/${d.id}`,
      payload: { version: 2, territory: { code: '99999' } },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields['territory.code']).toContain('99999');
    const privateModel = await createTestProject(
      t,
      await createTestOrganisation(t, await createTestUser(t), [], 'Secret'),
      { visibility: 'private' },
    );
    const hidden = await call(t, owner, {
      method: 'PATCH',
      url: `/diagnostics/${d.id}`,
      payload: { version: 2, modelProjectId: privateModel },
    });
    expect(hidden.statusCode).toBe(400);
    expect(hidden.json().error.fields.modelProjectId).toBeTruthy();
  });

  it('exports the result as a PDF carrying the project title, in French or English', async () => {
    const d = await newDiagnostic();
    await call(t, owner, {
      method: 'PATCH',
      url: `/diagnostics/${d.id}/answers`,
      payload: { version: 1, answers: { ...allUnknown, ...readExample('terres-de-sources').answers } },
    });
    await call(t, owner, { method: 'POST', url: `/diagnostics/${d.id}/complete`, payload: { version: 2 } });
    for (const lang of ['fr', 'en']) {
      const res = await call(t, owner, {
        method: 'GET',
        url: `/diagnostics/${d.id}/result.pdf?lang=${lang}`,
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(res.rawPayload.length).toBeGreaterThan(20_000);
      // The document title (XMP metadata, UTF-8) starts with the project's title.
      expect(res.rawPayload.toString('utf8')).toContain('Centrales Villageoises du Val');
    }
    const draft = await newDiagnostic();
    expect(
      (await call(t, owner, { method: 'GET', url: `/diagnostics/${draft.id}/result.pdf` })).statusCode,
    ).toBe(200);
    expect((await call(t, null, { method: 'GET', url: `/diagnostics/${d.id}/result.pdf` })).statusCode).toBe(
      404,
    );
  });

  it('documents every diagnostics and method route in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    for (const path of [
      '/api/v1/method',
      '/api/v1/method/search',
      '/api/v1/instruments',
      '/api/v1/projects/{projectId}/diagnostics',
      '/api/v1/diagnostics/{id}/answers',
      '/api/v1/diagnostics/{id}/result.pdf',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(doc.paths['/api/v1/diagnostics/{id}/answers'].patch.requestBody).toBeDefined();
  });
});
