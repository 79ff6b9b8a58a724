import { randomUUID } from 'node:crypto';
import type { SiteStage } from '../../db/tables/sites.ts';
import { api } from '../library/library.test-helpers.ts';
import { makeModel } from '../models/models.test-support.ts';
import { createTestOrganisation, createTestUser, type TestContext, type TestUser } from '../test/harness.ts';

export { api };

/**
 * A site row inserted directly: the sites service is written at the same time by another capability, and these
 * tests only rely on the columns of the shared `sites` table.
 */
export async function insertSite(
  t: TestContext,
  site: {
    modelId: string;
    organisationId: string;
    carrierOrganisationId: string;
    name?: string;
    departement?: string;
    region?: string;
    stage?: SiteStage;
    stageChangedAt?: string;
    isPublic?: boolean;
  },
): Promise<string> {
  const id = randomUUID();
  const now = t.ctx.now().toISOString();
  await t.ctx.db
    .insertInto('sites')
    .values({
      id,
      model_id: site.modelId,
      model_version: 1,
      organisation_id: site.organisationId,
      carrier_organisation_id: site.carrierOrganisationId,
      name: site.name ?? `Site ${id.slice(0, 6)}`,
      territory_codes: JSON.stringify(['26124']),
      departement: site.departement ?? '26',
      region: site.region ?? '84',
      stage: site.stage ?? 'operating',
      communs_phase: 'operation',
      communs_status: 'en_cours',
      stage_changed_at: site.stageChangedAt ?? now,
      is_public: site.isPublic ? 1 : 0,
      created_by: null,
      created_at: now,
      updated_by: null,
      updated_at: now,
      deleted_at: null,
      version: 1,
    })
    .execute();
  return id;
}

export const indicatorBody = (overrides: Record<string, unknown> = {}) => ({
  name: 'Puissance installée',
  definition: 'Puissance crête cumulée des installations en service au dernier jour de la période.',
  unit: 'kWc',
  valueType: 'decimal',
  frequency: 'yearly',
  aggregation: 'last',
  higherIsBetter: true,
  noPersonalData: true,
  ...overrides,
});

export async function makeIndicator(
  t: TestContext,
  editor: TestUser,
  modelId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await api(t, editor, 'POST', `/models/${modelId}/indicators`, indicatorBody(overrides));
  if (res.statusCode !== 201) throw new Error(`indicator creation failed in test: ${res.body}`);
  return (res.json() as { id: string }).id;
}

/**
 * A network: the carrier (the role matrix's organisation) with a published model, a site organisation with its own
 * editor and viewer, and one site of that organisation.
 */
export async function makeNetwork(t: TestContext, carrier: { editor: TestUser; organisationId: string }) {
  const { modelId } = await makeModel(t, carrier.editor, carrier.organisationId, true);
  const siteOwner = await createTestUser(t, { displayName: 'Site owner' });
  const siteEditor = await createTestUser(t, { displayName: 'Site editor' });
  const siteViewer = await createTestUser(t, { displayName: 'Site viewer' });
  const siteOrganisationId = await createTestOrganisation(
    t,
    siteOwner,
    [
      { user: siteEditor, role: 'editor' },
      { user: siteViewer, role: 'viewer' },
    ],
    'SAS Centrale villageoise du Val',
  );
  const siteId = await insertSite(t, {
    modelId,
    organisationId: siteOrganisationId,
    carrierOrganisationId: carrier.organisationId,
    name: 'Centrale du Val',
  });
  return { modelId, siteOwner, siteEditor, siteViewer, siteOrganisationId, siteId };
}

export function uploadCsv(
  t: TestContext,
  user: TestUser | null,
  modelId: string,
  csv: string,
  dryRun: boolean,
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/models/${modelId}/indicator-values/import?dryRun=${dryRun}`,
    headers: { 'content-type': 'text/csv; charset=utf-8', ...(user ? { cookie: user.cookie } : {}) },
    payload: csv,
  });
}
