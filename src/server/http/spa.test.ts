import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickEncoding } from './spa-assets.ts';
import { registerSpa } from './spa.ts';

// A built web app in miniature: one asset with the .br and .gz copies the build writes, one without.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'essaim-spa-'));
const script = 'console.log("essaim");\n'.repeat(200);
const app = Fastify({ logger: false });

beforeAll(async () => {
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Essaim</title>');
  fs.writeFileSync(path.join(root, 'assets/app-1234.js'), script);
  fs.writeFileSync(path.join(root, 'assets/app-1234.js.br'), zlib.brotliCompressSync(script));
  fs.writeFileSync(path.join(root, 'assets/app-1234.js.gz'), zlib.gzipSync(script));
  fs.writeFileSync(path.join(root, 'assets/small-1234.js'), 'export {};');
  fs.writeFileSync(path.join(root, 'assets/app-1234.js.map'), '{"version":3}');
  fs.writeFileSync(path.join(root, 'assets/style-1234.css'), 'body{color:#111}');
  fs.writeFileSync(path.join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  expect(await registerSpa(app, root)).toBeTypeOf('function');
});

afterAll(async () => {
  await app.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('the built web app', () => {
  it('sends the Brotli copy to browsers that accept it, with its type, Vary and a year of cache', async () => {
    const res = await app.inject({ url: '/assets/app-1234.js', headers: { 'accept-encoding': 'gzip, br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toContain('javascript');
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it('sends the gzip copy when only gzip is accepted, and the file itself otherwise', async () => {
    const gz = await app.inject({ url: '/assets/app-1234.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(script);
    const plain = await app.inject({
      url: '/assets/app-1234.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('sends a file the build left uncompressed as it is', async () => {
    const res = await app.inject({
      url: '/assets/small-1234.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe('export {};');
  });

  it('answers null when the web app is not built', async () => {
    const other = Fastify({ logger: false });
    expect(await registerSpa(other, path.join(root, 'missing'))).toBeNull();
    await other.close();
  });

  it('sends a client route its page: index.html with the preloads the build’s manifests name, never cached', async () => {
    const built = fs.mkdtempSync(path.join(os.tmpdir(), 'essaim-spa-pages-'));
    fs.mkdirSync(path.join(built, '.vite'));
    fs.writeFileSync(
      path.join(built, 'index.html'),
      '<!doctype html><head><script type="module" src="/assets/index-1.js"></script></head><body></body>',
    );
    fs.writeFileSync(
      path.join(built, '.vite/manifest.json'),
      JSON.stringify({
        'index.html': { file: 'assets/index-1.js', isEntry: true, dynamicImports: ['app/routes/home.tsx'] },
        'app/routes/home.tsx': { file: 'assets/home-1.js', imports: ['index.html'] },
      }),
    );
    fs.writeFileSync(
      path.join(built, '.vite/page-routes.json'),
      JSON.stringify([{ path: '/', module: 'app/routes/home.tsx' }]),
    );
    const other = Fastify({ logger: false });
    const sendPage = (await registerSpa(other, built))!;
    other.setNotFoundHandler((request, reply) => sendPage(request.url, reply));
    try {
      const home = await other.inject({ url: '/', headers: { accept: 'text/html' } });
      expect(home.statusCode).toBe(200);
      expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(home.headers['cache-control']).toBe('no-cache');
      expect(home.body).toContain('<link rel="modulepreload" crossorigin href="/assets/home-1.js"></head>');
      const unknown = await other.inject({ url: '/nulle-part', headers: { accept: 'text/html' } });
      expect(unknown.body).not.toContain('modulepreload');
      // The manifests are read from disk by the server, never sent.
      expect((await other.inject({ url: '/.vite/manifest.json' })).body).not.toContain('home-1.js');
    } finally {
      await other.close();
      fs.rmSync(built, { recursive: true, force: true });
    }
  });

  it('keeps an asset in memory once read: rewriting the file on disk does not change what is sent', async () => {
    const first = await app.inject({ url: '/assets/style-1234.css' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('text/css; charset=utf-8');
    fs.writeFileSync(path.join(root, 'assets/style-1234.css'), 'body{color:red}');
    const again = await app.inject({ url: '/assets/style-1234.css' });
    expect(again.body).toBe('body{color:#111}');
    expect(again.headers.etag).toBe(first.headers.etag);
  });

  it('answers 304 to a browser that has the copy (ETag or date), with the validators and the cache headers', async () => {
    const headers = { 'accept-encoding': 'br' };
    const first = await app.inject({ url: '/assets/app-1234.js', headers });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(new Date(String(first.headers['last-modified'])).getTime()).not.toBeNaN();
    for (const validator of [
      { 'if-none-match': etag },
      { 'if-none-match': `"other", W/${etag}` },
      { 'if-modified-since': String(first.headers['last-modified']) },
    ]) {
      const res = await app.inject({ url: '/assets/app-1234.js', headers: { ...headers, ...validator } });
      expect(res.statusCode).toBe(304);
      expect(res.body).toBe('');
      expect(res.headers.etag).toBe(etag);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    }
    const changed = await app.inject({
      url: '/assets/app-1234.js',
      headers: { ...headers, 'if-none-match': '"other"' },
    });
    expect(changed.statusCode).toBe(200);
    const older = await app.inject({
      url: '/assets/app-1234.js',
      headers: { ...headers, 'if-modified-since': new Date(0).toUTCString() },
    });
    expect(older.statusCode).toBe(200);
    // Each encoding is its own representation: a gzip copy must not match the Brotli tag.
    const gz = await app.inject({
      url: '/assets/app-1234.js',
      headers: { 'accept-encoding': 'gzip', 'if-none-match': etag },
    });
    expect(gz.statusCode).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await app.inject({ url: '/assets/app-1234.js', headers: { 'accept-encoding': 'br' } });
    const head = await app.inject({
      method: 'HEAD',
      url: '/assets/app-1234.js',
      headers: { 'accept-encoding': 'br' },
    });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    for (const name of ['content-type', 'content-encoding', 'content-length', 'etag', 'cache-control'])
      expect(head.headers[name]).toBe(get.headers[name]);
  });

  it('leaves source maps, files outside assets/ and unknown names to @fastify/static', async () => {
    const map = await app.inject({ url: '/assets/app-1234.js.map' });
    expect(map.statusCode).toBe(200);
    expect(map.body).toBe('{"version":3}');
    expect(map.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const favicon = await app.inject({ url: '/favicon.svg' });
    expect(favicon.statusCode).toBe(200);
    expect(favicon.headers['cache-control']).toBe('no-cache');
    expect((await app.inject({ url: '/assets/missing-1234.js' })).statusCode).toBe(404);
  });
});

describe('Accept-Encoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['identity', null],
    ['', null],
    [undefined, null],
  ] as const)('%s → %s', (header, expected) => {
    expect(pickEncoding(header, ['br', 'gzip'])).toBe(expected);
  });

  it('only picks a copy the build wrote', () => {
    expect(pickEncoding('br, gzip', ['gzip'])).toBe('gzip');
    expect(pickEncoding('br', [])).toBeNull();
  });
});
