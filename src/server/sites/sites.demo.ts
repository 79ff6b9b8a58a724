import { randomUUID } from 'node:crypto';
import { SITE_STAGES, communsFor, stageRank, type Stage } from '../../core/sites/stages.ts';
import type { ModelContent } from '../../core/models/model.schemas.ts';
import type { Db } from '../../db/database.ts';
import { DEMO_PASSWORD } from '../accounts/accounts.demo.ts';
import { findUserByEmail, insertUser } from '../accounts/users.repository.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { AppContext } from '../context.ts';
import { DEMO_ORGANISATION_IDS } from '../library/library.demo.ts';
import { DEMO_MODEL_IDS } from '../models/models.demo.ts';
import { findTerritory } from '../territories/territories.service.ts';
import {
  BRICOBUS_SITES,
  CENTRALES_SITES,
  MONTHS_IN_STAGE,
  PILOT_NOTE,
  SIMULATED_NOTE,
  type DemoSite,
} from './sites.demo.data.ts';
import { insertSite, insertStageChange, kitContentOf } from './sites.repository.ts';

/** A fictional replicator, owner of the first demo sites' organisations (password: the demo password). */
export const DEMO_SITES_EMAIL = 'sites@demo.essaim.localhost';

/** Demo site ids: de0e0000-…-0000000001NN for Centrales Villageoises, …-0000000002NN for Bricobus. */
export function demoSiteId(network: 1 | 2, index: number): string {
  return `de0e0000-0000-4000-8000-${String(network * 100 + index + 1).padStart(12, '0')}`;
}
const demoOrganisationId = (siteId: string) => siteId.replace(/^de0e/, 'de0f');

const monthsLater = (start: string, months: number, day = 1): string => {
  const [y, m] = start.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + months, day, 9, 0, 0)).toISOString();
};

/** The stages a site went through, with their dates, up to its current one (and the stop). */
function historyOf(site: DemoSite, index: number): { stage: Stage; at: string }[] {
  const last = site.stage === 'stopped' ? site.stoppedAfter! : site.stage;
  const out: { stage: Stage; at: string }[] = [];
  let months = 0;
  for (const stage of SITE_STAGES) {
    if (stageRank(stage) > stageRank(last) || stage === 'stopped') break;
    out.push({ stage, at: monthsLater(site.start, months, 1 + (index % 27)) });
    if (stage !== 'autonomous' && stage !== 'operating') months += MONTHS_IN_STAGE[stage] + (index % 4);
    else if (stage === 'operating') months += MONTHS_IN_STAGE.operating;
  }
  if (site.stage === 'stopped') out.push({ stage: 'stopped', at: monthsLater(site.start, months + 6, 15) });
  return out;
}

const ADAPTATION_CHOICES: Record<string, (s: DemoSite, epci: string) => { choice: string; reason: string }> =
  {
    statut: (_s, _e) => ({
      choice: 'SAS à gouvernance coopérative (une personne, une voix)',
      reason:
        'La forme la plus simple à créer pour le groupe ; les communes entrent au capital comme actionnaires.',
    }),
    perimetre: (_s, epci) => ({
      choice: `Les communes volontaires de ${epci}`,
      reason:
        'Le bassin de vie où les habitants se connaissent ; les élus de l’intercommunalité soutiennent le projet.',
    }),
    technologies: () => ({
      choice: 'Photovoltaïque en toiture sur bâtiments communaux et agricoles',
      reason: 'Des toitures disponibles rapidement, sans raccordement lourd.',
    }),
    materiaux: () => ({
      choice: 'Matériaux de réemploi de la ressourcerie locale, complétés par un négoce partenaire',
      reason: 'La plateforme régionale est trop loin ; la ressourcerie du territoire fournit l’essentiel.',
    }),
  };

async function seedNetwork(
  db: Db,
  modelId: string,
  network: 1 | 2,
  sites: DemoSite[],
  content: ModelContent,
  carrierId: string,
  replicatorUserId: string,
  at: string,
): Promise<void> {
  for (const [index, site] of sites.entries()) {
    const id = demoSiteId(network, index);
    const commune = findTerritory('commune', site.commune);
    if (!commune) throw new Error(`demo site ${site.name}: unknown commune ${site.commune}`);
    const epci = commune.epci ? findTerritory('epci', commune.epci) : undefined;
    const organisationId = demoOrganisationId(id);
    await db
      .insertInto('organisations')
      .values({
        id: organisationId,
        name: `${site.name} (démonstration)`,
        kind: network === 1 ? 'cooperative' : 'association',
        siren: null,
        territory_code: epci?.code ?? commune.code,
        territory_type: epci ? 'epci' : 'commune',
        description: SIMULATED_NOTE,
        created_by: null,
        created_at: at,
        updated_at: at,
        deleted_at: null,
      })
      .execute();
    // The demo replicator runs the first three sites of each network.
    if (index < 3)
      await db
        .insertInto('memberships')
        .values({ organisation_id: organisationId, user_id: replicatorUserId, role: 'owner', created_at: at })
        .execute();
    const history = historyOf(site, index);
    await insertSite(
      db,
      {
        id,
        modelId,
        modelVersion: 1,
        organisationId,
        carrierOrganisationId: carrierId,
        name: site.name,
        territoryCodes: [`commune:${commune.code}`, ...(epci ? [`epci:${epci.code}`] : [])],
        departement: commune.departement,
        region: commune.region,
        requestId: null,
        dataNote: site.pilot ? PILOT_NOTE : SIMULATED_NOTE,
        isPublic: site.public ?? false,
        userId: null,
      },
      content,
      history[0]!.at,
    );
    let phase = communsFor('interest', null).phase;
    let previous: Stage = 'interest';
    for (const step of history.slice(1)) {
      const communs = communsFor(step.stage, phase);
      await insertStageChange(db, {
        id: randomUUID(),
        site_id: id,
        from_stage: previous,
        to_stage: step.stage,
        communs_phase: communs.phase,
        communs_status: communs.status,
        note:
          step.stage === 'stopped' ? 'Le groupe local n’a pas trouvé de toitures disponibles (simulé).' : '',
        changed_by: null,
        changed_at: step.at,
      });
      phase = communs.phase;
      previous = step.stage;
    }
    const final = history[history.length - 1]!;
    const communs = communsFor(final.stage, phase);
    await db
      .updateTable('sites')
      .set({
        stage: final.stage,
        communs_phase: communs.phase,
        communs_status: communs.status,
        stage_changed_at: final.at,
        updated_at: final.at,
      })
      .where('id', '=', id)
      .execute();
    // Checklist: the share of steps done follows the stage reached.
    const reached = stageRank(site.stage === 'stopped' ? site.stoppedAfter! : site.stage);
    const steps = content.phases.flatMap((p) => p.tasks);
    const doneCount = Math.min(steps.length, Math.round((steps.length * reached) / 4));
    for (const [i, task] of steps.slice(0, doneCount).entries())
      await db
        .updateTable('site_steps')
        .set({ done: 1, done_at: history[Math.min(i, history.length - 1)]!.at, owner: 'Groupe local' })
        .where('site_id', '=', id)
        .where('task_id', '=', task.id)
        .execute();
    if (reached >= stageRank('feasibility'))
      for (const element of content.elements.filter((e) => e.kind === 'adaptable')) {
        const choose = ADAPTATION_CHOICES[element.id];
        if (!choose) continue;
        await db
          .insertInto('site_adaptations')
          .values({
            site_id: id,
            element_id: element.id,
            element_kind: 'adaptable',
            ...choose(site, epci?.name ?? commune.name),
            updated_by: null,
            updated_at: final.at,
            version: 1,
          })
          .execute();
      }
  }
}

/**
 * Demo replication sites of the Centrales Villageoises network (several dozen, five régions) and of the Bricobus
 * network, with simulated stage histories, checklists and adaptations, plus one change to a fixed element (flagged
 * for the carrier), a short message thread and two requests waiting for the carriers. Runs after 'models'.
 */
export async function seedDemoSites(ctx: AppContext): Promise<void> {
  const at = ctx.now().toISOString();
  const centrales = await kitContentOf(ctx.db, DEMO_MODEL_IDS.centralesVillageoises, 1);
  const bricobus = await kitContentOf(ctx.db, DEMO_MODEL_IDS.bricobus, 1);
  if (!centrales || !bricobus) return;
  let userId = (await findUserByEmail(ctx.db, DEMO_SITES_EMAIL))?.id;
  userId ??= await insertUser(
    ctx.db,
    {
      email: DEMO_SITES_EMAIL,
      displayName: 'Dominique Essaimeur (démonstration)',
      passwordHash: await hashPassword(DEMO_PASSWORD),
      language: 'fr',
      platformRole: 'user',
      emailVerifiedAt: at,
    },
    ctx.now(),
  );
  const replicator = userId;
  await ctx.db.transaction().execute(async (trx) => {
    const cvCarrier = DEMO_ORGANISATION_IDS.centralesVillageoises;
    const bbCarrier = DEMO_ORGANISATION_IDS.compagnonsBatisseursCvl;
    await seedNetwork(
      trx,
      DEMO_MODEL_IDS.centralesVillageoises,
      1,
      CENTRALES_SITES,
      centrales,
      cvCarrier,
      replicator,
      at,
    );
    await seedNetwork(trx, DEMO_MODEL_IDS.bricobus, 2, BRICOBUS_SITES, bricobus, bbCarrier, replicator, at);
    await seedThreads(trx, at);
  });
}

async function seedThreads(db: Db, at: string): Promise<void> {
  const trieves = demoSiteId(1, 10);
  await db
    .insertInto('site_adaptations')
    .values({
      site_id: trieves,
      element_id: 'marque',
      element_kind: 'fixed',
      choice: 'Nom d’usage local « Énergies du Trièves », la marque figurant en sous-titre',
      reason: 'Les habitants connaissaient déjà le collectif sous ce nom (simulé).',
      updated_by: null,
      updated_at: '2019-04-02T09:00:00.000Z',
      version: 1,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const thread = [
    [
      demoOrganisationId(trieves),
      'Nous souhaitons garder notre nom local en plus de la marque : est-ce possible ?',
      '2019-04-02T09:10:00.000Z',
    ],
    [
      DEMO_ORGANISATION_IDS.centralesVillageoises,
      'Oui, si la marque reste visible et que la charte est signée. Envoyez-nous la maquette du logo.',
      '2019-04-05T14:30:00.000Z',
    ],
  ] as const;
  for (const [organisationId, body, created] of thread)
    await db
      .insertInto('site_messages')
      .values({
        id: randomUUID(),
        request_id: null,
        site_id: trieves,
        author_user_id: null,
        author_organisation_id: organisationId,
        kind: 'message',
        body: `${body} (échange simulé)`,
        created_at: created,
      })
      .execute();
  const requests = [
    {
      modelId: DEMO_MODEL_IDS.centralesVillageoises,
      carrier: DEMO_ORGANISATION_IDS.centralesVillageoises,
      organisationId: DEMO_ORGANISATION_IDS.communeFictive,
      name: 'Centrales Villageoises du Pays de Gex (projet fictif)',
      codes: ['commune:01160'],
      motivation:
        'Un groupe de vingt habitants et deux communes veulent équiper les toits de l’école et de la salle des fêtes (demande fictive de démonstration).',
    },
    {
      modelId: DEMO_MODEL_IDS.bricobus,
      carrier: DEMO_ORGANISATION_IDS.compagnonsBatisseursCvl,
      organisationId: DEMO_ORGANISATION_IDS.intercoFictive,
      name: 'Bricobus du Berry (projet fictif)',
      codes: ['departement:18'],
      motivation:
        'L’intercommunalité repère des ménages modestes dont les logements se dégradent, hors des programmes existants (demande fictive de démonstration).',
    },
  ];
  for (const r of requests) {
    const id = randomUUID();
    await db
      .insertInto('site_requests')
      .values({
        id,
        model_id: r.modelId,
        model_version: 1,
        organisation_id: r.organisationId,
        carrier_organisation_id: r.carrier,
        name: r.name,
        territory_codes: JSON.stringify(r.codes),
        motivation: r.motivation,
        diagnostic_id: null,
        diagnostic_summary: null,
        status: 'pending',
        decision_reason: null,
        decided_by: null,
        decided_at: null,
        site_id: null,
        created_by: null,
        created_at: at,
        updated_at: at,
        version: 1,
      })
      .execute();
  }
}
