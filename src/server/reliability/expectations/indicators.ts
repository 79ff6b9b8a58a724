import { indicatorBody } from '../../indicators/indicators.test-support.ts';
import { ROW, type Expectations } from '../matrix-types.ts';

/**
 * Indicators and network dashboards. Organisation A carries the model and runs the site (world-network.ts); the
 * site's own organisation and the carrier's other roles are tested cell by cell in
 * src/server/indicators/indicators.permissions.test.ts. The dictionary, values and dashboard are for the network
 * only: even on a published model and a public site, another organisation gets 404 (the public page is
 * /public/networks/:modelId). Reporting links carry their secret in the address: whoever holds the token may enter
 * values, signed in or not.
 */
const networkRead = { private: ROW.readPrivate, public: ROW.readPrivate };
// Writes ask anonymous people to sign in first (401, before any lookup: nothing learnt about the record).
const edit = '401 403 ok ok 404 404 ok';
const networkEdit = { private: edit, public: edit };
const csv = 'site;indicateur;période;type;valeur\nCentrale du Val;Puissance installée;2024;réel;5\n';

export const indicatorsExpectations: Expectations = {
  'GET /models/:modelId/indicators': networkRead,
  'POST /models/:modelId/indicators': {
    ...networkEdit,
    request: () => ({ body: indicatorBody({ name: 'Production annuelle' }) }),
  },
  'PATCH /indicators/:id': {
    ...networkEdit,
    request: () => ({ body: { ...indicatorBody({ name: 'Puissance raccordée' }), version: 1 } }),
  },
  'DELETE /indicators/:id': { ...networkEdit, destructive: true },
  'GET /sites/:siteId/indicator-values': networkRead,
  'POST /sites/:siteId/indicator-values': {
    ...networkEdit,
    request: (r) => ({ body: { indicatorId: r.indicatorId, kind: 'target', period: '2026', value: 20 } }),
  },
  'PATCH /indicator-values/:id': { ...networkEdit, request: () => ({ body: { value: 13, version: 1 } }) },
  'DELETE /indicator-values/:id': { ...networkEdit, destructive: true },
  'POST /models/:modelId/indicator-values/import': {
    ...networkEdit,
    request: () => ({
      raw: { contentType: 'text/csv; charset=utf-8', payload: Buffer.from(csv) },
      query: 'dryRun=true',
    }),
  },
  'PUT /sites/:siteId/indicator-reminders': { ...networkEdit, request: () => ({ body: { enabled: false } }) },
  'POST /sites/:siteId/reporting-links': {
    ...networkEdit,
    request: () => ({ body: { period: '2025', email: 'saisie@example.org', days: 7 } }),
  },
  'GET /reporting/:token': { private: ROW.everyone, public: ROW.everyone },
  'POST /reporting/:token': {
    private: ROW.everyone,
    public: ROW.everyone,
    request: (r) => ({ body: { values: [{ indicatorId: r.indicatorId, kind: 'actual', value: 14 }] } }),
  },
  'GET /models/:modelId/network': networkRead,
  'GET /models/:modelId/network/compare': {
    ...networkRead,
    request: (r) => ({ query: `indicatorId=${r.indicatorId}` }),
  },
  'GET /models/:modelId/network/export': {
    ...networkRead,
    request: (r) => ({ query: `indicatorId=${r.indicatorId}` }),
  },
  'GET /models/:modelId/network/late': networkRead,
  'GET /models/:modelId/network/sites': networkRead,
  'GET /models/:modelId/network/stalled': networkRead,
  'GET /models/:modelId/network/settings': networkRead,
  'PUT /models/:modelId/network/settings': {
    ...networkEdit,
    request: () => ({
      body: { stalledDays: 200, graceDays: 20, remindersEnabled: false, publicDashboard: false, version: 1 },
    }),
  },
  // Off by default (private family: a draft model); on for the published model of the public family.
  'GET /public/networks/:modelId': { private: '404 404 404 404 404 404 404', public: ROW.everyone },
};
