import type { Generated } from 'kysely';

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
  /** Normalised title (same normalisation), for the relevance score computed identically in both engines. */
  search_title: Generated<string>;
  /** The project's facet values as space-separated `facet:value` tokens, counted by the search (migration 0202). */
  facet_keys: Generated<string>;
  /** 1 once the project has a published transfer kit (set by the models capability). */
  has_kit: Generated<number>;
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

/** Facet values per project: theme, region, departement, epci, phase, situation (see migration 0201). */
export interface ProjectFacetTable {
  project_id: string;
  facet: string;
  value: string;
}

/** A case study's scaling story (one per project), edited as a whole and versioned. */
export interface ProjectStoryTable {
  project_id: string;
  introduction: string;
  /** JSON arrays of strings. */
  lessons: string;
  failures: string;
  /** JSON: [{label, url}] */
  sources: string;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

export interface ProjectStoryPhaseTable {
  project_id: string;
  position: number;
  title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  start_date: string;
  end_date: string | null;
  description: string;
  /** JSON arrays of strings. */
  decisions: string;
  kept: string;
  adapted: string;
}

export interface ProjectImageTable {
  id: string;
  project_id: string;
  content_type: 'image/png' | 'image/jpeg' | 'image/webp';
  size: number;
  width: number | null;
  height: number | null;
  alt: string;
  position: number;
  data: Buffer;
  created_by: string | null;
  created_at: string;
  /** Removed images stay 30 days, like projects in the trash. */
  deleted_at: string | null;
}

/** An import run as a background job: the waiting file, then its report or error (migration 0203). */
export interface ProjectImportTable {
  id: string;
  organisation_id: string;
  created_by: string;
  format: 'csv' | 'json';
  dry_run: number;
  accept_valid_rows: number;
  source: string | null;
  lang: 'fr' | 'en';
  size: number;
  /** Null once the job has run. */
  file: Buffer | null;
  job_id: string;
  status: 'pending' | 'running' | 'done' | 'failed';
  /** JSON ImportReport. */
  report: string | null;
  /** JSON { code, message: {fr, en}, fields }. */
  error: string | null;
  created_at: string;
  updated_at: string;
}

export interface LibraryTables {
  projects: ProjectTable;
  project_territories: ProjectTerritoryTable;
  project_shares: ProjectShareTable;
  project_facets: ProjectFacetTable;
  project_stories: ProjectStoryTable;
  project_story_phases: ProjectStoryPhaseTable;
  project_images: ProjectImageTable;
  project_imports: ProjectImportTable;
}
