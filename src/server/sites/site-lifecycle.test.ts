import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeIndicator } from '../indicators/indicators.test-support.ts';
import { createTestContext, type TestContext, type TestUser } from '../test/harness.ts';
import {
  api,
  createAcceptedSite,
  createSitesCast,
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

const outbox = () => t.ctx.db.selectFrom('outbox').select(['to_email', 'subject']).execute();

async function makeProject(user: TestUser, organisationId: string): Promise<string> {
  const res = await api(t, user, 'POST', '/projects', {
    organisationId,
    title: 'Projet de Die',
    summary: 'Un projet.',
    themes: ['housing'],
    publics: [],
    territories: ['26113'],
    phase: 'idee',
    phaseStatus: 'en-cours',
  });
  return (res.json() as { id: string }).id;
}

/** The routes this file tests cell by cell (the permission matrix delegates them here). */
const ROUTES = [
  '/site-requests/fit-diagnostics',
  '/site-requests/:id/withdraw',
  '/sites/trash',
  '/sites/:id',
  '/sites/:id/restore',
];

it('finds each of its routes in the route table', () => {
  const paths = Object.keys((t.app.swagger() as { paths: Record<string, unknown> }).paths).map((p) =>
    p.replace(/^\/api\/v1/, '').replace(/\{(\w+)\}/g, ':$1'),
  );
  for (const route of ROUTES) expect(paths).toContain(route);
});

describe('fit diagnostics a replicator can attach', () => {
  it('lists only the organisation’s completed replicator-fit diagnostics, to its editors', async () => {
    const projectId = await makeProject(cast.site.editor, cast.site.organisationId);
    const create = async (instrumentId: string) =>
      (
        (
          await api(t, cast.site.editor, 'POST', `/projects/${projectId}/diagnostics`, { instrumentId })
        ).json() as { id: string }
      ).id;
    const done = await create('replicator-fit');
    const draft = await create('replicator-fit');
    const readiness = await create('carrier-readiness');
    // Completion needs every answer; the listing only reads the stored status, so it is set directly.
    await t.ctx.db
      .updateTable('diagnostics')
      .set({ status: 'completed', completed_at: t.ctx.now().toISOString() })
      .where('id', 'in', [done, readiness])
      .execute();
    const url = `/site-requests/fit-diagnostics?organisationId=${cast.site.organisationId}`;
    const res = await api(t, cast.site.editor, 'GET', url);
    expect(res.statusCode).toBe(200);
    expect(res.json().map((d: { id: string }) => d.id)).toEqual([done]);
    expect(res.json().map((d: { id: string }) => d.id)).not.toContain(draft);
    expect((await api(t, cast.site.viewer, 'GET', url)).statusCode).toBe(403);
    expect((await api(t, cast.carrier.editor, 'GET', url)).statusCode).toBe(403);
    expect((await api(t, cast.outsider, 'GET', url)).statusCode).toBe(403);
    expect((await api(t, null, 'GET', url)).statusCode).toBe(401);
    expect((await api(t, cast.admin, 'GET', url)).statusCode).toBe(200);
    const bad = await api(t, cast.site.editor, 'GET', '/site-requests/fit-diagnostics?organisationId=x');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.organisationId).toContain('Choisissez votre organisation');
  });
});

describe('withdrawing a request', () => {
  it('lets the replicator’s editors withdraw an open request, tells the carrier and closes it', async () => {
    const created = await api(t, cast.site.editor, 'POST', '/site-requests', requestBody(cast));
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect(created.json().canWithdraw).toBe(true);
    expect((await api(t, cast.carrier.editor, 'GET', `/site-requests/${id}`)).json().canWithdraw).toBe(false);
    const withdraw = (user: TestUser | null, body: Record<string, unknown>) =>
      api(t, user, 'POST', `/site-requests/${id}/withdraw`, body);
    const cells: [TestUser | null, number][] = [
      [null, 401],
      [cast.site.viewer, 403],
      [cast.carrier.editor, 403],
      [cast.carrier.owner, 403],
      [cast.outsider, 404],
    ];
    for (const [user, status] of cells)
      expect((await withdraw(user, { version: 1 })).statusCode).toBe(status);
    const stale = await withdraw(cast.site.editor, { version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.currentVersion).toBe(1);
    const missing = await withdraw(cast.site.editor, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.version).toContain('Numéro de version requis');

    const before = (await outbox()).length;
    const ok = await withdraw(cast.site.editor, {
      version: 1,
      reason: 'Le conseil municipal a reporté le projet.',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      status: 'withdrawn',
      canWithdraw: false,
      canWrite: false,
      canDecide: false,
    });
    expect(ok.json().messages.at(-1)).toMatchObject({
      kind: 'withdraw',
      body: 'Le conseil municipal a reporté le projet.',
    });
    const mails = (await outbox()).slice(before);
    expect(mails.map((m) => m.to_email).sort()).toEqual(
      [cast.carrier.editor.email, cast.carrier.owner.email].sort(),
    );
    expect(mails[0]!.subject).toContain('retirée');

    const again = await withdraw(cast.site.editor, { version: 2 });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields.status).toContain('ne peut plus être retirée');
    const decide = await api(t, cast.carrier.editor, 'POST', `/site-requests/${id}/decision`, {
      decision: 'accept',
      version: 2,
    });
    expect(decide.statusCode).toBe(400);
    const message = await api(t, cast.carrier.editor, 'POST', `/site-requests/${id}/messages`, {
      body: 'Dommage.',
    });
    expect(message.statusCode).toBe(400);
    expect(message.json().error.fields.body).toContain('retirée');
    // A withdrawn request no longer blocks a new one from the same organisation.
    const renewed = await api(t, cast.site.editor, 'POST', '/site-requests', requestBody(cast));
    expect(renewed.statusCode).toBe(201);
    await api(t, cast.site.editor, 'POST', `/site-requests/${renewed.json().id}/withdraw`, { version: 1 });
  });
});

describe('deleting and restoring a site', () => {
  type Dashboard = {
    funnel: { stage: string; count: number }[];
    sites: { total: number; items: { id: string }[] };
    indicators: { id: string; series: { period: string; actual: number | null; reported: number }[] }[];
  };
  const dashboard = async () =>
    (await api(t, cast.carrier.viewer, 'GET', `/models/${cast.modelId}/network`)).json() as Dashboard;
  const total = (d: Dashboard) => d.funnel.reduce((n, f) => n + f.count, 0);
  const actual2024 = (d: Dashboard, indicatorId: string) =>
    d.indicators.find((i) => i.id === indicatorId)?.series.find((p) => p.period === '2024');

  it('puts a site in the carrier’s trash, out of the network’s counts, and back again', async () => {
    const indicatorId = await makeIndicator(t, cast.carrier.editor, cast.modelId, { aggregation: 'sum' });
    const a = await createAcceptedSite(t, cast, { name: 'Site A' });
    await api(t, cast.site.editor, 'POST', '/site-requests', requestBody(cast, { name: 'Site B' }));
    const open = (await api(t, cast.site.viewer, 'GET', '/site-requests?box=outgoing&status=pending')).json();
    const b = (
      await api(t, cast.carrier.editor, 'POST', `/site-requests/${open[0].id}/decision`, {
        decision: 'accept',
        version: open[0].version,
      })
    ).json().siteId as string;
    for (const [siteId, value] of [
      [a.siteId, '120'],
      [b, '30'],
    ] as const) {
      const res = await api(t, cast.site.editor, 'POST', `/sites/${siteId}/indicator-values`, {
        indicatorId,
        kind: 'actual',
        period: '2024',
        value,
      });
      expect(res.statusCode).toBe(201);
    }
    const start = await dashboard();
    expect(total(start)).toBe(2);
    expect(actual2024(start, indicatorId)).toMatchObject({ actual: 150, reported: 2 });

    const del = (user: TestUser | null, version = 1) =>
      api(t, user, 'DELETE', `/sites/${a.siteId}?version=${version}`);
    const cells: [TestUser | null, number][] = [
      [null, 401],
      [cast.site.owner, 403],
      [cast.site.editor, 403],
      [cast.carrier.viewer, 403],
      [cast.outsider, 404],
    ];
    for (const [user, status] of cells) expect((await del(user)).statusCode).toBe(status);
    expect((await del(cast.carrier.editor, 9)).statusCode).toBe(409);
    expect((await del(cast.carrier.editor)).statusCode).toBe(204);

    const afterDelete = await dashboard();
    expect(total(afterDelete)).toBe(1);
    expect(afterDelete.sites.items.map((s) => s.id)).not.toContain(a.siteId);
    expect(actual2024(afterDelete, indicatorId)).toMatchObject({ actual: 30, reported: 1 });
    expect((await api(t, cast.site.owner, 'GET', `/sites/${a.siteId}`)).statusCode).toBe(404);
    const trash = (await api(t, cast.carrier.editor, 'GET', '/sites/trash')).json();
    expect(trash).toEqual([expect.objectContaining({ id: a.siteId, name: 'Site A' })]);
    expect((await api(t, cast.carrier.viewer, 'GET', '/sites/trash')).json()).toEqual([]);
    expect((await api(t, cast.site.owner, 'GET', '/sites/trash')).json()).toEqual([]);
    expect((await api(t, null, 'GET', '/sites/trash')).statusCode).toBe(401);

    const restore = (user: TestUser | null) => api(t, user, 'POST', `/sites/${a.siteId}/restore`);
    for (const [user, status] of cells) expect((await restore(user)).statusCode).toBe(status);
    const restored = await restore(cast.carrier.owner);
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ id: a.siteId, name: 'Site A', version: 3 });
    const afterRestore = await dashboard();
    expect(total(afterRestore)).toBe(2);
    expect(actual2024(afterRestore, indicatorId)).toMatchObject({ actual: 150, reported: 2 });
    expect((await restore(cast.carrier.owner)).statusCode).toBe(404);

    // Past 30 days the trash no longer offers the site back.
    expect((await api(t, cast.admin, 'DELETE', `/sites/${b}?version=1`)).statusCode).toBe(204);
    await t.ctx.db
      .updateTable('sites')
      .set({ deleted_at: '2020-01-01T00:00:00.000Z' })
      .where('id', '=', b)
      .execute();
    expect((await api(t, cast.carrier.editor, 'GET', '/sites/trash')).json()).toEqual([]);
    expect((await api(t, cast.carrier.editor, 'POST', `/sites/${b}/restore`)).statusCode).toBe(404);
  });

  it('leaves no link from its request to a deleted site, says it was deleted, and links it again once restored', async () => {
    const { requestId, siteId } = await createAcceptedSite(t, cast, { name: 'Site C' });
    const link = async () => {
      const one = (await api(t, cast.site.viewer, 'GET', `/site-requests/${requestId}`)).json();
      const listed = (await api(t, cast.carrier.viewer, 'GET', '/site-requests?box=incoming')).json() as {
        id: string;
      }[];
      const inList = listed.find((r) => r.id === requestId);
      expect(inList).toMatchObject({ siteId: one.siteId, siteDeleted: one.siteDeleted });
      return { siteId: one.siteId as string | null, siteDeleted: one.siteDeleted as boolean };
    };
    expect(await link()).toEqual({ siteId, siteDeleted: false });

    expect((await api(t, cast.carrier.editor, 'DELETE', `/sites/${siteId}?version=1`)).statusCode).toBe(204);
    expect(await link()).toEqual({ siteId: null, siteDeleted: true });
    // A message on the request now points the carrier to the request, not to the deleted site's page.
    const posted = await api(t, cast.site.editor, 'POST', `/site-requests/${requestId}/messages`, {
      body: 'Le site a disparu de notre tableau de bord.',
    });
    expect(posted.statusCode, posted.body).toBe(201);
    expect(posted.json()).toMatchObject({ siteId: null, siteDeleted: true });
    const notices = await t.ctx.db
      .selectFrom('outbox')
      .select('text_body')
      .where('subject', '=', 'Nouveau message\u00a0: Site C')
      .execute();
    expect(notices.length).toBeGreaterThan(0);
    for (const n of notices) {
      expect(n.text_body).toContain(`/sites/requests/${requestId}`);
      expect(n.text_body).not.toContain(`/sites/${siteId}`);
    }

    expect((await api(t, cast.carrier.owner, 'POST', `/sites/${siteId}/restore`)).statusCode).toBe(200);
    expect(await link()).toEqual({ siteId, siteDeleted: false });
  });
});
