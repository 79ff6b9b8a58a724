import type { FastifyInstance } from 'fastify';
import { ValidationError, msg } from '../errors.ts';

/**
 * Where the first NUL character sits in a parsed request part (`title`, `items.2.label`), or null. Iterative: a
 * body nested 50,000 levels deep must not overflow the stack (it did, as a 500).
 */
export function findNulCharacter(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length) {
    const [current, at] = stack.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return at || 'body';
      continue;
    }
    if (Buffer.isBuffer(current) || current === null || typeof current !== 'object') continue;
    const entries = Object.entries(current);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, inner] = entries[i]!;
      const path = at ? `${at}.${key}` : key;
      if (key.includes('\u0000')) return path;
      stack.push([inner, path]);
    }
  }
  return null;
}

/**
 * Refuses text containing U+0000 anywhere in a request (body, query, address). PostgreSQL cannot store it (the
 * write failed with a 500 there while SQLite took it), and no legitimate French or English text contains it.
 */
export function registerTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const part of [request.params, request.query, request.body]) {
      const field = findNulCharacter(part);
      if (field) {
        throw new ValidationError({
          [field]: msg(
            'Ce texte contient un caractère nul (U+0000), qui n’est pas accepté.',
            'This text contains a NUL character (U+0000), which is not accepted.',
          ),
        });
      }
    }
  });
}
