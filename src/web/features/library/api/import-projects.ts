import { i18n } from '../../../i18n/i18n.ts';
import { ApiError, api, uploadWithProgress } from '../../../lib/api-client.ts';

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
 * Sends the file as it is (CSV or JSON): the server parses it; the upload's progress is reported, which a large
 * file needs. A large file is imported in the background (202): its progress is then followed until the report is
 * ready.
 */
export async function importProjects(request: ImportRequest): Promise<ImportReport> {
  const answer = await sendImport(request);
  if ('status' in answer) return waitForImport(answer.id, request.onServerProgress);
  return answer as ImportReport;
}

function sendImport(request: ImportRequest): Promise<ImportReport | ImportStatus> {
  return uploadWithProgress<ImportReport | ImportStatus>('POST', '/library/import', {
    body: request.file,
    contentType: isJson(request.file) ? 'application/json' : 'text/csv',
    query: {
      organisationId: request.organisationId,
      dryRun: request.dryRun,
      acceptValidRows: request.acceptValidRows,
      source: request.file.name.slice(0, 200),
    },
    onProgress: request.onProgress,
  });
}
