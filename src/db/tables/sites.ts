/** Replication sites (the contract between the sites and indicators capabilities). */

/** Stages of a site, in order; `stopped` can follow any of them. */
export const siteStages = ['interest', 'opportunity', 'feasibility', 'launch', 'operating', 'autonomous', 'stopped'] as const;
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
}

export interface SitesTables {
  sites: SiteTable;
}
