import type { FastifyInstance } from 'fastify';
import { ValidationError, msg } from '../errors.ts';

/** Where the first NUL character sits in a parsed request part (`title`, `items.2.label`), or null. */
export function findNulCharacter(value: unknown, at = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? at || 'body' : null;
  if (Buffer.isBuffer(value) || value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    const path = at ? `${at}.${key}` : key;
    if (key.includes('\u0000')) return path;
    const found = findNulCharacter(inner, path);
    if (found) return found;
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
          [field]: msg('Ce texte contient un caractère nul (U+0000), qui n’est pas accepté.', 'This text contains a NUL character (U+0000), which is not accepted.'),
        });
      }
    }
  });
}
