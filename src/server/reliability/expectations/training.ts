import { sessionBody } from '../../training/training.test-support.ts';
import { FILES } from '../../models/models.test-support.ts';
import { ROW, type Expectations } from '../matrix-types.ts';

/**
 * Training sessions are run by facilitators: in the private family the session is a draft (only facilitators and
 * administrators see it), in the public family it is published. The editor holds a confirmed registration.
 */
const facilitation = { private: '401 403 403 403 403 ok ok', public: '401 403 403 403 403 ok ok' };
const sessionRead = { private: '404 404 404 404 404 ok ok', public: ROW.everyone };

export const trainingExpectations: Expectations = {
  'GET /training-sessions': { any: ROW.everyone },
  'POST /training-sessions': {
    any: '401 403 403 403 403 ok ok',
    request: (_r, cast) => ({ body: sessionBody(cast.organisationId) }),
  },
  'GET /me/training-sessions': { any: '401 403 403 403 403 ok ok' },
  'GET /me/training-registrations': { any: ROW.signedIn },
  'GET /me/facilitator-portfolio': { any: '401 403 403 403 403 ok ok' },
  'GET /training-sessions/:id': sessionRead,
  'GET /training-sessions/:id/calendar.ics': sessionRead,
  'GET /training-sessions/:id/feed/:token': { private: '404 404 404 404 404 404 404', public: ROW.everyone },
  'PUT /training-sessions/:id': {
    ...facilitation,
    request: (_r, cast) => ({ body: { ...sessionBody(cast.organisationId), version: 1 } }),
  },
  'POST /training-sessions/:id/status': {
    ...facilitation,
    destructive: true,
    request: () => ({ body: { status: 'archived', version: 1 } }),
  },
  'PUT /training-sessions/:id/membership-form': {
    ...facilitation,
    request: () => ({ raw: { contentType: 'application/pdf', payload: FILES.pdf } }),
  },
  // No form was uploaded: nobody gets one (the upload and download are tested in the training capability).
  'GET /training-sessions/:id/membership-form': { public: '404 404 404 404 404 404 404' },
  'POST /training-sessions/:id/registrations': {
    private: '401 404 404 404 404 404 404',
    public: ROW.signedIn,
  },
  'GET /training-sessions/:id/registrations': facilitation,
  'DELETE /training-sessions/:id/registrations/me': {
    private: '401 404 ok 404 404 404 404',
    public: '401 404 ok 404 404 404 404',
    destructive: true,
  },
  'POST /training-sessions/:id/registrations/me/accept': { public: ROW.signedIn },
  'POST /training-sessions/:id/registrations/:registrationId/actions': {
    ...facilitation,
    destructive: true,
    request: () => ({ body: { action: 'refuse', reason: 'Complet' } }),
  },
  'GET /training-sessions/:id/participants.csv': facilitation,
  'GET /training-sessions/:id/attendance': facilitation,
  'PUT /training-sessions/:id/attendance': facilitation,
  'POST /training-sessions/:id/meetings/:meetingId/check-in': {
    private: '401 403 ok 403 403 403 403',
    public: '401 403 ok 403 403 403 403',
  },
  'GET /training-sessions/:id/registrations/:registrationId/certificate.pdf': {
    private: '401 404 ok 404 404 ok ok',
    public: '401 404 ok 404 404 ok ok',
  },
  'GET /training-sessions/:id/cohort': facilitation,
  'POST /training-sessions/:id/survey': {
    private: '401 404 404 404 404 403 403',
    public: '401 403 ok 403 403 403 403',
  },
  'GET /training-sessions/:id/survey': facilitation,
  'GET /training-sessions/:id/resources': {
    private: '401 404 404 404 404 ok ok',
    public: '401 403 ok 403 403 ok ok',
  },
  'POST /training-sessions/:id/resources': {
    ...facilitation,
    request: () => ({ body: { kind: 'link', title: 'Support', url: 'https://example.org/s' } }),
  },
  'POST /training-sessions/:id/resources/file': {
    ...facilitation,
    request: () => ({ raw: { contentType: 'application/pdf', payload: FILES.pdf }, query: 'title=Support' }),
  },
  // A link has no file: only the refusals before that are meaningful here.
  'GET /training-sessions/:id/resources/:resourceId/file': {
    private: '401 404 404 404 404 404 404',
    public: '401 403 404 403 403 404 404',
  },
  'DELETE /training-sessions/:id/resources/:resourceId': { ...facilitation, destructive: true },
  'GET /projects/:projectId/facilitators': {
    private: '401 403 ok ok 404 404 ok',
    public: '401 403 ok ok 403 403 ok',
  },
  'POST /projects/:projectId/facilitators': {
    private: '401 403 ok ok 404 404 ok',
    public: '401 403 ok ok 403 403 ok',
    request: (_r, cast) => ({ body: { facilitatorEmail: cast.facilitator.email } }),
  },
  'DELETE /facilitator-follows/:id': {
    private: '401 403 ok ok 404 ok ok',
    destructive: true,
  },
  'PUT /facilitator-follows/:id/notes': {
    private: '401 403 403 403 403 ok 404',
    request: () => ({ body: { notes: 'Note privée' } }),
  },
};
