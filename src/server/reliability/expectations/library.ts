import { ROW, type Expectations } from '../matrix-types.ts';

const PNG = Buffer.concat([
  Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0,
    1, 8, 2, 0, 0, 0,
  ]),
  Buffer.alloc(40),
]);
/** Writes on a project: a private one is hidden from non-members, a public one is refused to them. */
const projectWrite = {
  private: '401 403 ok ok 404 404 ok',
  shared: '401 403 ok ok 404 404 ok',
  public: '401 403 ok ok 403 403 ok',
};
const projectRead = { private: ROW.readPrivate, shared: ROW.readPrivate, public: ROW.everyone };

/** The library, its open data, territories and the method. */
export const libraryExpectations: Expectations = {
  'GET /health': { any: ROW.everyone },
  'POST /projects': { any: '401 403 ok ok 403 403 ok' },
  'GET /projects/mine': { any: ROW.signedIn },
  'GET /projects/trash': { any: ROW.signedIn },
  'GET /projects/:id': projectRead,
  'PATCH /projects/:id': projectWrite,
  'DELETE /projects/:id': { ...projectWrite, destructive: true },
  // Nothing is in the trash: everyone learns only that (the restore itself is tested in the library's own tests).
  'POST /projects/:id/restore': { private: '401 404 404 404 404 404 404' },
  'POST /projects/:id/publish': projectWrite,
  'POST /projects/:id/unpublish': { ...projectWrite, destructive: true },
  'PUT /projects/:id/story': projectWrite,
  'POST /projects/:id/images': {
    ...projectWrite,
    request: () => ({ raw: { contentType: 'image/png', payload: PNG }, query: 'alt=Une%20image' }),
  },
  'GET /projects/:id/images/:imageId': projectRead,
  'DELETE /projects/:id/images/:imageId': { ...projectWrite, destructive: true },
  'GET /library/search': { any: ROW.everyone },
  'GET /library/map': { any: ROW.everyone },
  'GET /library/near': { any: ROW.everyone },
  'POST /library/import': {
    any: '401 403 ok ok 403 403 ok',
    request: (_r, cast) => ({
      raw: { contentType: 'text/csv', payload: Buffer.from('title;summary\nJardin partagé;Un jardin\n') },
      query: `organisationId=${cast.organisationId}&dryRun=true`,
    }),
  },
  // A background import of organisation A, by its owner: its writers follow it; viewers and others learn nothing.
  'GET /library/imports/:id': { any: '401 404 ok ok 404 404 ok' },
  'GET /library/export.csv': { any: ROW.signedIn },
  'GET /library/export.json': { any: ROW.signedIn },
  'GET /open-data/projects.csv': { any: ROW.everyone },
  'GET /open-data/projects.json': { any: ROW.everyone },
  'GET /open-data/datapackage.json': { any: ROW.everyone },
  'GET /territories/search': { any: ROW.everyone, request: () => ({ query: 'q=Rennes' }) },
  'GET /territories/:code': { any: ROW.everyone },
  'GET /territories/:code/similar': { any: ROW.everyone },
  'GET /method': { any: ROW.everyone },
  'GET /method/search': { any: ROW.everyone, request: () => ({ query: 'q=essaimage' }) },
  'GET /method/:kind/:id': { any: ROW.everyone },
  'GET /instruments': { any: ROW.everyone },
  'GET /instruments/:id/versions/:version': { any: ROW.everyone },
};
