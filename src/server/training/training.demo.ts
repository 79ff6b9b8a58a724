import { randomBytes } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { hashPassword } from '../auth/passwords.ts';
import { DEMO_PASSWORD } from '../accounts/accounts.demo.ts';
import { findUserByEmail, insertUser } from '../accounts/users.repository.ts';
import { DEMO_PROJECT_IDS } from '../library/library.demo.ts';
import { parisToUtc } from './paris-time.ts';

/**
 * Demo training sessions: the four-part session of January 2021 (archived) and the same programme in the coming
 * months (open). The organiser is a fictional regional resource centre; speakers are shown by role and organisation,
 * the contact is a fictional address on demo.essaim.localhost, and no phone number is given.
 */
export const DEMO_FACILITATOR_EMAIL = 'animation@demo.essaim.localhost';
export const DEMO_TRAINING_ORGANISATION_ID = 'de070000-0000-4000-8000-000000000001';
export const DEMO_SESSION_IDS = {
  archived: 'de070000-0000-4000-8000-000000000101',
  open: 'de070000-0000-4000-8000-000000000102',
} as const;

const TITLE =
  'Innovations sociales et territoriales\u00a0: accompagner le changement d’échelle d’un projet pilote';
const WHY =
  'Les enjeux de transitions (écologique, énergétique, économique et sociale) poussent les acteurs à inventer et tester de nouvelles solutions dans les territoires. Au-delà de la phase d’expérimentation, se pose la question du changement d’échelle\u00a0: élargir le public, étendre le territoire, ou accompagner l’essaimage d’une expérience dans d’autres territoires. Il faut alors outiller autant les acteurs qui transfèrent leurs savoir-faire que ceux qui souhaitent reproduire une expérience chez eux.';
const FOR_WHOM =
  'Les acteurs et professionnels du développement local\u00a0: agents de développement, élus de collectivités et d’associations, porteurs de projet collectif, acteurs de la société civile. Aussi bien les personnes qui souhaitent approfondir que les nouvelles personnes intéressées.';
const OBJECTIVES = [
  'Mieux cerner ce qu’on appelle changement d’échelle',
  'Comprendre son intérêt pour un projet en phase expérimentale et identifier les situations où le changement d’échelle semble pertinent, voire nécessaire',
  'Identifier des points d’attention (préalables, freins, difficultés, conditions) et des éléments de méthode pour accompagner le changement d’échelle d’un projet, tout en le sécurisant',
];
const PROGRAMME =
  'Quatre webconférences de 2\u00a0heures, appuyées sur des études de cas. La première\u00a0: définition, finalités, différentes situations de changement d’échelle, repères méthodologiques et points de vigilance. Les trois suivantes\u00a0: une étude de cas par webconférence, chacune correspondant à une situation de changement d’échelle.';
const SPEAKERS = [
  {
    name: '',
    role: 'Chargée de mission, de recherche et de formation',
    organisation: 'Centre international de formation au développement local (intervenante)',
  },
  {
    name: '',
    role: 'Chargée de mission valorisation des recherches et innovations',
    organisation: 'Centre de ressources régional du développement rural (fictif)',
  },
  { name: '', role: 'Administrateurs', organisation: 'Association des Centrales Villageoises' },
  { name: '', role: 'Chargé de projets', organisation: 'Eau du Bassin Rennais Collectivité' },
  { name: '', role: 'Directeur adjoint', organisation: 'Compagnons Bâtisseurs Centre-Val de Loire' },
];

function meetings(dates: [string, string, string, string]) {
  return [
    {
      title:
        'Définition, finalités, situations de changement d’échelle, repères de méthode et points de vigilance',
      date: dates[0],
      start: '10:00',
      end: '12:00',
      project: null,
    },
    {
      title: 'Les Centrales Villageoises, de la construction d’un modèle à son essaimage',
      date: dates[1],
      start: '14:00',
      end: '16:00',
      project: DEMO_PROJECT_IDS.centralesVillageoises,
    },
    {
      title: 'Terres de Sources, expérimenter le changement d’échelle d’un label local pour protéger l’eau',
      date: dates[2],
      start: '10:00',
      end: '12:00',
      project: DEMO_PROJECT_IDS.terresDeSources,
    },
    {
      title: 'Bricobus, déployer en réseau un dispositif solidaire d’accompagnement à l’auto-réhabilitation',
      date: dates[3],
      start: '10:00',
      end: '12:00',
      project: DEMO_PROJECT_IDS.bricobus,
    },
  ];
}

/** The first web conference covers definitions, situations, method and vigilance points: its pages in the method. */
const DEMO_METHOD_PAGES = [
  'introduction:definition',
  'introduction:spreading-is-not-copying',
  'situation:spread-adapted',
  'method-point:choose-strategy',
  'vigilance:copy-unchanged',
  'vigilance:unsustainable-pilot-resources',
];

/** The Fridays of the open session: the first Friday at least six weeks from now, then the next weeks. */
function upcomingFridays(now: Date): [string, string, string, string] {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 42));
  while (d.getUTCDay() !== 5) d.setUTCDate(d.getUTCDate() + 1);
  const day = (offset: number) => new Date(d.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return [day(0), day(0), day(7), day(14)];
}

export async function seedDemoTraining(ctx: AppContext): Promise<void> {
  if (await findUserByEmail(ctx.db, DEMO_FACILITATOR_EMAIL)) return;
  const now = ctx.now().toISOString();
  const facilitatorId = await insertUser(
    ctx.db,
    {
      email: DEMO_FACILITATOR_EMAIL,
      displayName: 'Animatrice de formation (démonstration)',
      passwordHash: await hashPassword(DEMO_PASSWORD),
      language: 'fr',
      platformRole: 'facilitator',
      emailVerifiedAt: now,
    },
    ctx.now(),
  );
  const projects = new Set(
    (
      await ctx.db
        .selectFrom('projects')
        .select('id')
        .where('id', 'in', Object.values(DEMO_PROJECT_IDS))
        .execute()
    ).map((p) => p.id),
  );
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('organisations')
      .values({
        id: DEMO_TRAINING_ORGANISATION_ID,
        name: 'Centre de ressources régional du développement rural (fictif)',
        kind: 'association',
        siren: null,
        territory_code: null,
        territory_type: null,
        description:
          'Réseau fictif de démonstration\u00a0: forme et outille les acteurs du développement local.',
        created_by: facilitatorId,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
    await trx
      .insertInto('memberships')
      .values({
        organisation_id: DEMO_TRAINING_ORGANISATION_ID,
        user_id: facilitatorId,
        role: 'owner',
        created_at: now,
      })
      .execute();
    const fridays = upcomingFridays(ctx.now());
    const deadlineDay = new Date(Date.parse(`${fridays[3]}T00:00:00Z`) - 2 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const sessions = [
      {
        id: DEMO_SESSION_IDS.archived,
        status: 'archived' as const,
        dates: ['2021-01-15', '2021-01-15', '2021-01-22', '2021-01-29'] as [string, string, string, string],
        deadline: parisToUtc('2021-01-27', '23:59')!,
      },
      {
        id: DEMO_SESSION_IDS.open,
        status: 'published' as const,
        dates: fridays,
        deadline: parisToUtc(deadlineDay, '23:59')!,
      },
    ];
    for (const s of sessions) {
      await trx
        .insertInto('training_sessions')
        .values({
          id: s.id,
          organisation_id: DEMO_TRAINING_ORGANISATION_ID,
          title: TITLE,
          why: WHY,
          for_whom: FOR_WHOM,
          objectives: JSON.stringify(OBJECTIVES),
          programme: PROGRAMME,
          speakers: JSON.stringify(SPEAKERS),
          capacity: 30,
          registration_deadline: s.deadline.toISOString(),
          membership_required: 1,
          membership_form: null,
          membership_form_name: null,
          membership_form_type: null,
          contact: JSON.stringify({
            name: 'Accueil du centre de ressources (fictif)',
            phone: '',
            email: 'formations@demo.essaim.localhost',
          }),
          method_page_ids: JSON.stringify(DEMO_METHOD_PAGES),
          case_study_project_ids: JSON.stringify(
            Object.values(DEMO_PROJECT_IDS).filter((id) => projects.has(id)),
          ),
          status: s.status,
          feed_token: randomBytes(24).toString('base64url'),
          created_by: facilitatorId,
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
      let i = 0;
      for (const m of meetings(s.dates)) {
        const id = `${s.id.slice(0, 24)}${String(Number(s.id.slice(-3)) * 10 + ++i).padStart(12, '0')}`;
        await trx
          .insertInto('training_meetings')
          .values({
            id,
            session_id: s.id,
            title: m.title,
            case_study_project_id: m.project && projects.has(m.project) ? m.project : null,
            starts_at: parisToUtc(m.date, m.start)!.toISOString(),
            ends_at: parisToUtc(m.date, m.end)!.toISOString(),
            local_date: m.date,
            local_start: m.start,
            local_end: m.end,
            conference_url:
              s.status === 'published' ? 'https://visio.demo.essaim.localhost/changement-echelle' : null,
            ics_uid: `${id}@essaim`,
            ics_sequence: 0,
            cancelled_at: null,
            created_at: now,
            updated_at: now,
          })
          .execute();
      }
    }
  });
}
