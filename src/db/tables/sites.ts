/** Replication sites (the contract between the sites and indicators capabilities). */

/** Stages of a site, in order; `stopped` can follow any of them. */
export const siteStages = [
  'interest',
  'opportunity',
  'feasibility',
  'launch',
  'operating',
  'autonomous',
  'stopped',
] as const;
export type SiteStage = (typeof siteStages)[number];

export interface SiteTable {
  id: string;
  model_id: string;
  /** The published version of the model the site follows. */
  model_version: number;
  /** The site's own organisation (the replicator). */
  organisation_id: string;
  /** The model's organisation, copied for permission checks and the network dashboard. */
  carrier_organisation_id: string;
  name: string;
  /** JSON: INSEE codes (communes, EPCI, départements, régions) of the site's territory. */
  territory_codes: string;
  /** Département and région codes derived from the territory, kept for the map and filters. */
  departement: string | null;
  region: string | null;
  stage: SiteStage;
  /** Les Communs phase (idee, etude, operation) and status (en_cours, en_retard, en_pause, bloque, abandonne, termine). */
  communs_phase: string;
  communs_status: string;
  /** When the stage last changed: the dashboard's "stalled" rule reads it. */
  stage_changed_at: string;
  /** 1 when the carrier shows this site on public pages. */
  is_public: number;
  created_by: string | null;
  created_at: string;
  updated_by: string | null;
  updated_at: string;
  deleted_at: string | null;
  version: number;
  /** 0601: the request the site was accepted from (null for sites entered directly, such as demo sites). */
  request_id: string | null;
  /** 0601: what is simulated in a demo row (null for real records). */
  data_note: string | null;
}

export interface SitesTables {
  sites: SiteTable;
  site_requests: SiteRequestTable;
  site_messages: SiteMessageTable;
  site_stage_changes: SiteStageChangeTable;
  site_adaptations: SiteAdaptationTable;
  site_steps: SiteStepTable;
  site_documents: SiteDocumentTable;
}

/** 0601: where a request stands: waiting for the carrier, questions asked, accepted (a site exists), declined, withdrawn by its author. */
export const siteRequestStatuses = ['pending', 'questions', 'accepted', 'declined', 'withdrawn'] as const;
export type SiteRequestStatus = (typeof siteRequestStatuses)[number];

/** 0601: a request to reproduce a published kit, from the replicator's organisation to the carrier. */
export interface SiteRequestTable {
  id: string;
  model_id: string;
  model_version: number;
  organisation_id: string;
  carrier_organisation_id: string;
  name: string;
  /** JSON: INSEE codes, as in `sites.territory_codes`. */
  territory_codes: string;
  motivation: string;
  /** A replicator-fit diagnostic of the replicator's organisation, and its result as of the request (JSON). */
  diagnostic_id: string | null;
  diagnostic_summary: string | null;
  status: SiteRequestStatus;
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
  site_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** 0601: the thread between site and carrier; `request_id` before acceptance, `site_id` once the site exists. */
export interface SiteMessageTable {
  id: string;
  request_id: string | null;
  site_id: string | null;
  author_user_id: string | null;
  author_organisation_id: string;
  /** message, request (the motivation), accept, questions, decline. */
  kind: string;
  body: string;
  created_at: string;
}

export interface SiteStageChangeTable {
  id: string;
  site_id: string;
  from_stage: SiteStage | null;
  to_stage: SiteStage;
  communs_phase: string;
  communs_status: string;
  note: string;
  changed_by: string | null;
  changed_at: string;
}

/** 0601: for an element of the kit, what the site chose and why; `element_kind` is the kit's (fixed: flagged). */
export interface SiteAdaptationTable {
  site_id: string;
  element_id: string;
  element_kind: 'fixed' | 'adaptable';
  choice: string;
  reason: string;
  updated_by: string | null;
  updated_at: string;
  version: number;
}

/** 0601: a task of the kit's phases, as a checklist item of the site. */
export interface SiteStepTable {
  site_id: string;
  task_id: string;
  phase_id: string;
  position: number;
  title: string;
  owner: string;
  /** YYYY-MM-DD. */
  due_date: string | null;
  done: number;
  done_at: string | null;
  updated_by: string | null;
  updated_at: string;
  version: number;
}

export interface SiteDocumentTable {
  id: string;
  site_id: string;
  name: string;
  content_type: string;
  size: number;
  sha256: string;
  description: string;
  data: Buffer;
  created_by: string | null;
  created_at: string;
  deleted_at: string | null;
}
