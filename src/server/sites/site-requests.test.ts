import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';
import {
  api,
  createAcceptedSite,
  createSitesCast,
  everyone,
  requestBody,
  type SitesCast,
} from './sites.test-support.ts';

// Two shared cores: HTTP round trips with many writes can take longer than the default under load.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

let t: TestContext;
let cast: SitesCast;
beforeAll(async () => {
  t = await createTestContext();
  cast = await createSitesCast(t);
});
afterAll(() => t.close());

const tick = () => t.setNow(new Date(t.ctx.now().getTime() + 60_000));
const outbox = () => t.ctx.db.selectFrom('outbox').select(['to_email', 'subject', 'text_body']).execute();

describe('site requests', () => {
  it('sends a request from a published kit, tells the carrier by e-mail and lists it on both sides', async () => {
    const before = (await outbox()).length;
    const res = await api(
      t,
      cast.site.editor,
      'POST',
      '/site-requests',
      requestBody(cast, { name: 'Site A' }),
    );
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      status: 'pending',
      name: 'Site A',
      model: { id: cast.modelId, version: 1 },
      canDecide: false,
      canWrite: true,
    });
    expect(body.territories.map((x: { type: string; code: string }) => `${x.type}:${x.code}`)).toEqual([
      'commune:26113',
      'epci:242600534',
    ]);
    const mails = (await outbox()).slice(before);
    expect(mails.map((m) => m.to_email).sort()).toEqual(
      [cast.carrier.editor.email, cast.carrier.owner.email].sort(),
    );
    expect(mails[0]!.subject).toContain('Nouvelle demande');
    const incoming = (await api(t, cast.carrier.viewer, 'GET', '/site-requests?box=incoming')).json();
    expect(incoming.map((r: { id: string }) => r.id)).toContain(body.id);
    const outgoing = (await api(t, cast.site.viewer, 'GET', '/site-requests?box=outgoing')).json();
    expect(outgoing.map((r: { id: string }) => r.id)).toContain(body.id);
    expect((await api(t, cast.outsider, 'GET', '/site-requests?box=incoming')).json()).toEqual([]);
    // A second open request from the same organisation for the same kit is refused.
    const again = await api(t, cast.site.editor, 'POST', '/site-requests', requestBody(cast));
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields.organisationId).toContain('déjà une demande');
  });

  it.each([
    ['modelId', { modelId: 'pas-un-id' }, 'modelId', 'Identifiant invalide'],
    ['modelVersion unpublished', { modelVersion: 9 }, 'modelVersion', 'pas publié'],
    ['modelVersion not a number', { modelVersion: 'un' }, 'modelVersion', 'Numéro de version du kit requis'],
    ['organisationId', { organisationId: 'x' }, 'organisationId', 'Choisissez votre organisation'],
    ['name', { name: 'A' }, 'name', '2 caractères au moins'],
    ['territoryCodes empty', { territoryCodes: [] }, 'territoryCodes', 'au moins un territoire'],
    ['territoryCodes unknown', { territoryCodes: ['99999'] }, 'territoryCodes.0', 'Code INSEE inconnu'],
    ['territoryCodes bad SIREN', { territoryCodes: ['123456789'] }, 'territoryCodes.0', 'SIREN valide'],
    ['motivation', { motivation: 'trop court' }, 'motivation', '20 caractères au moins'],
    ['diagnosticId', { diagnosticId: 'x' }, 'diagnosticId', 'Identifiant de diagnostic invalide'],
  ])('refuses a bad %s with the field and reason in French', async (_label, over, field, reason) => {
    const res = await api(t, cast.site.editor, 'POST', '/site-requests', requestBody(cast, over));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[field]).toContain(reason);
  });

  it('answers in English when asked', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/site-requests',
      headers: { cookie: cast.site.editor.cookie, 'accept-language': 'en' },
      payload: requestBody(cast, { motivation: 'short' }),
    });
    expect(res.json().error.fields.motivation).toContain('20 characters at least');
  });

  it('refuses a request from an organisation one does not edit in, or from the carrier itself', async () => {
    expect((await api(t, cast.site.viewer, 'POST', '/site-requests', requestBody(cast))).statusCode).toBe(
      403,
    );
    expect((await api(t, null, 'POST', '/site-requests', requestBody(cast))).statusCode).toBe(401);
    const own = await api(
      t,
      cast.carrier.editor,
      'POST',
      '/site-requests',
      requestBody(cast, { organisationId: cast.carrier.organisationId }),
    );
    expect(own.statusCode).toBe(400);
    expect(own.json().error.fields.organisationId).toContain('porte déjà ce modèle');
  });

  it('attaches a replicator-fit diagnostic of the organisation as a frozen summary, and refuses others', async () => {
    const projectId = (
      await api(t, cast.site.editor, 'POST', '/projects', {
        organisationId: cast.site.organisationId,
        title: 'Projet de Die',
        summary: 'Un projet.',
        themes: ['housing'],
        publics: [],
        territories: ['26113'],
        phase: 'idee',
        phaseStatus: 'en-cours',
      })
    ).json().id;
    const fit = await api(t, cast.site.editor, 'POST', `/projects/${projectId}/diagnostics`, {
      instrumentId: 'replicator-fit',
    });
    expect(fit.statusCode).toBe(201);
    const readiness = await api(t, cast.site.editor, 'POST', `/projects/${projectId}/diagnostics`, {
      instrumentId: 'carrier-readiness',
    });
    const outsiderProject = (
      await api(t, cast.outsider, 'POST', '/projects', {
        organisationId: cast.outsiderOrganisationId,
        title: 'Autre',
        summary: 'Autre.',
        themes: ['housing'],
        publics: [],
        territories: ['26113'],
        phase: 'idee',
        phaseStatus: 'en-cours',
      })
    ).json().id;
    const foreign = await api(t, cast.outsider, 'POST', `/projects/${outsiderProject}/diagnostics`, {
      instrumentId: 'replicator-fit',
    });
    const wrongKind = await api(
      t,
      cast.site.owner,
      'POST',
      '/site-requests',
      requestBody(cast, { name: 'Site D', diagnosticId: readiness.json().id }),
    );
    expect(wrongKind.json().error.fields.diagnosticId).toContain('replicator-fit');
    const notOurs = await api(
      t,
      cast.site.owner,
      'POST',
      '/site-requests',
      requestBody(cast, { name: 'Site D', diagnosticId: foreign.json().id }),
    );
    expect(notOurs.json().error.fields.diagnosticId).toContain('n’existe pas');
    // The open request of the first test blocks another one: decline it first.
    const open = (await api(t, cast.site.viewer, 'GET', '/site-requests?box=outgoing&status=pending')).json();
    for (const r of open)
      await api(t, cast.carrier.owner, 'POST', `/site-requests/${r.id}/decision`, {
        decision: 'decline',
        message: 'Nous ne pouvons pas accompagner ce site cette année.',
        version: r.version,
      });
    const ok = await api(
      t,
      cast.site.owner,
      'POST',
      '/site-requests',
      requestBody(cast, { name: 'Site D', diagnosticId: fit.json().id }),
    );
    expect(ok.statusCode).toBe(201);
    const seen = (await api(t, cast.carrier.viewer, 'GET', `/site-requests/${ok.json().id}`)).json();
    expect(seen.diagnostic).toMatchObject({ diagnosticId: fit.json().id, status: 'draft', verdict: null });
    // The carrier reads the summary, not the diagnostic itself.
    expect((await api(t, cast.carrier.viewer, 'GET', `/diagnostics/${fit.json().id}`)).statusCode).toBe(404);
    await api(t, cast.carrier.owner, 'POST', `/site-requests/${ok.json().id}/decision`, {
      decision: 'decline',
      message: 'Pas cette année, désolés.',
      version: 1,
    });
  });

  it('asks questions, takes the answer back to the queue, then accepts: the site exists at stage interest', async () => {
    const created = (
      await api(t, cast.site.editor, 'POST', '/site-requests', requestBody(cast, { name: 'Site Q' }))
    ).json();
    const questions = await api(t, cast.carrier.editor, 'POST', `/site-requests/${created.id}/decision`, {
      decision: 'questions',
      message: 'Combien de bénévoles sont prêts à s’engager ?',
      version: 1,
    });
    expect(questions.json()).toMatchObject({ status: 'questions', version: 2 });
    const mails = await outbox();
    expect(mails.at(-1)!.to_email).not.toBe(cast.carrier.editor.email);
    tick();
    const answer = await api(t, cast.site.editor, 'POST', `/site-requests/${created.id}/messages`, {
      body: 'Six personnes, dont deux retraités du bâtiment.',
    });
    expect(answer.statusCode).toBe(201);
    expect(answer.json()).toMatchObject({ status: 'pending', version: 3 });
    expect(
      answer.json().messages.map((m: { kind: string; fromCarrier: boolean }) => [m.kind, m.fromCarrier]),
    ).toEqual([
      ['questions', true],
      ['message', false],
    ]);
    tick();
    const stale = await api(t, cast.carrier.editor, 'POST', `/site-requests/${created.id}/decision`, {
      decision: 'accept',
      version: 2,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.currentVersion).toBe(3);
    const accepted = await api(t, cast.carrier.editor, 'POST', `/site-requests/${created.id}/decision`, {
      decision: 'accept',
      message: 'Bienvenue dans le réseau !',
      version: 3,
    });
    expect(accepted.json()).toMatchObject({ status: 'accepted', canDecide: false });
    const site = (await api(t, cast.site.viewer, 'GET', `/sites/${accepted.json().siteId}`)).json();
    expect(site).toMatchObject({
      stage: 'interest',
      communsPhase: 'idee',
      communsStatus: 'en_cours',
      model: { version: 1 },
      requestId: created.id,
    });
    expect(site.messages.map((m: { kind: string }) => m.kind)).toEqual(['questions', 'message', 'accept']);
    expect(site.steps.length).toBeGreaterThan(0);
    const again = await api(t, cast.carrier.editor, 'POST', `/site-requests/${created.id}/decision`, {
      decision: 'decline',
      message: 'Finalement non.',
      version: 4,
    });
    expect(again.json().error.fields.decision).toContain('réponse définitive');
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', created.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'site_request.create',
      'site_request.questions',
      'site_request.accept',
    ]);
  });

  it.each([
    [
      'decline without a reason',
      { decision: 'decline', message: '', version: 1 },
      'message',
      'raison du refus',
    ],
    [
      'questions without questions',
      { decision: 'questions', version: 1 },
      'message',
      'Écrivez vos questions',
    ],
    ['unknown decision', { decision: 'peut-être', version: 1 }, 'decision', 'accept, questions ou decline'],
    ['missing version', { decision: 'accept' }, 'version', 'Numéro de version requis'],
  ])('refuses a decision with %s', async (_l, payload, field, reason) => {
    const { id } = (
      await api(
        t,
        cast.outsider,
        'POST',
        '/site-requests',
        requestBody(cast, { organisationId: cast.outsiderOrganisationId, name: `Autre ${field}` }),
      )
    ).json();
    const res = await api(t, cast.carrier.editor, 'POST', `/site-requests/${id}/decision`, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[field]).toContain(reason);
    await api(t, cast.carrier.editor, 'POST', `/site-requests/${id}/decision`, {
      decision: 'decline',
      message: 'Hors périmètre.',
      version: 1,
    });
  });

  it('closes the conversation of a declined request', async () => {
    const declined = (
      await api(t, cast.site.viewer, 'GET', '/site-requests?box=outgoing&status=declined')
    ).json()[0];
    const res = await api(t, cast.site.editor, 'POST', `/site-requests/${declined.id}/messages`, {
      body: 'Pourquoi ?',
    });
    expect(res.json().error.fields.body).toContain('conversation est close');
    expect(
      (await api(t, cast.site.editor, 'POST', `/site-requests/${declined.id}/messages`, { body: ' ' })).json()
        .error.fields.body,
    ).toContain('Écrivez un message');
  });
});

/** Routes whose permission matrix is this file (see src/server/reliability/expectations/sites.ts). */
const ROUTES = [
  '/site-requests',
  '/site-requests/:id',
  '/site-requests/:id/decision',
  '/site-requests/:id/messages',
  // Tested cell by cell in site-lifecycle.test.ts.
  '/site-requests/fit-diagnostics',
  '/site-requests/:id/withdraw',
];

describe('site request permissions', () => {
  it('covers every site-request route of the route table', async () => {
    const paths = Object.keys((t.app.swagger() as { paths: Record<string, unknown> }).paths)
      .map((p) => p.replace(/^\/api\/v1/, '').replace(/\{(\w+)\}/g, ':$1'))
      .filter((p) => p.startsWith('/site-requests'));
    expect(paths.sort()).toEqual([...ROUTES].sort());
  });

  let requestId: string;
  beforeAll(async () => {
    const c2 = { ...cast, site: { ...cast.site } };
    const { requestId: id } = await createAcceptedSite(t, c2, { name: 'Site P' });
    requestId = id;
  });

  it.each([
    ['anonymous', 401, 401, 401],
    ['site viewer', 200, 403, 403],
    ['site editor', 200, 403, 201],
    ['site owner', 200, 403, 201],
    ['carrier viewer', 200, 403, 403],
    ['carrier editor', 200, 400, 201],
    ['carrier owner', 200, 400, 201],
    ['other organisation', 404, 404, 404],
    ['administrator', 200, 400, 201],
  ])('%s: read %i, decide %i, write %i', async (who, read, decide, write) => {
    const user = everyone(cast).find(([name]) => name === who)![1];
    expect((await api(t, user, 'GET', `/site-requests/${requestId}`)).statusCode).toBe(read);
    const current = (await api(t, cast.admin, 'GET', `/site-requests/${requestId}`)).json().version;
    expect(
      (
        await api(t, user, 'POST', `/site-requests/${requestId}/decision`, {
          decision: 'decline',
          message: 'Non merci.',
          version: current,
        })
      ).statusCode,
    ).toBe(decide);
    expect(
      (await api(t, user, 'POST', `/site-requests/${requestId}/messages`, { body: `Message de ${who}` }))
        .statusCode,
    ).toBe(write);
  });

  it('lists nothing to anonymous and lists everything to administrators', async () => {
    expect((await api(t, null, 'GET', '/site-requests')).statusCode).toBe(401);
    expect((await api(t, cast.admin, 'GET', '/site-requests?box=incoming')).json().length).toBeGreaterThan(3);
  });
});
