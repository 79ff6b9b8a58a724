import { compareFit } from '../../core/sites/fit-card.ts';
import { checklistProgress } from '../../core/sites/fit-card.ts';
import type { ModelContent } from '../../core/models/model.schemas.ts';
import type { Stage } from '../../core/sites/stages.ts';
import type { Db } from '../../db/database.ts';
import type { SiteAdaptationTable, SiteStepTable } from '../../db/tables/sites.ts';
import { findModel } from '../models/models.repository.ts';
import type { SiteRights } from './site-access.ts';
import { comparableFacts, territoriesOf } from './site-territories.ts';
import type { SiteRow } from './sites.repository.ts';

/** Rows to the wire format of sites.schemas.ts. */

export function presentMessages(
  rows: readonly {
    id: string;
    kind: string;
    body: string;
    created_at: string;
    author_organisation_id: string;
    author_name: string | null;
    organisation_name: string | null;
  }[],
  carrierOrganisationId: string,
) {
  return rows.map((m) => ({
    id: m.id,
    kind: m.kind,
    body: m.body,
    createdAt: m.created_at,
    author: {
      organisationId: m.author_organisation_id,
      organisationName: m.organisation_name,
      name: m.author_name,
    },
    fromCarrier: m.author_organisation_id === carrierOrganisationId,
  }));
}

export const territoryRefs = (codes: string) =>
  territoriesOf(JSON.parse(codes) as string[]).map((t) => ({ code: t.code, type: t.type, name: t.name }));

export function presentSiteSummary(
  row: Pick<
    SiteRow,
    | 'id'
    | 'name'
    | 'model_id'
    | 'model_version'
    | 'organisation_id'
    | 'carrier_organisation_id'
    | 'territory_codes'
    | 'departement'
    | 'region'
    | 'stage'
    | 'communs_phase'
    | 'communs_status'
    | 'stage_changed_at'
    | 'is_public'
    | 'data_note'
  >,
  names: { model: string; organisation: string },
) {
  return {
    id: row.id,
    name: row.name,
    model: { id: row.model_id, title: names.model, version: row.model_version },
    organisation: { id: row.organisation_id, name: names.organisation },
    carrierOrganisationId: row.carrier_organisation_id,
    territories: territoryRefs(row.territory_codes),
    departement: row.departement,
    region: row.region,
    stage: row.stage as Stage,
    communsPhase: row.communs_phase,
    communsStatus: row.communs_status,
    stageChangedAt: row.stage_changed_at,
    isPublic: row.is_public === 1,
    dataNote: row.data_note,
  };
}

/** Each element of the kit with the site's choice; a recorded change to a fixed element is flagged for the carrier. */
export function presentAdaptations(content: ModelContent | null, rows: readonly SiteAdaptationTable[]) {
  const byId = new Map(rows.map((r) => [r.element_id, r]));
  return (content?.elements ?? []).map((e) => {
    const a = byId.get(e.id);
    return {
      elementId: e.id,
      title: e.title,
      kind: e.kind,
      options: e.options,
      limits: e.limits,
      why: e.why,
      choice: a?.choice ?? null,
      reason: a?.reason ?? null,
      flagged: e.kind === 'fixed' && a !== undefined,
      updatedAt: a?.updated_at ?? null,
      version: a?.version ?? null,
    };
  });
}

export function presentSteps(content: ModelContent | null, rows: readonly SiteStepTable[]) {
  const phaseTitles = new Map((content?.phases ?? []).map((p) => [p.id, p.title]));
  return rows.map((s) => ({
    taskId: s.task_id,
    phaseId: s.phase_id,
    phaseTitle: phaseTitles.get(s.phase_id) ?? s.phase_id,
    title: s.title,
    owner: s.owner,
    dueDate: s.due_date,
    done: s.done === 1,
    doneAt: s.done_at,
    version: s.version,
  }));
}

/** The pilot's territory: the territories of the model's project in the library. */
export async function pilotTerritoryCodes(db: Db, modelId: string): Promise<string[]> {
  const model = await findModel(db, modelId);
  if (!model) return [];
  const rows = await db
    .selectFrom('project_territories')
    .select(['type', 'code'])
    .where('project_id', '=', model.project_id)
    .execute();
  return rows.map((r) => `${r.type}:${r.code}`);
}

export function presentFit(siteCodes: string, pilotCodes: string[]) {
  const { site, pilot } = comparableFacts(
    territoriesOf(JSON.parse(siteCodes) as string[]),
    territoriesOf(pilotCodes),
  );
  return { site, pilot, rows: site && pilot ? compareFit(site, pilot) : [] };
}

export function presentPermissions(rights: SiteRights) {
  return { edit: rights.edit, adapt: rights.adapt, publish: rights.publish, write: rights.write };
}

export { checklistProgress };
