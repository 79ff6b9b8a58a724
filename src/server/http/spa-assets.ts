import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * The web app's hashed assets (dist/web/assets), served from memory. A browser's first visit asks for a few dozen
 * of them; through @fastify/static each request cost about 0.5 ms of CPU (a stat, an open, a read stream per
 * file, on a two-core machine where 50 connections wait on one event loop), against a few microseconds for bytes
 * already in memory. Their names change with their content, so what was read never goes stale: each file (and the
 * .br/.gz copy a browser accepts) is read on first request and kept for the life of the process. Only the app's
 * own types are kept (scripts, styles, fonts, images: a few MB at most); source maps, rarely asked for and larger
 * than the rest together, stay on disk and go through @fastify/static like anything unknown.
 */
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
};
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The copies the build writes (scripts/precompress-web.js), in the server's order of preference. */
const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
] as const;
type Encoding = (typeof ENCODINGS)[number][0];

interface Variant {
  body: Buffer;
  /** Strong, from the bytes: the same on every instance serving the same build. */
  etag: string;
  lastModified: string;
  /** Seconds since the epoch, what If-Modified-Since can say. */
  modifiedSeconds: number;
}

/** The encodings the request accepts (q > 0), from Accept-Encoding: `br;q=0` refuses Brotli, `*` stands for any other. */
export function pickEncoding(header: string | undefined, available: readonly Encoding[]): Encoding | null {
  if (!header || available.length === 0) return null;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    weights.set(name.trim(), q ? Number(q[1]) : 1);
  }
  let best: Encoding | null = null;
  let bestQ = 0;
  for (const encoding of available) {
    const q = weights.get(encoding) ?? weights.get('*') ?? 0;
    if (q > bestQ) [best, bestQ] = [encoding, q];
  }
  return best;
}

function isFresh(request: FastifyRequest, v: Variant): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    // Weak comparison (RFC 9110 § 13.1.2): a cache may send back W/ before the tag.
    return ifNoneMatch
      .split(',')
      .some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === v.etag);
  }
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && v.modifiedSeconds <= since / 1000;
}

/**
 * Registers GET and HEAD /assets/* on `app`; `fallback` answers what is not kept in memory (reply.sendFile of
 * @fastify/static: source maps, and anything not in the folder, which it answers 404).
 */
export function registerMemoryAssets(
  app: FastifyInstance,
  dir: string,
  fallback: (reply: FastifyReply, name: string) => unknown,
): void {
  // The folder is listed once: only these names can ever be read into memory.
  const names = new Set(fs.existsSync(dir) ? fs.readdirSync(dir) : []);
  const loaded = new Map<string, Promise<Variant>>();
  const load = (file: string) => {
    let variant = loaded.get(file);
    if (!variant) {
      variant = (async () => {
        const full = path.join(dir, file);
        const [body, stat] = await Promise.all([fs.promises.readFile(full), fs.promises.stat(full)]);
        return {
          body,
          etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
          lastModified: stat.mtime.toUTCString(),
          modifiedSeconds: Math.floor(stat.mtimeMs / 1000),
        };
      })();
      loaded.set(file, variant);
      // A file removed under the server (a rebuild without restart) is tried again next time.
      variant.catch(() => loaded.delete(file));
    }
    return variant;
  };

  app.get('/assets/*', async (request, reply) => {
    const name = (request.params as { '*': string })['*'];
    const type = TYPES[path.extname(name)];
    if (!type || !names.has(name)) return fallback(reply, name);
    const available = ENCODINGS.filter(([, ext]) => names.has(name + ext)).map(([encoding]) => encoding);
    const encoding = pickEncoding(request.headers['accept-encoding'], available);
    let variant: Variant;
    try {
      variant = await load(encoding ? name + ENCODINGS.find(([e]) => e === encoding)![1] : name);
    } catch {
      return fallback(reply, name);
    }
    void reply
      .header('cache-control', IMMUTABLE)
      .header('etag', variant.etag)
      .header('last-modified', variant.lastModified);
    if (available.length > 0) void reply.header('vary', 'Accept-Encoding');
    if (isFresh(request, variant)) return reply.status(304).send();
    if (encoding) void reply.header('content-encoding', encoding);
    return reply.type(type).send(variant.body);
  });
}
