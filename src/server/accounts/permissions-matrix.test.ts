import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, TEST_PASSWORD, type TestContext } from '../test/harness.ts';
import { hashPassword } from '../auth/passwords.ts';
import { queueMail } from '../mail/mail.service.ts';
import { ROLES, uniqueEmail, worldBuilder, type Role, type World } from './matrix-world.ts';

/**
 * Every route of issue 3, for anonymous, viewer, editor, owner, a member of another organisation, a facilitator
 * and an administrator. Routes that change state run in a fresh world per cell (users, organisations, session),
 * so one cell never depends on another; read-only routes use the shared role matrix.
 */
interface Row {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  fresh?: boolean;
  url?: (w: World, role: Role) => string | Promise<string>;
  body?: (w: World, role: Role) => unknown;
  expect: Record<Role, number>;
}

const all = (status: number) => Object.fromEntries(ROLES.map((r) => [r, status])) as Record<Role, number>;
const signedIn = (status: number) => ({ ...all(status), anonymous: 401 });
const ownerOnly = (ok: number) => ({
  anonymous: 401,
  viewer: 403,
  editor: 403,
  owner: ok,
  outsider: 404,
  facilitator: 404,
  admin: ok,
});
const adminOnly = {
  anonymous: 401,
  viewer: 403,
  editor: 403,
  owner: 403,
  outsider: 403,
  facilitator: 403,
  admin: 200,
};
const FORGED = 'Zm9yZ2VkLXRva2VuLXRoYXQtZG9lcy1ub3QtZXhpc3Q';

const ROUTES: Row[] = [
  {
    method: 'POST',
    path: '/auth/sign-up',
    body: () => ({ email: uniqueEmail(), password: TEST_PASSWORD, displayName: 'Nouvelle' }),
    expect: all(201),
  },
  {
    method: 'POST',
    path: '/auth/sign-in',
    body: (w) => ({ email: w.people.owner.email, password: 'mauvais mot de passe' }),
    expect: all(401),
  },
  { method: 'POST', path: '/auth/sign-out', fresh: true, expect: all(204) },
  { method: 'POST', path: '/auth/sign-out-everywhere', fresh: true, expect: signedIn(204) },
  { method: 'POST', path: '/auth/confirm-email', body: () => ({ token: FORGED }), expect: all(400) },
  { method: 'POST', path: '/auth/resend-confirmation', expect: signedIn(409) },
  { method: 'POST', path: '/auth/magic-link', body: () => ({ email: uniqueEmail() }), expect: all(202) },
  { method: 'POST', path: '/auth/magic-link/consume', body: () => ({ token: FORGED }), expect: all(400) },
  { method: 'POST', path: '/auth/password/forgot', body: () => ({ email: uniqueEmail() }), expect: all(202) },
  {
    method: 'POST',
    path: '/auth/password/reset',
    body: () => ({ token: FORGED, password: 'une autre phrase solide' }),
    expect: all(400),
  },
  { method: 'GET', path: '/auth/me', expect: signedIn(200) },
  { method: 'PATCH', path: '/auth/me', fresh: true, body: () => ({ language: 'en' }), expect: signedIn(200) },
  {
    method: 'POST',
    path: '/auth/me/password',
    fresh: true,
    body: () => ({ currentPassword: TEST_PASSWORD, newPassword: 'une autre phrase solide' }),
    expect: signedIn(204),
  },
  {
    method: 'POST',
    path: '/auth/me/email',
    fresh: true,
    body: () => ({ newEmail: uniqueEmail(), password: TEST_PASSWORD }),
    expect: signedIn(202),
  },
  { method: 'POST', path: '/auth/me/email/confirm', body: () => ({ token: FORGED }), expect: all(400) },
  { method: 'GET', path: '/auth/me/export', expect: signedIn(200) },
  // The owner is the only owner of an organisation with members; the outsider is alone in theirs (it goes to the trash).
  {
    method: 'DELETE',
    path: '/auth/me',
    fresh: true,
    body: () => ({ password: TEST_PASSWORD }),
    expect: { ...signedIn(204), owner: 409 },
  },
  { method: 'GET', path: '/auth/sessions', expect: signedIn(200) },
  // Someone else's session: nobody but its owner may close it.
  {
    method: 'DELETE',
    path: '/auth/sessions/:id',
    fresh: true,
    url: async (w) => `/auth/sessions/${await builder.sessionIdOf(w.member)}`,
    expect: signedIn(404),
  },
  { method: 'GET', path: '/auth/oidc/config', expect: all(200) },
  { method: 'GET', path: '/auth/oidc/start', expect: all(302) },
  {
    method: 'GET',
    path: '/auth/oidc/callback',
    url: () => '/auth/oidc/callback?code=x&state=y',
    expect: all(302),
  },
  { method: 'GET', path: '/auth/oidc/suggestion', expect: signedIn(200) },
  {
    method: 'POST',
    path: '/organisations',
    body: () => ({ name: 'Nouvelle association', kind: 'association' }),
    expect: signedIn(201),
  },
  { method: 'GET', path: '/organisations/mine', expect: signedIn(200) },
  {
    method: 'GET',
    path: '/organisations/:id',
    url: (w) => `/organisations/${w.organisationId}`,
    expect: all(200),
  },
  {
    method: 'PATCH',
    path: '/organisations/:id',
    fresh: true,
    url: (w) => `/organisations/${w.organisationId}`,
    body: () => ({ name: 'Nom changé', version: 1 }),
    expect: { ...ownerOnly(200), outsider: 403, facilitator: 403 },
  },
  {
    method: 'GET',
    path: '/organisations/:id/members',
    url: (w) => `/organisations/${w.organisationId}/members`,
    expect: { ...ownerOnly(200), viewer: 200, editor: 200 },
  },
  {
    method: 'PATCH',
    path: '/organisations/:id/members/:userId',
    fresh: true,
    url: (w) => `/organisations/${w.organisationId}/members/${w.member.id}`,
    body: () => ({ role: 'editor' }),
    expect: ownerOnly(200),
  },
  {
    method: 'DELETE',
    path: '/organisations/:id/members/:userId',
    fresh: true,
    url: (w) => `/organisations/${w.organisationId}/members/${w.member.id}`,
    expect: ownerOnly(204),
  },
  {
    method: 'POST',
    path: '/organisations/:id/leave',
    fresh: true,
    url: (w) => `/organisations/${w.organisationId}/leave`,
    expect: {
      anonymous: 401,
      viewer: 204,
      editor: 204,
      owner: 409,
      outsider: 404,
      facilitator: 404,
      admin: 404,
    },
  },
  {
    method: 'POST',
    path: '/organisations/:id/transfer',
    fresh: true,
    url: (w) => `/organisations/${w.organisationId}/transfer`,
    body: (w) => ({ userId: w.member.id }),
    expect: ownerOnly(200),
  },
  {
    method: 'POST',
    path: '/organisations/:id/invitations',
    fresh: true,
    url: (w) => `/organisations/${w.organisationId}/invitations`,
    body: () => ({ email: uniqueEmail(), role: 'viewer' }),
    expect: ownerOnly(201),
  },
  {
    method: 'GET',
    path: '/organisations/:id/invitations',
    url: (w) => `/organisations/${w.organisationId}/invitations`,
    expect: ownerOnly(200),
  },
  {
    method: 'DELETE',
    path: '/organisations/:id/invitations/:invitationId',
    fresh: true,
    url: async (w) =>
      `/organisations/${w.organisationId}/invitations/${(await builder.invite(w, uniqueEmail())).id}`,
    expect: ownerOnly(204),
  },
  {
    method: 'GET',
    path: '/invitations/:token',
    fresh: true,
    url: async (w) => `/invitations/${(await builder.invite(w, uniqueEmail())).secret}`,
    expect: all(200),
  },
  // An invitation sent to the acting person's own address: anyone signed in with it may accept.
  {
    method: 'POST',
    path: '/invitations/:token/accept',
    fresh: true,
    url: async (w, role) =>
      `/invitations/${(await builder.invite(w, role === 'anonymous' ? uniqueEmail() : w.people[role].email)).secret}/accept`,
    expect: signedIn(200),
  },
  {
    method: 'POST',
    path: '/invitations/:token/decline',
    fresh: true,
    url: async (w) => `/invitations/${(await builder.invite(w, uniqueEmail())).secret}/decline`,
    expect: all(204),
  },
  { method: 'GET', path: '/admin/users', expect: adminOnly },
  {
    method: 'PATCH',
    path: '/admin/users/:id',
    fresh: true,
    url: (w) => `/admin/users/${w.member.id}`,
    body: () => ({ platformRole: 'facilitator' }),
    expect: adminOnly,
  },
  { method: 'GET', path: '/admin/organisations', expect: adminOnly },
  { method: 'GET', path: '/admin/outbox', expect: adminOnly },
  { method: 'GET', path: '/admin/outbox/:id', url: () => `/admin/outbox/${outboxId}`, expect: adminOnly },
  { method: 'GET', path: '/admin/audit', expect: adminOnly },
];

let t: TestContext;
let outboxId: string;
let builder: ReturnType<typeof worldBuilder>;
let matrixWorld: World;

describe('permission matrix of accounts, organisations, invitations and administration', () => {
  beforeAll(async () => {
    t = await createTestContext();
    builder = worldBuilder(t, await hashPassword(TEST_PASSWORD));
    const m = await createRoleMatrix(t);
    const member = await builder.person();
    await t.ctx.db
      .insertInto('memberships')
      .values({
        organisation_id: m.organisationId,
        user_id: member.id,
        role: 'viewer',
        created_at: t.ctx.now().toISOString(),
      })
      .execute();
    matrixWorld = {
      organisationId: m.organisationId,
      otherOrganisationId: m.otherOrganisationId,
      member,
      people: {
        owner: m.owner,
        editor: m.editor,
        viewer: m.viewer,
        outsider: m.outsider,
        facilitator: m.facilitator,
        admin: m.admin,
      },
    };
    outboxId = (
      await queueMail(
        t.ctx.db,
        {
          to: 'x@example.org',
          language: 'fr',
          template: 'magic-link',
          data: { name: 'X', url: 'http://localhost:3000/x', expiresInMinutes: 15 },
        },
        t.ctx.now(),
      )
    ).outboxId;
  });
  afterAll(() => t.close());

  it('covers every route of accounts, organisations and administration in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, { tags?: string[] }>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) =>
          op.tags?.some((tag) => ['accounts', 'organisations', 'administration'].includes(tag)),
        )
        .map(
          ([method]) => `${method.toUpperCase()} ${path.replace('/api/v1', '').replace(/\{(\w+)\}/g, ':$1')}`,
        ),
    );
    expect(documented.length).toBeGreaterThan(40);
    const tested = new Set(ROUTES.map((r) => `${r.method} ${r.path}`));
    expect(documented.filter((route) => !tested.has(route))).toEqual([]);
  });

  it.each(ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))('%s', async (_name, row) => {
    const outcomes: string[] = [];
    for (const role of ROLES) {
      const world = row.fresh ? await builder.freshWorld() : matrixWorld;
      const url = row.url ? await row.url(world, role) : row.path;
      const headers = role === 'anonymous' ? {} : { cookie: world.people[role].cookie };
      const body = row.body?.(world, role);
      const res = await t.app.inject({
        method: row.method,
        url: `/api/v1${url}`,
        headers,
        ...(body !== undefined ? { payload: body as object } : {}),
      });
      if (res.statusCode !== row.expect[role])
        outcomes.push(
          `${role}: expected ${row.expect[role]}, got ${res.statusCode} ${res.body.slice(0, 200)}`,
        );
    }
    expect(outcomes).toEqual([]);
  });

  it('never shows one organisation’s members or invitations to another’s owner, whatever the id', async () => {
    const { people, organisationId, otherOrganisationId } = matrixWorld;
    for (const url of [
      `/organisations/${organisationId}/members`,
      `/organisations/${organisationId}/invitations`,
    ]) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1${url}`,
        headers: { cookie: people.outsider.cookie },
      });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain(people.owner.email);
    }
    const ownMembers = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${otherOrganisationId}/members`,
      headers: { cookie: people.owner.cookie },
    });
    expect(ownMembers.statusCode).toBe(404);
  });
});
