import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createTestUser, type TestContext } from '../test/harness.ts';
import { findNulCharacter } from './text-guard.ts';

describe('NUL characters in requests', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  it.each([
    [{ title: 'ok', items: [{ label: 'a\u0000b' }] }, 'items.0.label'],
    [{ 'clé\u0000': 1 }, 'clé\u0000'],
    ['texte\u0000', 'body'],
    [{ title: 'sans souci', n: 3, data: Buffer.from([0]) }, null],
  ])('finds it in %j at %s', (value, expected) => {
    expect(findNulCharacter(value)).toBe(expected);
  });

  it('refuses it in a body with a 400 naming the field, and changes nothing (it was a 500 on PostgreSQL)', async () => {
    const user = await createTestUser(t, { displayName: 'Avant' });
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      headers: { cookie: user.cookie, 'accept-language': 'fr' },
      payload: { displayName: 'nul\u0000au milieu' },
    });
    expect(response.statusCode).toBe(400);
    expect(
      (response.json() as { error: { fields: Record<string, string> } }).error.fields.displayName,
    ).toContain('caractère nul');
    const me = (
      await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: user.cookie } })
    ).json() as { displayName: string };
    expect(me.displayName).toBe('Avant');
  });

  it('walks a body nested 50,000 levels deep without overflowing the stack', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 50_000; i++) deep = { a: deep };
    expect(findNulCharacter(deep)).toBe(`${'a.'.repeat(49_999)}a`);
  });

  it('refuses it in a query string', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/library/search?q=a%00b' });
    expect(response.statusCode).toBe(400);
    expect(Object.keys((response.json() as { error: { fields: object } }).error.fields)).toEqual(['q']);
  });
});
