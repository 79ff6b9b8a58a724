import { currentLanguage, i18n } from '../../../i18n/i18n.ts';
import { ApiError, apiBase } from '../../../lib/api-client.ts';

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
 * Sends the archive as it is; the server checks it whole. An XMLHttpRequest rather than fetch, because only it
 * reports the upload's progress, which an archive with many files needs.
 */
export function importOrganisation(request: {
  file: File;
  dryRun: boolean;
  name?: string;
  onProgress?: (fraction: number) => void;
}): Promise<OrganisationImportReport> {
  const params = new URLSearchParams({ dryRun: String(request.dryRun) });
  if (request.name) params.set('name', request.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${apiBase}/admin/organisation-imports?${params.toString()}`);
    xhr.setRequestHeader('Content-Type', 'application/zip');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) request.onProgress?.(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network_error', i18n.t('common:errors.network')));
    xhr.onload = () => {
      let payload: unknown;
      try {
        payload = JSON.parse(xhr.responseText) as unknown;
      } catch {
        payload = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(payload as OrganisationImportReport);
        return;
      }
      const error = (
        payload as { error?: { code?: string; message?: string; fields?: Record<string, string> } }
      )?.error;
      reject(
        new ApiError(
          xhr.status,
          error?.code ?? 'unexpected_response',
          error?.message ?? i18n.t('common:errors.unexpected', { status: xhr.status }),
          error?.fields ?? {},
        ),
      );
    };
    xhr.send(request.file);
  });
}
