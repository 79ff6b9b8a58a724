import type { Expectations } from '../matrix-types.ts';

/**
 * Sites and site requests involve two organisations (the replicator and the carrier), which the generic records of
 * this suite do not have: their routes are tested cell by cell, for both sides, in the files named here.
 */
const REQUESTS = 'src/server/sites/site-requests.test.ts';
const SITES = 'src/server/sites/sites.test.ts';
const DOCUMENTS = 'src/server/sites/site-documents.test.ts';
const LIFECYCLE = 'src/server/sites/site-lifecycle.test.ts';

export const sitesExpectations: Expectations = {
  'POST /site-requests': { coveredBy: REQUESTS },
  'GET /site-requests': { coveredBy: REQUESTS },
  'GET /site-requests/:id': { coveredBy: REQUESTS },
  'POST /site-requests/:id/decision': { coveredBy: REQUESTS },
  'POST /site-requests/:id/messages': { coveredBy: REQUESTS },
  'GET /sites': { coveredBy: SITES },
  'GET /kits/:modelId/sites': { coveredBy: SITES },
  'GET /sites/:id': { coveredBy: SITES },
  'PATCH /sites/:id': { coveredBy: SITES },
  'PUT /sites/:id/adaptations/:elementId': { coveredBy: SITES },
  'PATCH /sites/:id/steps/:taskId': { coveredBy: SITES },
  'POST /sites/:id/messages': { coveredBy: SITES },
  'POST /sites/:id/documents': { coveredBy: DOCUMENTS },
  'GET /sites/:id/documents/:documentId': { coveredBy: DOCUMENTS },
  'DELETE /sites/:id/documents/:documentId': { coveredBy: DOCUMENTS },
  'GET /site-requests/fit-diagnostics': { coveredBy: LIFECYCLE },
  'POST /site-requests/:id/withdraw': { coveredBy: LIFECYCLE },
  'GET /sites/trash': { coveredBy: LIFECYCLE },
  'DELETE /sites/:id': { coveredBy: LIFECYCLE },
  'POST /sites/:id/restore': { coveredBy: LIFECYCLE },
};
