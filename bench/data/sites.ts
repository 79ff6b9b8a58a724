import { randomUUID } from 'node:crypto';
import { communsFor } from '../../src/core/sites/stages.ts';
import type { SiteStage } from '../../src/db/tables/sites.ts';
import { insertSite, insertStageChange, kitContentOf, type NewSite } from '../../src/server/sites/sites.repository.ts';
import type { ModelContent } from '../../src/core/models/model.schemas.ts';
import type { Db } from '../../src/db/database.ts';
import { resolveSiteTerritory } from '../../src/server/sites/site-territories.ts';
import type { AppContext } from '../../src/server/context.ts';
import type { Carrier } from './accounts.ts';
import { DATASET_EPOCH, type Places } from './context.ts';
import { cumulativeWeights, type Random } from './random.ts';

/** Sites per transaction: one commit every few hundred sites keeps SQLite's journal small. */
const CHUNK = 500;

/** How sites are spread over the stages: most replications run, a few stop, a fifth are still being studied. */
const STAGE_SHARE: [SiteStage, number][] = [
  ['interest', 8],
  ['opportunity', 8],
  ['feasibility', 9],
  ['launch', 15],
  ['operating', 42],
  ['autonomous', 12],
  ['stopped', 6],
];

export interface GeneratedSite {
  id: string;
  modelId: string;
  name: string;
  organisationId: string;
  stage: SiteStage;
}

export interface SitesResult {
  sites: GeneratedSite[];
  /** The models that got sites, in generation order, with their carrier organisation. */
  models: { id: string; organisationId: string; sites: number }[];
}

interface PendingSite {
  site: NewSite;
  content: ModelContent;
  at: string;
  stage: SiteStage;
  changedAt: string;
}

async function writeSite(trx: Db, { site, content, at, stage, changedAt }: PendingSite): Promise<void> {
  await insertSite(trx, site, content, at);
  if (stage === 'interest') return;
  const communs = communsFor(stage, 'operation');
  await trx
    .updateTable('sites')
    .set({ stage, communs_phase: communs.phase, communs_status: communs.status, stage_changed_at: changedAt })
    .where('id', '=', site.id)
    .execute();
  await insertStageChange(trx, {
    id: randomUUID(),
    site_id: site.id,
    from_stage: 'interest',
    to_stage: stage,
    communs_phase: communs.phase,
    communs_status: communs.status,
    note: '',
    changed_by: site.userId,
    changed_at: changedAt,
  });
}

/**
 * Sites per model: a Zipf-like tail with a gentle slope (exponent 0.6), so that on size L the largest network holds
 * about 1,200 sites (a France Services-sized network) and most kits a few dozen.
 */
export function sitesPerModel(total: number, models: number): number[] {
  const weights = Array.from({ length: models }, (_, i) => 1 / (i + 1) ** 0.6);
  const sum = weights.reduce((a, b) => a + b, 0);
  // Rounded running totals: the counts add up to `total` exactly, the rounding spread over every model.
  let running = 0;
  return weights.map((w) => {
    const before = Math.round((running / sum) * total);
    running += w;
    return Math.round((running / sum) * total) - before;
  });
}

/**
 * Replication sites of the published kits, through the sites repository (the insert an accepted request makes:
 * the site, its first stage change, its checklist from the kit), then moved to their stage with its Les Communs
 * phase and status, as the stage service records it. Each site belongs to another organisation than the kit's
 * carrier (a carrier cannot request its own kit) and sits in a real commune.
 */
export async function generateSites(
  ctx: AppContext,
  random: Random,
  where: Places,
  carriers: Carrier[],
  total: number,
  log: (line: string) => void,
): Promise<SitesResult> {
  const models = await ctx.db
    .selectFrom('models')
    .select(['id', 'organisation_id', 'latest_version', 'title', 'created_at'])
    .where('latest_version', '>', 0)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .orderBy('title')
    .execute();
  if (models.length === 0 || carriers.length < 2) return { sites: [], models: [] };
  const counts = sitesPerModel(total, models.length);
  const stageWeights = cumulativeWeights(STAGE_SHARE.map(([, w]) => w));
  const stages = STAGE_SHARE.map(([s]) => s);
  const sites: GeneratedSite[] = [];
  const withSites: SitesResult['models'] = [];
  let pending: PendingSite[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    await ctx.db.transaction().execute(async (trx) => {
      for (const p of batch) await writeSite(trx, p);
    });
  };
  let logged = 0;
  for (const [index, model] of models.entries()) {
    const count = counts[index]!;
    if (count === 0) continue;
    const content = await kitContentOf(ctx.db, model.id, model.latest_version);
    if (!content) continue;
    withSites.push({ id: model.id, organisationId: model.organisation_id, sites: count });
    const names = new Set<string>();
    for (let k = 0; k < count; k++) {
      const place = where.pick(random);
      let replicator = carriers[random.int(carriers.length)]!;
      if (replicator.organisationId === model.organisation_id)
        replicator = carriers[(carriers.indexOf(replicator) + 1) % carriers.length]!;
      let name = `${content.identity.name.slice(0, 120)} – ${place.name}`;
      for (let n = 2; names.has(name); n++) name = `${content.identity.name.slice(0, 120)} – ${place.name} ${n}`;
      names.add(name);
      const territory = resolveSiteTerritory([`commune:${place.code}`]);
      const stage = random.weighted(stages, stageWeights);
      // Stage reached between 2019 and the dataset's date, the older the further along.
      const changedAt = new Date(DATASET_EPOCH - (30 + random.int(2500)) * 86_400_000).toISOString();
      const at = ctx.now().toISOString();
      const site: NewSite = {
        id: randomUUID(),
        modelId: model.id,
        modelVersion: model.latest_version,
        organisationId: replicator.organisationId,
        carrierOrganisationId: model.organisation_id,
        name,
        territoryCodes: territory.codes,
        departement: territory.departement,
        region: territory.region,
        requestId: null,
        dataNote: null,
        isPublic: random.chance(0.6),
        userId: replicator.ownerId,
      };
      sites.push({ id: site.id, modelId: model.id, name, organisationId: replicator.organisationId, stage });
      pending.push({ site, content, at, stage, changedAt });
      if (pending.length >= CHUNK) await flush();
    }
    if (sites.length - logged >= 10_000) {
      logged = sites.length;
      log(`  sites: ${sites.length} / ${total}`);
    }
  }
  await flush();
  return { sites, models: withSites };
}
