/** Replicable models and their transfer kits. */

export interface ModelTable {
  id: string;
  project_id: string;
  /** The project's organisation, copied for permission checks. */
  organisation_id: string;
  /** The draft's name, kept in a column for lists. */
  title: string;
  /** JSON: the draft ModelContent (src/core/models/model.schemas.ts). Private to the organisation. */
  draft: string;
  /** Number of the last published version (0: never published). */
  latest_version: number;
  /** When the last version was published (null: never). */
  published_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_by: string | null;
  updated_at: string;
  deleted_at: string | null;
  /** Optimistic concurrency of the draft. */
  version: number;
}

/** A published version: never updated nor deleted. */
export interface ModelVersionTable {
  model_id: string;
  number: number;
  change_note: string;
  /** JSON: the frozen ModelContent. */
  content: string;
  /** JSON: [{id, name, type, size, sha256, description}] the resource files as of publication. */
  resources: string;
  published_by: string | null;
  published_at: string;
}

export interface ModelResourceTable {
  id: string;
  model_id: string;
  name: string;
  content_type: string;
  size: number;
  sha256: string;
  description: string;
  data: Buffer;
  created_by: string | null;
  created_at: string;
  /** Removed from the draft; still served for the published versions that list it. */
  deleted_at: string | null;
}

/** An export of a published version, made by a background job and kept until `expires_at`. */
export interface ModelExportTable {
  id: string;
  model_id: string;
  number: number;
  format: 'pdf' | 'docx' | 'md' | 'json' | 'zip';
  lang: 'fr' | 'en';
  job_id: string | null;
  status: 'pending' | 'running' | 'done' | 'failed';
  file_name: string | null;
  content_type: string | null;
  size: number | null;
  data: Buffer | null;
  /** JSON: { code, message: { fr, en } } when the export failed. */
  error: string | null;
  created_at: string;
  updated_at: string;
  expires_at: string;
}

export interface ModelsTables {
  models: ModelTable;
  model_versions: ModelVersionTable;
  model_resources: ModelResourceTable;
  model_exports: ModelExportTable;
}
