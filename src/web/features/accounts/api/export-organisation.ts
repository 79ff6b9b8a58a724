import { currentLanguage, i18n } from '../../../i18n/i18n.ts';
import { ApiError, apiBase } from '../../../lib/api-client.ts';

export type OrganisationArchive = { blob: Blob; name: string };

function fileNameOf(disposition: string | null): string {
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (utf8) return decodeURIComponent(utf8[1]);
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? 'essaim-organisation.zip';
}

/**
 * `GET /api/v1/organisations/:id/export`: the whole organisation as a zip. Read chunk by chunk so that the page can
 * show how much has arrived (the server sends the archive's length).
 */
export async function exportOrganisation(
  organisationId: string,
  onProgress?: (fraction: number | null) => void,
): Promise<OrganisationArchive> {
  let response: Response;
  try {
    response = await fetch(`${apiBase}/organisations/${encodeURIComponent(organisationId)}/export`, {
      headers: { 'Accept-Language': currentLanguage() },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network_error', i18n.t('common:errors.network'));
  }
  if (!response.ok) {
    const payload = (await response.json().catch(() => undefined)) as
      { error?: { code?: string; message?: string } } | undefined;
    throw new ApiError(
      response.status,
      payload?.error?.code ?? 'unexpected_response',
      payload?.error?.message ?? i18n.t('common:errors.unexpected', { status: response.status }),
    );
  }
  const total = Number(response.headers.get('content-length') ?? 0);
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      onProgress?.(total ? received / total : null);
    }
  }
  const blob = reader ? new Blob(chunks as BlobPart[], { type: 'application/zip' }) : await response.blob();
  return { blob, name: fileNameOf(response.headers.get('content-disposition')) };
}
