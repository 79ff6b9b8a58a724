import { FILES } from '../../models/models.test-support.ts';
import { ROW, type Expectations } from '../matrix-types.ts';

/** In the public family the model has a published version (a kit); drafts stay with the organisation. */
const modelRead = { private: ROW.readPrivate, shared: ROW.readPrivate, public: ROW.readPrivate };
const modelWrite = {
  private: '401 403 ok ok 404 404 ok',
  shared: '401 403 ok ok 404 404 ok',
  public: '401 403 ok ok 404 404 ok',
};
const publishedOnly = { private: '404 404 404 404 404 404 404', public: ROW.everyone };
const onProject = {
  private: '401 403 ok ok 404 404 ok',
  shared: '401 403 ok ok 404 404 ok',
  public: '401 403 ok ok 403 403 ok',
};

export const modelsExpectations: Expectations = {
  'POST /projects/:projectId/models': onProject,
  'POST /projects/:projectId/models/import': onProject,
  'GET /models': { any: ROW.signedIn },
  'GET /kits': { any: ROW.everyone },
  'GET /models/:id': modelRead,
  'PATCH /models/:id': modelWrite,
  'DELETE /models/:id': { ...modelWrite, destructive: true },
  'POST /models/:id/versions': modelWrite,
  'GET /models/:id/versions': { private: ROW.readPrivate, public: ROW.everyone },
  'GET /models/:id/versions/:n': publishedOnly,
  'GET /models/:id/diff': modelRead,
  'GET /models/:id/versions/:n/export': publishedOnly,
  'GET /kits/:modelId/versions/:n': publishedOnly,
  // Exports as jobs: whoever may read the kit; the world's export is a Markdown one, done at once.
  'POST /models/:id/versions/:n/exports': { ...publishedOnly, request: () => ({ body: { format: 'md' } }) },
  'GET /models/:id/versions/:n/exports/:exportId': publishedOnly,
  'GET /models/:id/versions/:n/exports/:exportId/file': publishedOnly,
  'GET /models/:id/resources': modelRead,
  'POST /models/:id/resources': {
    ...modelWrite,
    request: () => ({
      raw: { contentType: 'application/octet-stream', payload: FILES.pdf },
      query: 'type=pdf&name=Charte',
    }),
  },
  'GET /models/:id/resources/:resourceId': modelRead,
  'DELETE /models/:id/resources/:resourceId': { ...modelWrite, destructive: true },
};
