/** Project records ("fiches projet") and their territories; case-study stories and files come in later migrations. */
export type ProjectVisibility = 'private' | 'shared' | 'public';
export type CommunsPhase = 'idee' | 'etude' | 'operation';
export type CommunsStatus = 'en-cours' | 'en-retard' | 'en-pause' | 'bloque' | 'abandonne' | 'termine';

export interface ProjectTable {
  id: string;
  organisation_id: string;
  title: string;
  /** The honest one-page summary: what works, what did not, what it costs. */
  summary: string;
  /** Markdown, sanitised on write. */
  description: string;
  /** JSON arrays of controlled ids / free strings. */
  themes: string;
  publics: string;
  phase: CommunsPhase;
  phase_status: CommunsStatus;
  scaling_situation: string | null;
  /** JSON: [{label, value, unit, year}] */
  key_figures: string;
  evidence: string;
  /** JSON: [{name, role, email, phone}] */
  contacts: string;
  /** JSON: [{label, url}] */
  links: string;
  visibility: ProjectVisibility;
  status: 'draft' | 'published';
  is_case_study: number;
  is_fictional: number;
  source: string | null;
  imported_at: string | null;
  /** Normalised French text (lower case, no accents, stemmed) indexed by full-text search in both engines. */
  search_text: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  deleted_at: string | null;
  version: number;
}

export interface ProjectTerritoryTable {
  project_id: string;
  /** INSEE code of a commune, EPCI (SIREN), département or région. */
  code: string;
  type: 'commune' | 'epci' | 'departement' | 'region';
  name: string;
  /** Département and région codes derived from the code, for facets and the map. */
  departement: string | null;
  region: string | null;
}

export interface ProjectShareTable {
  project_id: string;
  organisation_id: string;
}

export interface LibraryTables {
  projects: ProjectTable;
  project_territories: ProjectTerritoryTable;
  project_shares: ProjectShareTable;
}
