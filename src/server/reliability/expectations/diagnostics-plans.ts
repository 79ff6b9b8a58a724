import { ROW, type Expectations } from '../matrix-types.ts';

/** Diagnostics are private to their organisation, readable by the organisations they are shared with (the outsider's, in the shared family). */
const diagnosticRead = {
  private: ROW.readPrivate,
  shared: '404 ok ok ok ok 404 ok',
  public: ROW.readPrivate,
};
const diagnosticWrite = {
  private: '404 403 ok ok 404 404 ok',
  shared: '404 403 ok ok 403 404 ok',
  public: '404 403 ok ok 404 404 ok',
};
/** Plans stay private whatever the project's visibility. */
const planRead = { private: ROW.readPrivate, shared: ROW.readPrivate, public: ROW.readPrivate };
const planWrite = {
  private: '404 403 ok ok 404 404 ok',
  shared: '404 403 ok ok 404 404 ok',
  public: '404 403 ok ok 404 404 ok',
};

export const diagnosticsPlansExpectations: Expectations = {
  'POST /projects/:projectId/diagnostics': {
    private: '404 403 ok ok 404 404 ok',
    shared: '404 403 ok ok 404 404 ok',
    public: '401 403 ok ok 403 403 ok',
  },
  // The list of a public project answers everyone; what it contains is checked by the leak tests.
  'GET /projects/:projectId/diagnostics': {
    private: ROW.readPrivate,
    shared: '404 ok ok ok ok 404 ok',
    public: ROW.everyone,
  },
  'GET /diagnostics/shared-with-me': { any: ROW.signedIn },
  'GET /diagnostics/compare': {
    ...diagnosticRead,
    request: (r) => ({ query: `a=${r.diagnosticId}&b=${r.diagnosticId}` }),
  },
  'GET /diagnostics/:id': diagnosticRead,
  'GET /diagnostics/:id/result.pdf': diagnosticRead,
  'PATCH /diagnostics/:id': diagnosticWrite,
  'DELETE /diagnostics/:id': { ...diagnosticWrite, destructive: true },
  'PATCH /diagnostics/:id/answers': diagnosticWrite,
  'POST /diagnostics/:id/complete': diagnosticWrite,
  'POST /diagnostics/:id/reopen': { ...diagnosticWrite, destructive: true },
  'POST /diagnostics/:id/share': diagnosticWrite,
  'POST /diagnostics/:id/unshare': { ...diagnosticWrite, destructive: true },
  'POST /diagnostics/:id/restore': diagnosticWrite,
  'POST /projects/:projectId/plans': planWrite,
  'GET /projects/:projectId/plans': planRead,
  'GET /plans/:id': planRead,
  'PATCH /plans/:id': planWrite,
  'POST /plans/:id/items': planWrite,
  'PATCH /plans/:id/items/:itemId': planWrite,
  'DELETE /plans/:id/items/:itemId': { ...planWrite, destructive: true },
  'GET /plans/:id/items/:itemId/comments': planRead,
  'POST /plans/:id/items/:itemId/comments': planWrite,
  'GET /plans/:id/history': planRead,
  'GET /plans/:id/proposals': planRead,
  'POST /plans/:id/proposals': planWrite,
  'GET /plans/:id/export.pdf': planRead,
  'GET /plans/:id/export.docx': planRead,
  'GET /plans/:id/export.csv': planRead,
  'GET /me/plan-reminders': { any: ROW.signedIn },
  'PUT /me/plan-reminders': { any: ROW.signedIn },
};
