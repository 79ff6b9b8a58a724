import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQuestions } from '../../core/diagnostics/instrument.schemas.ts';
import { ENGINE_VERSION, scoreDiagnostic } from '../../core/diagnostics/scoring.ts';
import type { TestContext, TestUser } from '../test/harness.ts';
import { call, readExample } from './diagnostics.test-support.ts';
import {
  allUnknown,
  carrier,
  createDiagnostic,
  setUpDiagnosticsProject,
  type DiagnosticsFixture,
} from './diagnostics.fixture.ts';

describe('diagnostics API', () => {
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
});
