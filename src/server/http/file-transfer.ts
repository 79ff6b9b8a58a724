import type { FastifyInstance, FastifyReply } from 'fastify';
import { ValidationError, msg, type LocalizedMessage } from '../errors.ts';

// Files (site documents, model resources, training resources, project images) travel as the raw request body
// and come back as stored blobs. Every capability needs the same parser, limit and defensive headers; they live
// here once so a fix (a header, a limit) reaches every upload and download at the same time.

/** Room above a file's own limit for the request itself, so the service (not the parser) names an oversize file. */
const ENVELOPE_BYTES = 1024 * 1024;

/** The route option matching `acceptRawFiles`: pass it as the route's `bodyLimit`. */
export function rawFileBodyLimit(maxBytes: number): number {
  return maxBytes + ENVELOPE_BYTES;
}

/**
 * Lets the routes of one plugin scope receive a file as the raw body. The declared content type is only a hint:
 * services check the bytes themselves (magic numbers), whatever the header says.
 */
export function acceptRawFiles(scope: FastifyInstance, contentTypes: string[] | '*', maxBytes: number): void {
  scope.addContentTypeParser(
    contentTypes,
    { parseAs: 'buffer', bodyLimit: rawFileBodyLimit(maxBytes) },
    (_request, body, done) => done(null, body),
  );
}

const SEND_THE_FILE = msg('Envoyez le fichier lui-même.', 'Send the file itself.');

/** The raw body as bytes, or a field error when the client sent JSON or a form instead of the file. */
export function requireFileBody(body: unknown, message: LocalizedMessage = SEND_THE_FILE): Buffer {
  if (!Buffer.isBuffer(body)) throw new ValidationError({ file: message });
  return body;
}

/** `Content-Disposition` that keeps accents for modern browsers and an ASCII fallback for the others (RFC 6266). */
export function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export type StoredFile = {
  contentType: string;
  name: string;
  data: Uint8Array;
  /** Public files may be cached by browsers and proxies; private ones never. */
  public?: boolean;
  /** Images shown in pages are inline; documents are downloaded. */
  disposition?: 'attachment' | 'inline';
};

/**
 * Sends a stored file with the headers that stop it from being run as a page of ours: no type sniffing, a
 * sandboxing CSP (an uploaded SVG or HTML cannot script the site), and caching only for public files.
 */
export function sendStoredFile(reply: FastifyReply, file: StoredFile): FastifyReply {
  return reply
    .header('content-type', file.contentType)
    .header('x-content-type-options', 'nosniff')
    .header('content-disposition', contentDisposition(file.disposition ?? 'attachment', file.name))
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', file.public ? 'public, max-age=3600' : 'private, no-store')
    .send(Buffer.from(file.data));
}
