import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { IMMUTABLE, registerMemoryAssets } from './spa-assets.ts';
import { loadSpaPages } from './spa-pages.ts';

/** The built web app: dist/web, two folders up from src/server/http and from dist/server/http alike. */
export function webRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/web');
}

/** Answers a client route (any URL the API and the files do not claim) with the app's HTML. */
export type SendSpaPage = (url: string, reply: FastifyReply) => FastifyReply;

/**
 * Serves the single-page app: hashed assets cached for a year, index.html never cached, and index.html for every
 * client route (the SPA shows its own not-found page), with the preloads of the page the URL opens (spa-pages.ts).
 * Returns how to send that page, or null when the web app is not built.
 *
 * The hashed assets (/assets/*, about a thousand files with their compressed copies) go through one route that
 * answers from memory (spa-assets.ts). @fastify/static keeps the rest: a route per file for the few files outside
 * assets/ (index.html, favicon, map outlines) and `reply.sendFile` for the source maps. It used to register a route
 * per file of assets/ too, about a sixth of the server's start-up.
 */
export async function registerSpa(app: FastifyInstance, root = webRoot()): Promise<SendSpaPage | null> {
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) return null;
  const pages = loadSpaPages(root);
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
  return (url, reply) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(pages.htmlFor(url));
}

export function isSpaRequest(method: string, url: string, accept: string | undefined): boolean {
  return (
    (method === 'GET' || method === 'HEAD') &&
    !url.startsWith('/api/') &&
    url !== '/api' &&
    (accept ?? '').includes('text/html')
  );
}
