import { currentLanguage, i18n } from '../../../i18n/i18n.ts';
import { ApiError, api, apiBase } from '../../../lib/api-client.ts';

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
  /** Once the file is sent: the server's own progress on a large file (0 to 1). */
  onServerProgress?: (fraction: number) => void;
};

/** Body of `GET /api/v1/library/imports/:id`: a large file's import, run in the background. */
export type ImportStatus = {
  id: string;
  status: 'pending' | 'running' | 'done' | 'failed';
  progress: number;
  dryRun: boolean;
  report: ImportReport | null;
  error: { code: string; message: string; fields: Record<string, string> } | null;
};

const POLL_MS = 1000;

/** Follows a background import until it is done; a failed one becomes the same ApiError as an inline import. */
async function waitForImport(id: string, onProgress?: (fraction: number) => void): Promise<ImportReport> {
  for (;;) {
    const status = await api.get<ImportStatus>(`/library/imports/${id}`);
    onProgress?.(status.progress / 100);
    if (status.status === 'done' && status.report) return status.report;
    if (status.status === 'failed')
      throw new ApiError(
        400,
        status.error?.code ?? 'import_failed',
        status.error?.message ?? i18n.t('common:errors.unexpected', { status: 400 }),
        status.error?.fields ?? {},
      );
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function isJson(file: File): boolean {
  return file.type.includes('json') || file.name.toLowerCase().endsWith('.json');
}

/**
 * Sends the file as it is (CSV or JSON): the server parses it. An XMLHttpRequest rather than fetch, because only
 * it reports the upload's progress, which a large file needs. A large file is imported in the background (202):
 * its progress is then followed until the report is ready.
 */
export async function importProjects(request: ImportRequest): Promise<ImportReport> {
  const answer = await sendImport(request);
  if ('status' in answer) return waitForImport(answer.id, request.onServerProgress);
  return answer as ImportReport;
}

function sendImport(request: ImportRequest): Promise<ImportReport | ImportStatus> {
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
        resolve(payload as ImportReport | ImportStatus);
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
