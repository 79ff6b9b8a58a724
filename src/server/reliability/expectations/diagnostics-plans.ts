import { ROW, type Expectations } from '../matrix-types.ts';

/**
 * Diagnostics are private to their organisation, readable by the organisations they are shared with (the outsider's,
 * in the shared family) and by the facilitators who follow the project (the facilitator follows the project in every
 * family: read only, so a write answers 403 rather than 404).
 */
const followed = '404 ok ok ok 404 ok ok';
const diagnosticRead = {
  private: followed,
  shared: '404 ok ok ok ok ok ok',
  public: followed,
};
const diagnosticWrite = {
  private: '404 403 ok ok 404 403 ok',
  shared: '404 403 ok ok 403 403 ok',
  public: '404 403 ok ok 404 403 ok',
};
/** Plans stay private whatever the project's visibility; the facilitator following the project reads them. */
const planRead = { private: followed, shared: followed, public: followed };
const planWrite = {
  private: '404 403 ok ok 404 403 ok',
  shared: '404 403 ok ok 404 403 ok',
  public: '404 403 ok ok 404 403 ok',
};
/** Creating and listing a project's plans go by the project's organisation only: following gives no list. */
const projectPlansRead = { private: ROW.readPrivate, shared: ROW.readPrivate, public: ROW.readPrivate };
const projectPlansWrite = {
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
  'POST /projects/:projectId/plans': projectPlansWrite,
  'GET /projects/:projectId/plans': projectPlansRead,
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
