import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { IMMUTABLE, registerMemoryAssets } from './spa-assets.ts';

/** The built web app: dist/web, two folders up from src/server/http and from dist/server/http alike. */
export function webRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/web');
}

/**
 * Serves the single-page app: hashed assets cached for a year, index.html never cached, and index.html for every
 * client route (the SPA shows its own not-found page). Returns false when the web app is not built.
 *
 * The hashed assets (/assets/*, about a thousand files with their compressed copies) go through one route that
 * answers from memory (spa-assets.ts). @fastify/static keeps the rest: a route per file for the few files outside
 * assets/ (index.html, favicon, map outlines) and `reply.sendFile` for the source maps. It used to register a route
 * per file of assets/ too, about a sixth of the server's start-up.
 */
export async function registerSpa(app: FastifyInstance, root = webRoot()): Promise<boolean> {
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) return false;
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    globIgnore: ['assets/**'],
    index: false,
    // The build writes .br and .gz copies (scripts/precompress-web.js): sent to browsers that accept them, with
    // Vary: Accept-Encoding, so no request pays for compression.
    preCompressed: true,
    setHeaders(reply, filePath) {
      void reply.header(
        'cache-control',
        filePath.includes(`${path.sep}assets${path.sep}`) ? IMMUTABLE : 'no-cache',
      );
    },
  });
  registerMemoryAssets(app, path.join(root, 'assets'), (reply, name) => reply.sendFile(`assets/${name}`));
  return true;
}

export function isSpaRequest(method: string, url: string, accept: string | undefined): boolean {
  return (
    (method === 'GET' || method === 'HEAD') &&
    !url.startsWith('/api/') &&
    url !== '/api' &&
    (accept ?? '').includes('text/html')
  );
}
