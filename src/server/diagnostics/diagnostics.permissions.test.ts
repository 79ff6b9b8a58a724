import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createRoleMatrix,
  createTestContext,
  createTestOrganisation,
  createTestUser,
  type TestContext,
  type TestUser,
} from '../test/harness.ts';
import { call, createTestProject, type Call } from './diagnostics.test-support.ts';

type Role =
  | 'anonymous'
  | 'viewer'
  | 'editor'
  | 'owner'
  | 'outsider'
  | 'facilitator'
  | 'sharedFacilitator'
  | 'sharedOrganisation'
  | 'admin';
const ROLES: Role[] = [
  'anonymous',
  'viewer',
  'editor',
  'owner',
  'outsider',
  'facilitator',
  'sharedFacilitator',
  'sharedOrganisation',
  'admin',
];

describe('diagnostics permissions', () => {
  let t: TestContext;
  let users: Record<Role, TestUser | null>;
  let projectId: string;
  let diagnosticId: string;
  let otherDiagnosticId: string;
  let sharedOrganisationId: string;

  beforeAll(async () => {
    t = await createTestContext();
    const m = await createRoleMatrix(t);
    const sharedFacilitator = await createTestUser(t, {
      displayName: 'Facilitatrice suivie',
      platformRole: 'facilitator',
    });
    const partner = await createTestUser(t, { displayName: 'Partenaire' });
    sharedOrganisationId = await createTestOrganisation(t, partner, [], 'Réseau partenaire');
    users = {
      anonymous: null,
      viewer: m.viewer,
      editor: m.editor,
      owner: m.owner,
      outsider: m.outsider,
      facilitator: m.facilitator,
      sharedFacilitator,
      sharedOrganisation: partner,
      admin: m.admin,
    };
    projectId = await createTestProject(t, m.organisationId, {
      title: 'Projet privé',
      visibility: 'private',
    });
    const create = () =>
      call(t, m.owner, {
        method: 'POST',
        url: `/projects/${projectId}/diagnostics`,
        payload: { instrumentId: 'carrier-readiness' },
      });
    diagnosticId = (await create()).json().id;
    otherDiagnosticId = (await create()).json().id;
    const shared = await call(t, m.owner, {
      method: 'POST',
      url: `/diagnostics/${diagnosticId}/share`,
      payload: {
        facilitatorEmails: [sharedFacilitator.email.toUpperCase()],
        organisationIds: [sharedOrganisationId],
      },
    });
    expect(shared.statusCode, shared.body).toBe(200);
    expect(shared.json().users.map((u: { userId: string }) => u.userId)).toEqual([sharedFacilitator.id]);
    expect(shared.json().organisations).toEqual([{ id: sharedOrganisationId, name: 'Réseau partenaire' }]);
  });
  afterAll(() => t.close());

  async function statuses(request: () => Call): Promise<Record<Role, number>> {
    const out = {} as Record<Role, number>;
    for (const role of ROLES) out[role] = (await call(t, users[role], request())).statusCode;
    return out;
  }

  it('lets members, shared facilitators and shared organisations read; nobody else learns it exists', async () => {
    const read = {
      anonymous: 404,
      viewer: 200,
      editor: 200,
      owner: 200,
      outsider: 404,
      facilitator: 404,
      sharedFacilitator: 200,
      sharedOrganisation: 200,
      admin: 200,
    };
    expect(await statuses(() => ({ method: 'GET', url: `/diagnostics/${diagnosticId}` }))).toEqual(read);
    expect(await statuses(() => ({ method: 'GET', url: `/diagnostics/${diagnosticId}/result.pdf` }))).toEqual(
      read,
    );
    // The diagnostic that is not shared stays with the organisation.
    expect(await statuses(() => ({ method: 'GET', url: `/diagnostics/${otherDiagnosticId}` }))).toEqual({
      ...read,
      sharedFacilitator: 404,
      sharedOrganisation: 404,
    });
  });

  it('shows each reader the project history they may see', async () => {
    const seen: Partial<Record<Role, string[] | number>> = {};
    for (const role of ROLES) {
      const res = await call(t, users[role], { method: 'GET', url: `/projects/${projectId}/diagnostics` });
      seen[role] =
        res.statusCode === 200
          ? res
              .json()
              .items.map((i: { id: string }) => i.id)
              .sort()
          : res.statusCode;
    }
    const all = [diagnosticId, otherDiagnosticId].sort();
    expect(seen).toEqual({
      anonymous: 404,
      viewer: all,
      editor: all,
      owner: all,
      outsider: 404,
      facilitator: 404,
      sharedFacilitator: [diagnosticId],
      sharedOrganisation: [diagnosticId],
      admin: all,
    });
  });

  it('lists what is shared with each reader', async () => {
    const seen: Partial<Record<Role, string[] | number>> = {};
    for (const role of ROLES) {
      const res = await call(t, users[role], { method: 'GET', url: '/diagnostics/shared-with-me' });
      seen[role] =
        res.statusCode === 200 ? res.json().items.map((i: { id: string }) => i.id) : res.statusCode;
    }
    expect(seen).toEqual({
      anonymous: 401,
      viewer: [],
      editor: [],
      owner: [],
      outsider: [],
      facilitator: [],
      sharedFacilitator: [diagnosticId],
      sharedOrganisation: [diagnosticId],
      admin: [],
    });
  });

  it('lets only editors, owners and administrators answer, complete, share, delete; readers get 403, others 404', async () => {
    const denied = {
      anonymous: 404,
      viewer: 403,
      outsider: 404,
      facilitator: 404,
      sharedFacilitator: 403,
      sharedOrganisation: 403,
    };
    const writes: (() => Call)[] = [
      () => ({
        method: 'PATCH',
        url: `/diagnostics/${diagnosticId}/answers`,
        payload: { version: 1, answers: { 'need.unmet': { choice: 'yes' } } },
      }),
      () => ({
        method: 'PATCH',
        url: `/diagnostics/${diagnosticId}`,
        payload: { version: 1, title: 'Nouveau titre' },
      }),
      () => ({ method: 'POST', url: `/diagnostics/${diagnosticId}/complete`, payload: { version: 1 } }),
      () => ({ method: 'POST', url: `/diagnostics/${diagnosticId}/reopen`, payload: { version: 1 } }),
      () => ({
        method: 'POST',
        url: `/diagnostics/${diagnosticId}/share`,
        payload: { organisationIds: [sharedOrganisationId] },
      }),
      () => ({
        method: 'POST',
        url: `/diagnostics/${diagnosticId}/unshare`,
        payload: { organisationIds: [sharedOrganisationId] },
      }),
      () => ({ method: 'DELETE', url: `/diagnostics/${diagnosticId}` }),
      () => ({ method: 'POST', url: `/diagnostics/${diagnosticId}/restore` }),
    ];
    for (const request of writes) {
      for (const [role, expected] of Object.entries(denied)) {
        const res = await call(t, users[role as Role], request());
        expect(res.statusCode, `${role} ${request().method} ${request().url}`).toBe(expected);
      }
    }
    expect(
      (await call(t, users.sharedFacilitator, { method: 'GET', url: `/diagnostics/${diagnosticId}` })).json()
        .access,
    ).toEqual({ canAnswer: false, canShare: false });
    for (const role of ['editor', 'owner', 'admin'] as const) {
      const current = (
        await call(t, users[role], { method: 'GET', url: `/diagnostics/${diagnosticId}` })
      ).json();
      const res = await call(t, users[role], {
        method: 'PATCH',
        url: `/diagnostics/${diagnosticId}/answers`,
        payload: {
          version: current.version,
          answers: { 'need.unmet': { choice: role === 'editor' ? 'yes' : 'no' } },
        },
      });
      expect(res.statusCode, role).toBe(200);
      expect(res.json().access.canAnswer).toBe(true);
    }
  });

  it('lets only editors, owners and administrators start a diagnostic in the project', async () => {
    const res = await statuses(() => ({
      method: 'POST',
      url: `/projects/${projectId}/diagnostics`,
      payload: { instrumentId: 'carrier-readiness' },
    }));
    expect(res).toEqual({
      anonymous: 404,
      viewer: 403,
      editor: 201,
      owner: 201,
      outsider: 404,
      facilitator: 404,
      sharedFacilitator: 404,
      sharedOrganisation: 404,
      admin: 201,
    });
    const publicProject = await createTestProject(
      t,
      (await call(t, users.owner, { method: 'GET', url: `/diagnostics/${diagnosticId}` })).json()
        .organisationId,
      { visibility: 'public' },
    );
    expect(
      (
        await call(t, null, {
          method: 'POST',
          url: `/projects/${publicProject}/diagnostics`,
          payload: { instrumentId: 'carrier-readiness' },
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (
        await call(t, users.outsider, {
          method: 'POST',
          url: `/projects/${publicProject}/diagnostics`,
          payload: { instrumentId: 'carrier-readiness' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('compares only diagnostics the reader may read', async () => {
    const url = `/diagnostics/compare?a=${diagnosticId}&b=${otherDiagnosticId}`;
    // Both are drafts: members get the 400 that says so, the shared facilitator a 404 for the one not shared.
    expect((await call(t, users.owner, { method: 'GET', url })).statusCode).toBe(400);
    expect((await call(t, users.sharedFacilitator, { method: 'GET', url })).statusCode).toBe(404);
    expect((await call(t, users.outsider, { method: 'GET', url })).statusCode).toBe(404);
  });

  it('shares only with facilitators and existing organisations, naming each refused target', async () => {
    const res = await call(t, users.owner, {
      method: 'POST',
      url: `/diagnostics/${otherDiagnosticId}/share`,
      payload: {
        facilitatorEmails: ['personne@example.org', users.outsider!.email],
        userIds: [users.facilitator!.id],
        organisationIds: ['00000000-0000-4000-8000-000000000000'],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual([
      'facilitatorEmails.0',
      'facilitatorEmails.1',
      'organisationIds.0',
    ]);
    expect(
      (await call(t, users.owner, { method: 'GET', url: `/diagnostics/${otherDiagnosticId}` })).json()
        .sharedWith,
    ).toEqual({ users: [], organisations: [] });
    const unshared = await call(t, users.owner, {
      method: 'POST',
      url: `/diagnostics/${diagnosticId}/unshare`,
      payload: { userIds: [users.sharedFacilitator!.id] },
    });
    expect(unshared.json().users).toEqual([]);
    expect(
      (await call(t, users.sharedFacilitator, { method: 'GET', url: `/diagnostics/${diagnosticId}` }))
        .statusCode,
    ).toBe(404);
  });
});
