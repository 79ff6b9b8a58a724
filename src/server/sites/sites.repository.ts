import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type {
  SiteAdaptationTable,
  SiteStage,
  SiteStageChangeTable,
  SiteStepTable,
  SiteTable,
} from '../../db/tables/sites.ts';
import type { ModelContent } from '../../core/models/model.schemas.ts';

/** Kysely queries of the sites capability (sites, stage history, checklist, adaptations); rows come back plain. */
export type SiteRow = SiteTable;

export interface NewSite {
  id: string;
  modelId: string;
  modelVersion: number;
  organisationId: string;
  carrierOrganisationId: string;
  name: string;
  territoryCodes: string[];
  departement: string | null;
  region: string | null;
  requestId: string | null;
  dataNote: string | null;
  isPublic: boolean;
  userId: string | null;
}

/** The kit's tasks, in order, as checklist items of a new site. */
export function stepsFromKit(content: ModelContent): { taskId: string; phaseId: string; title: string }[] {
  return content.phases.flatMap((p) => p.tasks.map((t) => ({ taskId: t.id, phaseId: p.id, title: t.title })));
}

/** A new site at stage `interest`, its first stage change and its checklist, in the caller's transaction. */
export async function insertSite(db: Db, site: NewSite, content: ModelContent, at: string): Promise<void> {
  await db
    .insertInto('sites')
    .values({
      id: site.id,
      model_id: site.modelId,
      model_version: site.modelVersion,
      organisation_id: site.organisationId,
      carrier_organisation_id: site.carrierOrganisationId,
      name: site.name,
      territory_codes: JSON.stringify(site.territoryCodes),
      departement: site.departement,
      region: site.region,
      stage: 'interest',
      communs_phase: 'idee',
      communs_status: 'en_cours',
      stage_changed_at: at,
      is_public: site.isPublic ? 1 : 0,
      created_by: site.userId,
      created_at: at,
      updated_by: site.userId,
      updated_at: at,
      deleted_at: null,
      version: 1,
      request_id: site.requestId,
      data_note: site.dataNote,
    })
    .execute();
  await insertStageChange(db, {
    id: randomUUID(),
    site_id: site.id,
    from_stage: null,
    to_stage: 'interest',
    communs_phase: 'idee',
    communs_status: 'en_cours',
    note: '',
    changed_by: site.userId,
    changed_at: at,
  });
  const steps = stepsFromKit(content);
  if (steps.length > 0)
    await db
      .insertInto('site_steps')
      .values(
        steps.map((s, i) => ({
          site_id: site.id,
          task_id: s.taskId,
          phase_id: s.phaseId,
          position: i,
          title: s.title,
          owner: '',
          due_date: null,
          done: 0,
          done_at: null,
          updated_by: site.userId,
          updated_at: at,
          version: 1,
        })),
      )
      .execute();
}

export async function insertStageChange(db: Db, row: SiteStageChangeTable): Promise<void> {
  await db.insertInto('site_stage_changes').values(row).execute();
}

export function findSite(db: Db, id: string): Promise<SiteRow | undefined> {
  return db
    .selectFrom('sites')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export interface SiteFilter {
  /** Sites of these organisations or carried by them (null: every site, for administrators). */
  organisationIds: string[] | null;
  scope: 'mine' | 'carried' | 'all';
  modelId?: string;
  stage?: SiteStage;
}

export function listSites(db: Db, filter: SiteFilter) {
  let q = db
    .selectFrom('sites')
    .innerJoin('organisations as o', 'o.id', 'sites.organisation_id')
    .innerJoin('models as m', 'm.id', 'sites.model_id')
    .select([
      'sites.id',
      'sites.name',
      'sites.model_id',
      'sites.model_version',
      'sites.organisation_id',
      'sites.carrier_organisation_id',
      'sites.territory_codes',
      'sites.departement',
      'sites.region',
      'sites.stage',
      'sites.communs_phase',
      'sites.communs_status',
      'sites.stage_changed_at',
      'sites.is_public',
      'sites.data_note',
      'sites.updated_at',
      'o.name as organisation_name',
      'm.title as model_title',
    ])
    .where('sites.deleted_at', 'is', null);
  const ids = filter.organisationIds;
  if (ids !== null) {
    if (ids.length === 0) return Promise.resolve([]);
    if (filter.scope === 'mine') q = q.where('sites.organisation_id', 'in', ids);
    else if (filter.scope === 'carried') q = q.where('sites.carrier_organisation_id', 'in', ids);
    else
      q = q.where((eb) =>
        eb.or([eb('sites.organisation_id', 'in', ids), eb('sites.carrier_organisation_id', 'in', ids)]),
      );
  }
  if (filter.modelId) q = q.where('sites.model_id', '=', filter.modelId);
  if (filter.stage) q = q.where('sites.stage', '=', filter.stage);
  return q.orderBy('sites.name').orderBy('sites.id').limit(500).execute();
}

export function listPublicSites(db: Db, modelId: string) {
  return db
    .selectFrom('sites')
    .select(['id', 'name', 'territory_codes', 'departement', 'region', 'stage', 'data_note'])
    .where('model_id', '=', modelId)
    .where('is_public', '=', 1)
    .where('deleted_at', 'is', null)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export function listStageChanges(db: Db, siteId: string) {
  return db
    .selectFrom('site_stage_changes')
    .leftJoin('users as u', 'u.id', 'site_stage_changes.changed_by')
    .select([
      'site_stage_changes.from_stage',
      'site_stage_changes.to_stage',
      'site_stage_changes.communs_phase',
      'site_stage_changes.communs_status',
      'site_stage_changes.note',
      'site_stage_changes.changed_at',
      'u.display_name as changed_by_name',
    ])
    .where('site_id', '=', siteId)
    .orderBy('changed_at')
    .orderBy('site_stage_changes.id')
    .execute();
}

export function listSteps(db: Db, siteId: string): Promise<SiteStepTable[]> {
  return db.selectFrom('site_steps').selectAll().where('site_id', '=', siteId).orderBy('position').execute();
}

export function findStep(db: Db, siteId: string, taskId: string): Promise<SiteStepTable | undefined> {
  return db
    .selectFrom('site_steps')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('task_id', '=', taskId)
    .executeTakeFirst();
}

export function listAdaptations(db: Db, siteId: string): Promise<SiteAdaptationTable[]> {
  return db.selectFrom('site_adaptations').selectAll().where('site_id', '=', siteId).execute();
}

export function findAdaptation(db: Db, siteId: string, elementId: string) {
  return db
    .selectFrom('site_adaptations')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('element_id', '=', elementId)
    .executeTakeFirst();
}

/** The published content of the version a site follows. */
export async function kitContentOf(db: Db, modelId: string, version: number): Promise<ModelContent | null> {
  const row = await db
    .selectFrom('model_versions')
    .select('content')
    .where('model_id', '=', modelId)
    .where('number', '=', version)
    .executeTakeFirst();
  return row ? (JSON.parse(row.content) as ModelContent) : null;
}
