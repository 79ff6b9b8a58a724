import { uploadWithProgress } from '../../../lib/api-client.ts';

type LeftOut = {
  table: string;
  column: string;
  rows: number;
  missing: { table: string; id: string; label: string };
};

/** Body of `POST /api/v1/admin/organisation-imports`. */
export type OrganisationImportReport = {
  dryRun: boolean;
  organisation: { id: string; name: string };
  source: { id: string; name: string; exportedAt: string; migration: string };
  created: Record<string, number>;
  people: { matched: number; created: number; createdEmails: string[] };
  dropped: LeftOut[];
  cleared: LeftOut[];
};

/**
 * Sends the archive as it is; the server checks it whole. Its upload's progress is reported, which an archive with
 * many files needs.
 */
export function importOrganisation(request: {
  file: File;
  dryRun: boolean;
  name?: string;
  onProgress?: (fraction: number) => void;
}): Promise<OrganisationImportReport> {
  return uploadWithProgress<OrganisationImportReport>('POST', '/admin/organisation-imports', {
    body: request.file,
    contentType: 'application/zip',
    query: { dryRun: request.dryRun, name: request.name || undefined },
    onProgress: request.onProgress,
  });
}
