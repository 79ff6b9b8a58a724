import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { api, createAcceptedSite, createSitesCast, everyone, type SitesCast } from './sites.test-support.ts';

// Two shared cores: HTTP round trips with many writes can take longer than the default under load.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

let t: TestContext;
let cast: SitesCast;
let siteId: string;
beforeAll(async () => {
  t = await createTestContext();
  cast = await createSitesCast(t);
  ({ siteId } = await createAcceptedSite(t, cast));
});
afterAll(() => t.close());

const tick = () => t.setNow(new Date(t.ctx.now().getTime() + 86_400_000));
const site = async () => (await api(t, cast.admin, 'GET', `/sites/${siteId}`)).json();

describe('a site', () => {
  it('shows the kit version, territory, stage with Les Communs phase, checklist, adaptations and the fit card', async () => {
    const s = (await api(t, cast.site.viewer, 'GET', `/sites/${siteId}`)).json();
    expect(s).toMatchObject({
      name: 'Bricobus du Diois',
      stage: 'interest',
      communsPhase: 'idee',
      communsStatus: 'en_cours',
      departement: '26',
      region: '84',
      progress: 0,
      flaggedCount: 0,
      isPublic: false,
    });
    expect(s.history).toHaveLength(1);
    expect(s.adaptations.map((a: { elementId: string; kind: string }) => [a.elementId, a.kind])).toEqual([
      ['accomp', 'fixed'],
      ['vehicule', 'adaptable'],
    ]);
    expect(s.steps[0]).toMatchObject({ done: false, owner: '', dueDate: null, version: 1 });
    // The test pilot is in Rennes (35238): both sides are seen as communes.
    expect(s.fit.pilot).toMatchObject({ label: 'Rennes', region: '53', epciType: 'METRO' });
    expect(s.fit.site).toMatchObject({ label: 'Die', region: '84', epciType: 'CC' });
    expect(s.fit.rows.map((r: { fact: string; verdict: string }) => [r.fact, r.verdict])).toEqual([
      ['population', 'different'],
      ['epciType', 'different'],
      ['density', 'different'],
      ['region', 'different'],
    ]);
    expect(s.permissions).toEqual({ edit: false, adapt: false, publish: false, write: false });
  });

  it('changes the stage with a dated history, derives phase and status, and audits it', async () => {
    tick();
    const res = await api(t, cast.site.editor, 'PATCH', `/sites/${siteId}`, {
      version: 1,
      stage: 'opportunity',
      stageNote: 'Première réunion publique.',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      stage: 'opportunity',
      communsPhase: 'etude',
      communsStatus: 'en_cours',
      version: 2,
      stageChangedAt: t.ctx.now().toISOString(),
    });
    expect(res.json().history.at(-1)).toMatchObject({
      fromStage: 'interest',
      toStage: 'opportunity',
      note: 'Première réunion publique.',
      changedBy: 'Site Editor',
    });
    tick();
    const late = await api(t, cast.carrier.editor, 'PATCH', `/sites/${siteId}`, {
      version: 2,
      communsStatus: 'en_retard',
    });
    expect(late.json()).toMatchObject({ stage: 'opportunity', communsStatus: 'en_retard', version: 3 });
    expect(late.json().history).toHaveLength(3);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('subject_id', '=', siteId)
      .execute();
    expect(audit.filter((a) => a.action === 'site.update')).toHaveLength(2);
  });

  it('answers 409 with the current version to a stale edit', async () => {
    const res = await api(t, cast.site.editor, 'PATCH', `/sites/${siteId}`, {
      version: 1,
      name: 'Autre nom',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.currentVersion).toBe(3);
  });

  it.each([
    ['version', { stage: 'launch' }, 'version', 'Numéro de version requis'],
    ['stage', { version: 3, stage: 'décollage' }, 'stage', 'Étape inconnue'],
    ['communsStatus', { version: 3, communsStatus: 'perdu' }, 'communsStatus', 'Statut inconnu'],
    [
      'communsStatus for the stage',
      { version: 3, communsStatus: 'abandonne' },
      'communsStatus',
      'ne convient pas à cette étape',
    ],
    ['name', { version: 3, name: 'X' }, 'name', '2 caractères au moins'],
    ['isPublic', { version: 3, isPublic: 'oui' }, 'isPublic', 'Oui ou non'],
  ])('refuses a bad %s', async (_l, payload, field, reason) => {
    const res = await api(t, cast.site.editor, 'PATCH', `/sites/${siteId}`, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[field]).toContain(reason);
  });

  it('records adaptations; a change to a fixed element is flagged and the carrier is told', async () => {
    const before = (await t.ctx.db.selectFrom('outbox').select('id').execute()).length;
    const adapt = await api(t, cast.site.editor, 'PUT', `/sites/${siteId}/adaptations/vehicule`, {
      choice: 'Une remorque atelier',
      reason: 'Moins chère à l’achat.',
    });
    expect(adapt.statusCode).toBe(200);
    expect(adapt.json().adaptations[1]).toMatchObject({
      choice: 'Une remorque atelier',
      flagged: false,
      version: 1,
    });
    expect((await t.ctx.db.selectFrom('outbox').select('id').execute()).length).toBe(before);
    const fixed = await api(t, cast.site.owner, 'PUT', `/sites/${siteId}/adaptations/accomp`, {
      choice: 'Accompagnement par un bénévole seul',
      reason: 'Pas de salarié pour l’instant.',
    });
    expect(fixed.json()).toMatchObject({ flaggedCount: 1 });
    expect(fixed.json().adaptations[0]).toMatchObject({ flagged: true, kind: 'fixed' });
    const mails = (await t.ctx.db.selectFrom('outbox').select(['to_email', 'subject']).execute()).slice(
      before,
    );
    expect(mails.map((m) => m.to_email).sort()).toEqual(
      [cast.carrier.editor.email, cast.carrier.owner.email].sort(),
    );
    expect(mails[0]!.subject).toContain('Élément fixe modifié');
    const stale = await api(t, cast.site.editor, 'PUT', `/sites/${siteId}/adaptations/vehicule`, {
      choice: 'Un camion',
      reason: 'Finalement.',
      version: 7,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.currentVersion).toBe(1);
    const again = await api(t, cast.site.editor, 'PUT', `/sites/${siteId}/adaptations/vehicule`, {
      choice: 'Un camion',
      reason: 'Finalement.',
    });
    expect(again.json().error.fields.version).toContain('version requis');
    expect(
      (
        await api(t, cast.site.editor, 'PUT', `/sites/${siteId}/adaptations/inconnu`, {
          choice: 'abc',
          reason: 'abc',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await api(t, cast.site.editor, 'PUT', `/sites/${siteId}/adaptations/vehicule`, {
          choice: '',
          reason: 'abc',
          version: 1,
        })
      ).json().error.fields.choice,
    ).toContain('Décrivez');
    expect(
      (
        await api(t, cast.site.editor, 'PUT', `/sites/${siteId}/adaptations/vehicule`, {
          choice: 'abc',
          version: 1,
        })
      ).json().error.fields.reason,
    ).toContain('Expliquez pourquoi');
  });

  it('ticks a checklist step with owner and due date, and shows progress', async () => {
    const step = (await site()).steps[0];
    const res = await api(t, cast.site.editor, 'PATCH', `/sites/${siteId}/steps/${step.taskId}`, {
      version: 1,
      done: true,
      owner: 'Camille',
      dueDate: '2026-12-15',
    });
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.steps[0]).toMatchObject({
      done: true,
      owner: 'Camille',
      dueDate: '2026-12-15',
      version: 2,
      doneAt: t.ctx.now().toISOString(),
    });
    expect(s.progress).toBe(Math.floor(100 / s.steps.length));
    expect(
      (
        await api(t, cast.site.editor, 'PATCH', `/sites/${siteId}/steps/${step.taskId}`, {
          version: 1,
          done: false,
        })
      ).json().error.currentVersion,
    ).toBe(2);
    expect(
      (
        await api(t, cast.site.editor, 'PATCH', `/sites/${siteId}/steps/${step.taskId}`, {
          version: 2,
          dueDate: '15/12/2026',
        })
      ).json().error.fields.dueDate,
    ).toContain('AAAA-MM-JJ');
    expect(
      (
        await api(t, cast.site.editor, 'PATCH', `/sites/${siteId}/steps/${step.taskId}`, {
          version: 2,
          done: 'oui',
        })
      ).json().error.fields.done,
    ).toContain('Oui ou non');
    expect(
      (await api(t, cast.site.editor, 'PATCH', `/sites/${siteId}/steps/nope`, { version: 1, done: true }))
        .statusCode,
    ).toBe(404);
  });

  it('exchanges messages between site and carrier, each side told by e-mail', async () => {
    tick();
    const fromSite = await api(t, cast.site.editor, 'POST', `/sites/${siteId}/messages`, {
      body: 'Pouvez-vous relire nos statuts ?',
    });
    expect(fromSite.statusCode).toBe(201);
    tick();
    const fromCarrier = await api(t, cast.carrier.owner, 'POST', `/sites/${siteId}/messages`, {
      body: 'Oui, envoyez-les.',
    });
    expect(
      fromCarrier
        .json()
        .slice(-2)
        .map((m: { body: string; fromCarrier: boolean }) => [m.body, m.fromCarrier]),
    ).toEqual([
      ['Pouvez-vous relire nos statuts ?', false],
      ['Oui, envoyez-les.', true],
    ]);
    const mails = await t.ctx.db
      .selectFrom('outbox')
      .select(['to_email', 'subject'])
      .where('subject', 'like', 'Nouveau message%')
      .execute();
    expect(mails.map((m) => m.to_email)).toEqual(
      expect.arrayContaining([cast.carrier.editor.email, cast.site.owner.email, cast.site.editor.email]),
    );
    expect(
      (await api(t, cast.site.editor, 'POST', `/sites/${siteId}/messages`, { body: '' })).json().error.fields
        .body,
    ).toContain('Écrivez un message');
    expect(
      (await api(t, cast.site.editor, 'POST', `/sites/${siteId}/messages`, { body: 'x'.repeat(5001) })).json()
        .error.fields.body,
    ).toContain('5000');
  });

  it('lists sites of my organisations and sites carried, per model', async () => {
    const mine = (await api(t, cast.site.viewer, 'GET', '/sites?scope=mine')).json();
    expect(mine.map((s: { id: string }) => s.id)).toEqual([siteId]);
    expect((await api(t, cast.site.viewer, 'GET', '/sites?scope=carried')).json()).toEqual([]);
    const carried = (
      await api(t, cast.carrier.viewer, 'GET', `/sites?scope=carried&modelId=${cast.modelId}`)
    ).json();
    expect(carried.map((s: { id: string }) => s.id)).toEqual([siteId]);
    expect((await api(t, cast.carrier.viewer, 'GET', '/sites?scope=carried&stage=launch')).json()).toEqual(
      [],
    );
    expect((await api(t, cast.outsider, 'GET', '/sites')).json()).toEqual([]);
    expect((await api(t, null, 'GET', '/sites')).statusCode).toBe(401);
    expect(
      (await api(t, cast.carrier.viewer, 'GET', '/sites?scope=partout')).json().error.fields.scope,
    ).toContain('mine, carried ou all');
  });

  it('lists publicly only the sites the carrier marked public, with name, territory and stage only', async () => {
    expect((await api(t, null, 'GET', `/kits/${cast.modelId}/sites`)).json()).toEqual([]);
    const version = (await site()).version;
    expect(
      (await api(t, cast.site.owner, 'PATCH', `/sites/${siteId}`, { version, isPublic: true })).statusCode,
    ).toBe(403);
    const pub = await api(t, cast.carrier.editor, 'PATCH', `/sites/${siteId}`, { version, isPublic: true });
    expect(pub.json().isPublic).toBe(true);
    const list = (await api(t, null, 'GET', `/kits/${cast.modelId}/sites`)).json();
    expect(list).toEqual([
      {
        id: siteId,
        name: 'Bricobus du Diois',
        territories: expect.any(Array),
        region: '84',
        stage: 'opportunity',
        dataNote: null,
      },
    ]);
    expect(JSON.stringify(list)).not.toContain('statuts');
    expect((await api(t, null, 'GET', '/kits/00000000-0000-4000-8000-000000000000/sites')).statusCode).toBe(
      404,
    );
  });
});

/** Routes whose permission matrix is this file (see src/server/reliability/expectations/sites.ts). */
const ROUTES = [
  '/sites',
  '/kits/:modelId/sites',
  '/sites/:id',
  '/sites/:id/adaptations/:elementId',
  '/sites/:id/steps/:taskId',
  '/sites/:id/messages',
  // Tested cell by cell in site-lifecycle.test.ts (the trash, and DELETE /sites/:id on the same path as GET).
  '/sites/trash',
  '/sites/:id/restore',
];

describe('site permissions', () => {
  it('covers every site route of the route table but documents', async () => {
    const paths = Object.keys((t.app.swagger() as { paths: Record<string, unknown> }).paths)
      .map((p) => p.replace(/^\/api\/v1/, '').replace(/\{(\w+)\}/g, ':$1'))
      .filter(
        (p) =>
          (p.startsWith('/sites') && !p.includes('/documents') && !p.includes(':siteId')) ||
          p === '/kits/:modelId/sites',
      );
    expect(paths.sort()).toEqual([...ROUTES].sort());
  });

  it.each([
    ['anonymous', 401, 401, 401, 401, 401],
    ['site viewer', 200, 403, 403, 403, 403],
    ['site editor', 200, 200, 200, 200, 201],
    ['site owner', 200, 200, 200, 200, 201],
    ['carrier viewer', 200, 403, 403, 403, 403],
    ['carrier editor', 200, 200, 403, 200, 201],
    ['carrier owner', 200, 200, 403, 200, 201],
    ['other organisation', 404, 404, 404, 404, 404],
    ['administrator', 200, 200, 200, 200, 201],
  ])(
    '%s: read %i, stage %i, adapt %i, step %i, message %i',
    async (who, read, stage, adapt, step, message) => {
      const user = everyone(cast).find(([name]) => name === who)![1];
      expect((await api(t, user, 'GET', `/sites/${siteId}`)).statusCode).toBe(read);
      const s = await site();
      expect(
        (await api(t, user, 'PATCH', `/sites/${siteId}`, { version: s.version, name: `Site ${who}` }))
          .statusCode,
      ).toBe(stage);
      const a = (await site()).adaptations[1];
      expect(
        (
          await api(t, user, 'PUT', `/sites/${siteId}/adaptations/vehicule`, {
            choice: `Choix ${who}`,
            reason: 'Parce que.',
            version: a.version,
          })
        ).statusCode,
      ).toBe(adapt);
      const st = (await site()).steps[0];
      expect(
        (
          await api(t, user, 'PATCH', `/sites/${siteId}/steps/${st.taskId}`, {
            version: st.version,
            owner: who,
          })
        ).statusCode,
      ).toBe(step);
      expect(
        (await api(t, user, 'POST', `/sites/${siteId}/messages`, { body: `Bonjour de ${who}` })).statusCode,
      ).toBe(message);
    },
  );

  it('hides a site that does not exist the same way as one you cannot see', async () => {
    const res = await api(t, cast.outsider, 'GET', '/sites/00000000-0000-4000-8000-000000000000');
    expect(res.statusCode).toBe(404);
    expect((await api(t, cast.outsider, 'GET', '/sites/pas-un-id')).json().error.fields.id).toContain(
      'Identifiant invalide',
    );
  });
});
