import { createHash, randomBytes } from 'node:crypto';

/** A secret for a cookie or a link: 256 random bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What we store instead of the secret: a leaked database does not let anyone use a session or a link. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}
