import { randomBytes } from 'node:crypto';
import type { TestContext } from '../test/harness.ts';
import { api } from '../library/library.test-helpers.ts';
import { insertSite, makeIndicator } from '../indicators/indicators.test-support.ts';
import { hashToken } from '../indicators/links.service.ts';
import type { Cast } from './world.ts';

/** Ids of the network records hanging from a family's model: one site of organisation A, its indicator and value. */
export interface NetworkRecords {
  siteId: string;
  indicatorId: string;
  indicatorValueId: string;
  reportingToken: string;
  importId: string;
}

async function ok<T>(
  label: string,
  response: { statusCode: number; body: string; json: () => unknown },
): Promise<T> {
  if (![200, 201, 202].includes(response.statusCode))
    throw new Error(
      `${label} failed in the reliability world: ${response.statusCode} ${response.body.slice(0, 300)}`,
    );
  return response.json() as T;
}

/**
 * Organisation A carries the model and runs the site itself (the two-organisation cases are tested cell by cell in
 * src/server/indicators/indicators.permissions.test.ts). The site is public, and the network's public page on, only in the public family. The reporting
 * link is created through the API, then given a token known here (only its hash is stored; the real one is mailed).
 * The library import is a background import of organisation A, left pending.
 */
export async function buildNetworkRecords(
  t: TestContext,
  cast: Cast,
  modelId: string,
  publicFamily: boolean,
): Promise<NetworkRecords> {
  const { owner, organisationId } = cast;
  const siteId = await insertSite(t, {
    modelId,
    organisationId,
    carrierOrganisationId: organisationId,
    name: 'Centrale du Val',
    isPublic: publicFamily,
  });
  const indicatorId = await makeIndicator(t, owner, modelId);
  const value = await ok<{ id: string }>(
    'indicator value',
    await api(t, owner, 'POST', `/sites/${siteId}/indicator-values`, {
      indicatorId,
      kind: 'actual',
      period: '2025',
      value: 12,
    }),
  );
  const link = await ok<{ id: string }>(
    'reporting link',
    await api(t, owner, 'POST', `/sites/${siteId}/reporting-links`, {
      period: '2025',
      email: 'saisie@example.org',
      days: 14,
    }),
  );
  if (publicFamily) {
    const settings = {
      stalledDays: 180,
      graceDays: 30,
      remindersEnabled: true,
      publicDashboard: true,
      version: 1,
    };
    await ok('network settings', await api(t, owner, 'PUT', `/models/${modelId}/network/settings`, settings));
  }
  const reportingToken = randomBytes(32).toString('base64url');
  await t.ctx.db
    .updateTable('indicator_links')
    .set({ token_hash: hashToken(reportingToken) })
    .where('id', '=', link.id)
    .execute();
  const upload = await t.app.inject({
    method: 'POST',
    url: `/api/v1/library/import?organisationId=${organisationId}&background=true`,
    headers: { cookie: owner.cookie, 'content-type': 'text/csv; charset=utf-8' },
    payload: 'titre;résumé\nÉpicerie;Une épicerie\n',
  });
  const importId = (await ok<{ id: string }>('library import', upload)).id;
  return { siteId, indicatorId, indicatorValueId: value.id, reportingToken, importId };
}
