import { api, makeModel } from '../models/models.test-support.ts';
import {
  createRoleMatrix,
  createTestOrganisation,
  createTestUser,
  type TestContext,
  type TestUser,
} from '../test/harness.ts';

export { api };

/**
 * The cast of a sites test: the carrier organisation (owner, editor, viewer) with a published kit, the replicator's
 * organisation (owner, editor, viewer), another organisation's owner, an administrator, and anonymous.
 */
export async function createSitesCast(t: TestContext) {
  const m = await createRoleMatrix(t);
  const { modelId, projectId } = await makeModel(t, m.editor, m.organisationId, true);
  const siteOwner = await createTestUser(t, { displayName: 'Site Owner' });
  const siteEditor = await createTestUser(t, { displayName: 'Site Editor' });
  const siteViewer = await createTestUser(t, { displayName: 'Site Viewer' });
  const replicatorId = await createTestOrganisation(
    t,
    siteOwner,
    [
      { user: siteEditor, role: 'editor' },
      { user: siteViewer, role: 'viewer' },
    ],
    'Commune de Die',
  );
  return {
    carrier: { owner: m.owner, editor: m.editor, viewer: m.viewer, organisationId: m.organisationId },
    site: { owner: siteOwner, editor: siteEditor, viewer: siteViewer, organisationId: replicatorId },
    outsider: m.outsider,
    outsiderOrganisationId: m.otherOrganisationId,
    admin: m.admin,
    modelId,
    projectId,
  };
}
export type SitesCast = Awaited<ReturnType<typeof createSitesCast>>;

export const requestBody = (cast: SitesCast, over: Record<string, unknown> = {}) => ({
  modelId: cast.modelId,
  modelVersion: 1,
  organisationId: cast.site.organisationId,
  name: 'Bricobus du Diois',
  territoryCodes: ['26113', 'epci:242600534'],
  motivation: 'Des ménages modestes du Diois ont besoin d’aide pour rénover leur logement.',
  ...over,
});

/** A request sent by the replicator's editor and accepted by the carrier's editor: returns the ids. */
export async function createAcceptedSite(
  t: TestContext,
  cast: SitesCast,
  over: Record<string, unknown> = {},
) {
  const created = await api(t, cast.site.editor, 'POST', '/site-requests', requestBody(cast, over));
  if (created.statusCode !== 201) throw new Error(`request failed in test: ${created.body}`);
  const requestId = (created.json() as { id: string }).id;
  const accepted = await api(t, cast.carrier.editor, 'POST', `/site-requests/${requestId}/decision`, {
    decision: 'accept',
    version: 1,
  });
  if (accepted.statusCode !== 200) throw new Error(`accept failed in test: ${accepted.body}`);
  return { requestId, siteId: (accepted.json() as { siteId: string }).siteId };
}

export function everyone(cast: SitesCast): [string, TestUser | null][] {
  return [
    ['anonymous', null],
    ['site viewer', cast.site.viewer],
    ['site editor', cast.site.editor],
    ['site owner', cast.site.owner],
    ['carrier viewer', cast.carrier.viewer],
    ['carrier editor', cast.carrier.editor],
    ['carrier owner', cast.carrier.owner],
    ['other organisation', cast.outsider],
    ['administrator', cast.admin],
  ];
}
