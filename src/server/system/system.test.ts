import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';

describe('system routes and API conventions', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  it('reports health with the database dialect and version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { reachable: true, dialect: t.ctx.dialect } });
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('answers unknown API routes with the JSON error shape, in French by default', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'not_found', message: 'Cette adresse n’existe pas dans l’API.', fields: {} },
    });
  });

  it('answers in English when Accept-Language prefers it', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/nothing-here',
      headers: { 'accept-language': 'en-GB,en;q=0.9,fr;q=0.5' },
    });
    expect(res.json().error.message).toBe('This address does not exist in the API.');
  });

  it('names each invalid field with a message in the request language', async () => {
    const fr = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: { email: 'pas-une-adresse', password: 12, displayName: '' },
    });
    expect(fr.statusCode).toBe(400);
    const body = fr.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields.email).toBe('Adresse e-mail invalide.');
    expect(body.error.fields.displayName).toBe('Indiquez votre nom.');
    expect(body.error.fields.password).toMatch(/attendu|chaîne|string/i);
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      headers: { 'accept-language': 'en' },
      payload: { email: 'x', password: 'y', displayName: 'Z' },
    });
    expect(en.json().error.fields.email).toBe('Invalid e-mail address.');
  });

  it('refuses malformed JSON with a 400, never a 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('bad_request');
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'a@b.fr', password: 'x'.repeat(2_000_000) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('refuses state-changing requests from another site', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { origin: 'https://evil.example' },
      payload: { email: 'a@b.fr', password: 'whatever' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('sends security headers with a CSP that allows no inline script', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('publishes an OpenAPI 3.1 document generated from the schemas, and a browsable reference', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/v1/health');
    expect(doc.paths['/api/v1/auth/sign-up'].post.requestBody).toBeDefined();
    const page = await t.app.inject({ method: 'GET', url: '/api/reference/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });
});
