import { randomUUID } from 'node:crypto';
import { createRoleMatrix, type TestContext, type TestUser } from '../test/harness.ts';
import { makeProject, api } from '../library/library.test-helpers.ts';
import { createCompletedDiagnostic } from '../plans/plans.test-support.ts';
import { makeModel, FILES } from '../models/models.test-support.ts';
import { createPublished, sessionBody } from '../training/training.test-support.ts';
import { buildNetworkRecords, type NetworkRecords } from './world-network.ts';

/** The seven people of every cross-capability suite, in the order of the matrix columns. */
export const ROLES = ['anonymous', 'viewer', 'editor', 'owner', 'outsider', 'facilitator', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type Cast = Awaited<ReturnType<typeof createRoleMatrix>>;

/** Ids of one family of records of organisation A, all of the same visibility. */
export interface Records extends NetworkRecords {
  projectId: string;
  imageId: string;
  diagnosticId: string;
  planId: string;
  itemId: string;
  modelId: string;
  resourceId: string;
  /** An export of the kit (public family); elsewhere an id that leads nowhere, as a draft has no version. */
  exportId: string;
  trainingResourceId: string;
  sessionId: string;
  meetingId: string;
  registrationId: string;
  feedToken: string;
  followId: string;
}
export type Variant = 'private' | 'shared' | 'public';
export type Worlds = Record<Variant, Records>;

export function personOf(cast: Cast, role: Role): TestUser | null {
  return role === 'anonymous' ? null : cast[role];
}

async function ok<T>(
  label: string,
  response: { statusCode: number; body: string; json: () => unknown },
  expected = [200, 201],
): Promise<T> {
  if (!expected.includes(response.statusCode))
    throw new Error(
      `${label} failed in the reliability world: ${response.statusCode} ${response.body.slice(0, 300)}`,
    );
  return response.json() as T;
}

/** A PNG of 1×1 pixel, enough for the image checks of the library. */
const PNG = Buffer.concat([
  Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0,
    1, 8, 2, 0, 0, 0,
  ]),
  Buffer.alloc(40),
]);

/**
 * Builds, through the API as the owner of organisation A, one family of records for a visibility:
 * - private: an unpublished private project and everything hanging from it, a draft model, a draft session;
 * - shared: a private project whose diagnostic is shared with the outsider's organisation and which the facilitator follows;
 * - public: a published public project, a published model (a kit) and a published session.
 */
export async function buildRecords(t: TestContext, cast: Cast, variant: Variant): Promise<Records> {
  const { owner, organisationId } = cast;
  const publicProject = variant === 'public';
  const projectId = await makeProject(
    t,
    owner,
    organisationId,
    { visibility: publicProject ? 'public' : 'private' },
    publicProject,
  );
  const image = await t.app.inject({
    method: 'POST',
    url: `/api/v1/projects/${projectId}/images?alt=${encodeURIComponent('Une image')}`,
    headers: { cookie: owner.cookie, 'content-type': 'image/png' },
    payload: PNG,
  });
  const imageId = (await ok<{ id: string }>('image', image)).id;
  const diagnosticId = await createCompletedDiagnostic(t, projectId, organisationId, owner.id);
  if (variant === 'shared') {
    await ok(
      'share',
      await api(t, owner, 'POST', `/diagnostics/${diagnosticId}/share`, {
        organisationIds: [cast.otherOrganisationId],
      }),
    );
  }
  const plan = await ok<{ id: string; items: { id: string }[] }>(
    'plan',
    await api(t, owner, 'POST', `/projects/${projectId}/plans`, { diagnosticId }),
  );
  const { modelId } = await makeModel(t, owner, organisationId, publicProject);
  const resource = await t.app.inject({
    method: 'POST',
    url: `/api/v1/models/${modelId}/resources?type=pdf&name=${encodeURIComponent('Charte')}`,
    headers: { 'content-type': 'application/octet-stream', cookie: owner.cookie },
    payload: FILES.pdf,
  });
  const resourceId = (await ok<{ id: string }>('resource', resource)).id;
  const exportId = publicProject
    ? (
        await ok<{ id: string }>(
          'export',
          await api(t, owner, 'POST', `/models/${modelId}/versions/1/exports`, { format: 'md' }),
        )
      ).id
    : randomUUID();
  const session = publicProject
    ? await createPublished(t, cast.facilitator, organisationId)
    : await ok<{ id: string; version: number; meetings: { id: string }[] }>(
        'session',
        await api(t, cast.facilitator, 'POST', '/training-sessions', sessionBody(organisationId)),
      );
  const row = await t.ctx.db
    .selectFrom('training_sessions')
    .select('feed_token')
    .where('id', '=', session.id)
    .executeTakeFirstOrThrow();
  const registrationId = randomUUID();
  await insertRegistration(t, session.id, registrationId, cast.editor.id);
  const trainingResource = await ok<{ id: string }>(
    'training resource',
    await api(t, cast.facilitator, 'POST', `/training-sessions/${session.id}/resources`, {
      kind: 'link',
      title: 'Support',
      url: 'https://example.org/support',
    }),
  );
  const follow = await ok<{ id: string }>(
    'follow',
    await api(t, owner, 'POST', `/projects/${projectId}/facilitators`, {
      facilitatorEmail: cast.facilitator.email,
    }),
  );
  const network = await buildNetworkRecords(t, cast, modelId, publicProject);
  return {
    ...network,
    projectId,
    imageId,
    diagnosticId,
    planId: plan.id,
    itemId: plan.items[0]!.id,
    modelId,
    resourceId,
    exportId,
    trainingResourceId: trainingResource.id,
    sessionId: session.id,
    meetingId: session.meetings[0]!.id,
    registrationId,
    feedToken: row.feed_token,
    followId: follow.id,
  };
}

/** The editor's confirmed registration, written directly: a draft session takes none through the API. */
async function insertRegistration(
  t: TestContext,
  sessionId: string,
  id: string,
  userId: string,
): Promise<void> {
  const now = t.ctx.now().toISOString();
  await t.ctx.db
    .insertInto('training_registrations')
    .values({
      id,
      session_id: sessionId,
      user_id: userId,
      organisation_id: null,
      project_id: null,
      status: 'confirmed',
      reason: null,
      membership_confirmed: 1,
      share_consent: 0,
      offer_expires_at: null,
      position: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
}
