import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  expect(await registerSpa(app, root)).toBe(true);
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

  it('answers false when the web app is not built', async () => {
    const other = Fastify({ logger: false });
    expect(await registerSpa(other, path.join(root, 'missing'))).toBe(false);
    await other.close();
  });
});
