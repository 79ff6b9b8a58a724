import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerErrorHandlers } from './error-handler.ts';
import { isDatabaseOverload } from './overload.ts';

function appThrowing(error: Error) {
  const app = Fastify({ logger: false });
  registerErrorHandlers(app);
  app.get('/', () => {
    throw error;
  });
  return app;
}

function sqliteBusy(): Error {
  return Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
}

describe('database overload', () => {
  it('recognises the pool timeout and SQLite busy errors, and nothing else', () => {
    expect(isDatabaseOverload(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseOverload(sqliteBusy())).toBe(true);
    expect(isDatabaseOverload(new Error('relation "projects" does not exist'))).toBe(false);
    expect(isDatabaseOverload(Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT' }))).toBe(false);
    expect(isDatabaseOverload('timeout exceeded when trying to connect')).toBe(false);
  });

  it.each([
    ['PostgreSQL pool timeout', new Error('timeout exceeded when trying to connect')],
    ['SQLite busy', sqliteBusy()],
  ])('answers 503 with Retry-After and the JSON error shape on a %s', async (_name, error) => {
    const app = appThrowing(error);
    const response = await app.inject({ url: '/', headers: { 'accept-language': 'fr' } });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('2');
    expect(response.json()).toEqual({
      error: {
        code: 'service_unavailable',
        message: 'Le service est très sollicité en ce moment. Réessayez dans quelques secondes.',
        fields: {},
      },
    });
    await app.close();
  });

  it('keeps other unexpected errors as 500', async () => {
    const app = appThrowing(new Error('boom'));
    const response = await app.inject({ url: '/' });
    expect(response.statusCode).toBe(500);
    expect(response.json().error.code).toBe('internal_error');
    await app.close();
  });
});
