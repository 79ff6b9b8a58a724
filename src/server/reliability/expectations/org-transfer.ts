import { ROW, type Expectations } from '../matrix-types.ts';

/**
 * The whole organisation's export: its owners and administrators; everyone else is refused before anything is read
 * (others do not learn the organisation's records exist). The import: administrators only. The matrix sends it an
 * archive that is not one (the administrator's cell is then a business refusal, 400): the round trip itself is
 * tested in src/server/org-transfer/org-transfer.test.ts, forged archives in org-transfer.refusals.test.ts.
 */
export const orgTransferExpectations: Expectations = {
  'GET /organisations/:id/export': { any: '401 403 403 ok 404 404 ok' },
  'POST /admin/organisation-imports': {
    any: ROW.adminOnly,
    request: () => ({
      query: 'dryRun=true',
      raw: { contentType: 'application/zip', payload: Buffer.from('PK\u0003\u0004 pas une archive') },
    }),
  },
};
