import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQuestions } from '../../core/diagnostics/instrument.schemas.ts';
import { ENGINE_VERSION, scoreDiagnostic } from '../../core/diagnostics/scoring.ts';
import {
  createTestContext,
  createTestOrganisation,
  createTestUser,
  type TestContext,
  type TestUser,
} from '../test/harness.ts';
import { getInstruments } from './instruments.ts';
import { call, createTestProject, readExample } from './diagnostics.test-support.ts';

const carrier = getInstruments().findLatest('carrier-readiness')!;
const allUnknown = Object.fromEntries(listQuestions(carrier).map((q) => [q.id, { unknown: true as const }]));

describe('diagnostics API', () => {
  let t: TestContext;
  let owner: TestUser;
  let editor: TestUser;
  let projectId: string;
  beforeAll(async () => {
    t = await createTestContext();
    owner = await createTestUser(t, { displayName: 'Aline Porteuse' });
    editor = await createTestUser(t, { displayName: 'Bruno Éditeur' });
    const organisationId = await createTestOrganisation(t, owner, [{ user: editor, role: 'editor' }]);
    projectId = await createTestProject(t, organisationId, { title: 'Centrales Villageoises du Val' });
  });
  afterAll(() => t.close());

  async function newDiagnostic(
    body: Record<string, unknown> = { instrumentId: 'carrier-readiness' },
    user = owner,
  ) {
    const res = await call(t, user, {
      method: 'POST',
      url: `/projects/${projectId}/diagnostics`,
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  it('lists the instruments and serves each version, without an account', async () => {
    const list = await call(t, null, { method: 'GET', url: '/instruments' });
    expect(list.statusCode).toBe(200);
    const items = list.json().items;
    expect(items.map((i: { id: string }) => i.id).sort()).toEqual(['carrier-readiness', 'replicator-fit']);
    const readiness = items.find((i: { id: string }) => i.id === 'carrier-readiness');
    expect(readiness.questionCount).toBe(listQuestions(carrier).length);
    expect(readiness.versions).toContain(carrier.version);
    const one = await call(t, null, {
      method: 'GET',
      url: `/instruments/carrier-readiness/versions/${carrier.version}`,
    });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toEqual(JSON.parse(JSON.stringify(carrier)));
    expect(
      (await call(t, null, { method: 'GET', url: '/instruments/carrier-readiness/versions/99' })).statusCode,
    ).toBe(404);
  });

  it('creates a draft with the latest instrument version and a live preview', async () => {
    const d = await newDiagnostic();
    expect(d).toMatchObject({
      projectId,
      instrumentId: 'carrier-readiness',
      instrumentVersion: carrier.version,
      kind: 'carrier-readiness',
      status: 'draft',
      version: 1,
      result: null,
    });
    expect(d.title).toBe(carrier.title.fr);
    expect(d.progress).toEqual({ answered: 0, total: listQuestions(carrier).length });
    expect(d.preview.verdict.id).toBe('not-yet');
    expect(d.access).toEqual({ canAnswer: true, canShare: true });
    const bad = await call(t, owner, {
      method: 'POST',
      url: `/projects/${projectId}/diagnostics`,
      payload: { instrumentId: 'nope' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.instrumentId).toBeTruthy();
    const territory = await call(t, owner, {
      method: 'POST',
      url: `/projects/${projectId}/diagnostics`,
      payload: { instrumentId: 'carrier-readiness', territory: { code: '38185' } },
    });
    expect(territory.statusCode).toBe(400);
    expect(territory.json().error.fields.territory).toBeTruthy();
  });

  it('autosaves partial answers, merges them and records who changed each answer', async () => {
    const d = await newDiagnostic();
    const first = await call(t, owner, {
      method: 'PATCH',
      url: `/diagnostics/${d.id}/answers`,
      payload: {
        version: 1,
        instrumentVersion: carrier.version,
        answers: { 'motivation.team-agreement': { choice: 'yes' }, 'need.unmet': { unknown: true } },
      },
    });
    expect(first.statusCode, first.body).toBe(200);
    t.setNow(new Date('2026-11-25T10:05:00.000Z'));
    const second = await call(t, editor, {
      method: 'PATCH',
      url: `/diagnostics/${d.id}/answers`,
      payload: {
        version: 2,
        answers: {
          'motivation.reason': { choices: ['requests', 'need-elsewhere'] },
          'motivation.team-agreement': { choice: 'yes' },
        },
      },
    });
    expect(second.statusCode, second.body).toBe(200);
    const body = second.json();
    expect(body.version).toBe(3);
    expect(body.answers).toEqual({
      'motivation.team-agreement': { choice: 'yes' },
      'need.unmet': { unknown: true },
      'motivation.reason': { choices: ['requests', 'need-elsewhere'] },
    });
    // Sending an unchanged answer again does not steal its authorship.
    expect(body.answerAuthors['motivation.team-agreement']).toMatchObject({
      userId: owner.id,
      displayName: 'Aline Porteuse',
      at: '2026-11-25T10:00:00.000Z',
    });
    expect(body.answerAuthors['motivation.reason']).toMatchObject({
      userId: editor.id,
      at: '2026-11-25T10:05:00.000Z',
    });
    expect(body.contributors.map((c: { userId: string }) => c.userId)).toEqual([editor.id, owner.id]);
    expect(body.progress.answered).toBe(3);
    expect(body.preview).toEqual(JSON.parse(JSON.stringify(scoreDiagnostic(carrier, body.answers))));
    const cleared = await call(t, owner, {
      method: 'PATCH',
      url: `/diagnostics/${d.id}/answers`,
      payload: { version: 3, answers: { 'need.unmet': null } },
    });
    expect(cleared.json().answers['need.unmet']).toBeUndefined();
    expect(cleared.json().answerAuthors['need.unmet']).toBeUndefined();
    t.setNow(new Date('2026-11-25T10:00:00.000Z'));
  });

  it('refuses bad answers with 400 naming each question, and saves nothing', async () => {
    const d = await newDiagnostic();
    const cases: [Record<string, unknown>, string, number?][] = [
      [{ 'nope.question': { choice: 'yes' } }, 'answers.nope.question'],
      [{ 'motivation.team-agreement': { choices: ['yes'] } }, 'answers.motivation.team-agreement'],
      [{ 'motivation.team-agreement': 'yes' }, 'answers.motivation.team-agreement'],
      [{ 'motivation.impact-goal': { choice: 'brilliant' } }, 'answers.motivation.impact-goal'],
      [{ 'motivation.reason': { choices: ['requests', 'teleportation'] } }, 'answers.motivation.reason'],
      [{ 'motivation.in-your-words': { text: '   ' } }, 'answers.motivation.in-your-words'],
      [{ 'need.unmet': { choice: 'yes' } }, 'instrumentVersion', carrier.version + 1],
    ];
    for (const [answers, field, instrumentVersion] of cases) {
      const res = await call(t, owner, {
        method: 'PATCH',
        url: `/diagnostics/${d.id}/answers`,
        payload: {
          version: 1,
          answers: { ...answers, 'need.unmet': { choice: 'yes' } },
          ...(instrumentVersion ? { instrumentVersion } : {}),
        },
      });
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect(Object.keys(res.json().error.fields), JSON.stringify(answers)).toContain(field);
    }
    const several = await call(t, owner, {
      method: 'PATCH',
      url: `/diagnostics/${d.id}/answers`,
      payload: {
        version: 1,
        answers: {
          'a.b': { unknown: true },
          'need.unmet': { choice: 'perhaps' },
          'motivation.reason': null,
          'c.d': null,
        },
      },
    });
    expect(Object.keys(several.json().error.fields).sort()).toEqual([
      'answers.a.b',
      'answers.c.d',
      'answers.need.unmet',
    ]);
    // Prototype keys and malformed JSON are refused by the JSON parser: a 400 too, never a 500.
    for (const payload of [
      '{"version": 1, "answers": {"__proto__": {"choice": "yes"}}}',
      '{"version": 1, "answers": {"need.unmet": ',
    ]) {
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/diagnostics/${d.id}/answers`,
        headers: { cookie: owner.cookie, 'content-type': 'application/json' },
        payload,
      });
      expect(res.statusCode, payload).toBe(400);
      expect(res.json().error.code).toBe('bad_request');
    }
    const notAnObject = await call(t, owner, {
      method: 'PATCH',
      url: `/diagnostics/${d.id}/answers`,
      payload: { version: 1, answers: [] },
    });
    expect(notAnObject.statusCode).toBe(400);
    expect(Object.keys(notAnObject.json().error.fields)).toEqual(['answers']);
    const after = (await call(t, owner, { method: 'GET', url: `/diagnostics/${d.id}` })).json();
    expect(after.answers).toEqual({});
    expect(after.version).toBe(1);
  });

  it('answers 409 with the current version to a concurrent autosave', async () => {
    const d = await newDiagnostic();
    const save = (user: TestUser, answers: Record<string, unknown>) =>
      call(t, user, {
        method: 'PATCH',
        url: `/diagnostics/${d.id}/answers`,
        payload: { version: 1, answers },
      });
    const [a, b] = await Promise.all([
      save(owner, { 'need.unmet': { choice: 'yes' } }),
      save(editor, { 'need.unmet': { choice: 'no' } }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error).toMatchObject({ code: 'conflict', currentVersion: 2 });
    const stale = await save(owner, { 'need.elsewhere': { choice: 'data' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.currentVersion).toBe(2);
  });

  it('completes with the core engine’s result, stored with the engine version, and refuses incomplete sets', async () => {
    const example = readExample('centrales-villageoises');
    const d = await newDiagnostic();
    const partial = await call(t, owner, {
      method: 'PATCH',
      url: `/diagnostics/${d.id}/answers`,
      payload: { version: 1, answers: { 'need.unmet': { choice: 'yes' } } },
    });
    const incomplete = await call(t, owner, {
      method: 'POST',
      url: `/diagnostics/${d.id}/complete`,
      payload: { version: partial.json().version },
    });
    expect(incomplete.statusCode).toBe(400);
    expect(Object.keys(incomplete.json().error.fields)).toContain('answers.motivation.team-agreement');
    expect((await call(t, owner, { method: 'GET', url: `/diagnostics/${d.id}` })).json().status).toBe(
      'draft',
    );

    const answers = { ...allUnknown, ...example.answers };
    const saved = await call(t, owner, {
      method: 'PATCH',
      url: `/diagnostics/${d.id}/answers`,
      payload: { version: 2, answers },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const done = await call(t, editor, {
      method: 'POST',
      url: `/diagnostics/${d.id}/complete`,
      payload: { version: 3 },
    });
    expect(done.statusCode, done.body).toBe(200);
    const body = done.json();
    expect(body.status).toBe('completed');
    expect(body.preview).toBeNull();
    expect(body.result).toEqual(JSON.parse(JSON.stringify(scoreDiagnostic(carrier, answers))));
    expect(body.result.engineVersion).toBe(ENGINE_VERSION);
    expect(body.verdict).toBe(body.result.verdict.id);
    const row = await t.ctx.db
      .selectFrom('diagnostics')
      .selectAll()
      .where('id', '=', d.id)
      .executeTakeFirstOrThrow();
    expect(row.engine_version).toBe(ENGINE_VERSION);
    expect(JSON.parse(row.result!)).toEqual(body.result);

    // A completed diagnostic is frozen until reopened.
    const frozen = await call(t, owner, {
      method: 'PATCH',
      url: `/diagnostics/${d.id}/answers`,
      payload: { version: 4, answers: { 'need.unmet': { choice: 'no' } } },
    });
    expect(frozen.statusCode).toBe(409);
    expect(
      (
        await call(t, owner, {
          method: 'POST',
          url: `/diagnostics/${d.id}/complete`,
          payload: { version: 4 },
        })
      ).statusCode,
    ).toBe(409);
    const reopened = await call(t, owner, {
      method: 'POST',
      url: `/diagnostics/${d.id}/reopen`,
      payload: { version: 4 },
    });
    expect(reopened.json()).toMatchObject({ status: 'draft', result: null, version: 5 });
    expect(reopened.json().preview.verdict.id).toBe(body.result.verdict.id);
  });

  it('keeps the stored result when the instrument’s rules change later', async () => {
    const d = await newDiagnostic();
    await call(t, owner, {
      method: 'PATCH',
      url: `/diagnostics/${d.id}/answers`,
      payload: { version: 1, answers: allUnknown },
    });
    const done = (
      await call(t, owner, { method: 'POST', url: `/diagnostics/${d.id}/complete`, payload: { version: 2 } })
    ).json();
    // Simulate an older engine's stored result: the API serves what was stored, never a recomputation.
    const stored = { ...done.result, engineVersion: 0, overall: { score: 12, coverage: 0.5 } };
    await t.ctx.db
      .updateTable('diagnostics')
      .set({ result: JSON.stringify(stored) })
      .where('id', '=', d.id)
      .execute();
    const again = (await call(t, owner, { method: 'GET', url: `/diagnostics/${d.id}` })).json();
    expect(again.result).toEqual(stored);
    expect(again.overallScore).toBe(12);
  });

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
