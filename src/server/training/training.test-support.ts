import type { TestContext, TestUser } from '../test/harness.ts';

/** A valid session body: four Friday meetings in January 2027 (Paris winter time), deadline two days before the last. */
export function sessionBody(organisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organisationId,
    title: 'Accompagner le changement d’échelle',
    why: 'Pourquoi',
    forWhom: 'Agents de développement',
    objectives: ['Mieux cerner le changement d’échelle'],
    programme: 'Quatre webconférences',
    speakers: [{ name: '', role: 'Chargée de mission', organisation: 'Centre de ressources (fictif)' }],
    capacity: 3,
    registrationDeadline: '2027-01-27T22:59:00.000Z',
    membershipRequired: true,
    contact: { name: 'Accueil', phone: '', email: 'contact@demo.essaim.localhost' },
    meetings: [
      {
        title: 'Définitions et méthode',
        date: '2027-01-15',
        start: '10:00',
        end: '12:00',
        conferenceUrl: 'https://visio.example.org/a',
      },
      { title: 'Méthode (suite)', date: '2027-01-15', start: '14:00', end: '16:00' },
      { title: 'Cas : Centrales Villageoises', date: '2027-01-22', start: '10:00', end: '12:00' },
      { title: 'Cas : Bricobus', date: '2027-01-29', start: '10:00', end: '12:00' },
    ],
    ...overrides,
  };
}

export async function createPublished(
  t: TestContext,
  facilitator: TestUser,
  organisationId: string,
  overrides: Record<string, unknown> = {},
) {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/training-sessions',
    headers: { cookie: facilitator.cookie },
    payload: sessionBody(organisationId, overrides),
  });
  if (created.statusCode !== 201) throw new Error(`session creation failed: ${created.body}`);
  const session = created.json() as { id: string; version: number };
  const published = await t.app.inject({
    method: 'POST',
    url: `/api/v1/training-sessions/${session.id}/status`,
    headers: { cookie: facilitator.cookie },
    payload: { status: 'published', version: session.version },
  });
  if (published.statusCode !== 200) throw new Error(`publish failed: ${published.body}`);
  return published.json() as { id: string; version: number; meetings: { id: string; icsSequence: number }[] };
}

export function registerAs(
  t: TestContext,
  user: TestUser,
  sessionId: string,
  payload: Record<string, unknown> = {},
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/training-sessions/${sessionId}/registrations`,
    headers: { cookie: user.cookie },
    payload,
  });
}
