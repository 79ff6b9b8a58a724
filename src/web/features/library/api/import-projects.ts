import { currentLanguage, i18n } from '../../../i18n/i18n.ts';
import { ApiError, apiBase } from '../../../lib/api-client.ts';

/** Body of `POST /api/v1/library/import`. */
export type ImportReport = {
  dryRun: boolean;
  total: number;
  valid: number;
  imported: number;
  rejected: { line: number; field: string; reason: string }[];
  duplicates: {
    line: number;
    title: string;
    duplicateOfLine: number | null;
    existingProjectId: string | null;
  }[];
  source: string;
  importedAt: string | null;
};

export type ImportRequest = {
  file: File;
  organisationId: string;
  dryRun: boolean;
  /** Import the valid rows even though others were rejected (after the person has seen the dry run). */
  acceptValidRows: boolean;
  onProgress?: (fraction: number) => void;
};

function isJson(file: File): boolean {
  return file.type.includes('json') || file.name.toLowerCase().endsWith('.json');
}

/**
 * Sends the file as it is (CSV or JSON): the server parses it. An XMLHttpRequest rather than fetch, because only
 * it reports the upload's progress, which a large file needs.
 */
export function importProjects(request: ImportRequest): Promise<ImportReport> {
  const params = new URLSearchParams({
    organisationId: request.organisationId,
    dryRun: String(request.dryRun),
    acceptValidRows: String(request.acceptValidRows),
    source: request.file.name.slice(0, 200),
  });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${apiBase}/library/import?${params.toString()}`);
    xhr.setRequestHeader('Content-Type', isJson(request.file) ? 'application/json' : 'text/csv');
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
        resolve(payload as ImportReport);
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
