import { createSession, setStatus } from '../../src/server/training/training.service.ts';
import { register } from '../../src/server/training/registrations.service.ts';
import { createSessionBody } from '../../src/server/training/training.schemas.ts';
import type { AppContext } from '../../src/server/context.ts';
import type { Actor } from '../../src/server/auth/actor.ts';
import type { Carrier } from './accounts.ts';
import type { Random } from './random.ts';

const TITLES = [
  'Essaimer un projet de territoire : les fondamentaux',
  'Écrire son kit de transfert',
  'Diagnostiquer sa capacité à essaimer',
  'Financer le changement d’échelle',
  'Animer un réseau de répliques',
];

/** A published training session with two meetings, the first `daysAhead` days after the context's clock. */
export async function createPublishedSession(ctx: AppContext, facilitator: Actor, organisationId: string, title: string, capacity: number, daysAhead: number): Promise<string> {
  const first = new Date(ctx.now().getTime() + daysAhead * 86_400_000);
  const day = (offset: number) => new Date(first.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const body = createSessionBody.parse({
    organisationId,
    title,
    why: 'Partager les méthodes qui ont permis à des projets de s’implanter ailleurs.',
    forWhom: 'Porteurs de projets et collectivités qui les accompagnent.',
    objectives: ['Situer son projet dans les stratégies d’essaimage', 'Repartir avec un plan d’action'],
    capacity,
    registrationDeadline: new Date(first.getTime() - 2 * 86_400_000).toISOString(),
    meetings: [
      { title: 'Première rencontre', date: day(0), start: '09:30', end: '12:30' },
      { title: 'Retour d’expérience', date: day(14), start: '14:00', end: '17:00' },
    ],
  });
  const { id } = await createSession(ctx, facilitator, body);
  await setStatus(ctx, facilitator, id, 'published', 1);
  return id;
}

/** Sessions of the network, each with registrations of carriers (confirmed, then waitlisted once full). */
export async function generateTraining(ctx: AppContext, random: Random, facilitator: Actor, carriers: Carrier[], sessions: number): Promise<{ sessions: number; registrations: number }> {
  let registrations = 0;
  for (let i = 0; i < sessions; i++) {
    const host = carriers[i % carriers.length]!;
    const id = await createPublishedSession(ctx, facilitator, host.organisationId, TITLES[i % TITLES.length]!, 12 + random.int(20), 20 + random.int(60));
    for (const carrier of carriers) {
      if (!random.chance(0.5)) continue;
      await register(ctx, carrier.actor, id, { organisationId: carrier.organisationId, projectId: null, shareConsent: random.chance(0.6) });
      registrations++;
    }
  }
  return { sessions, registrations };
}
