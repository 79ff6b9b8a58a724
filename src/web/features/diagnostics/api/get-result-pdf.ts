import { apiBase } from '../../../lib/api-client.ts';

/**
 * `GET /api/v1/diagnostics/:id/result.pdf?lang=`: the result as a PDF (Typst), served as a download. Pages link
 * to it with a plain `<a href download>`; the session cookie goes with the request.
 */
export function resultPdfHref(id: string, lang: 'fr' | 'en'): string {
  return `${apiBase}/diagnostics/${encodeURIComponent(id)}/result.pdf?lang=${lang}`;
}
