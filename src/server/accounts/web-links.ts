import type { Env } from '../env.ts';

/**
 * The web app's pages that e-mailed links open (built from PUBLIC_URL). The page reads `token` from the query
 * string and calls the matching API route.
 */
export const WEB_PAGES = {
  confirmEmail: '/compte/confirmer-adresse', // POST /auth/confirm-email
  magicLink: '/compte/lien-de-connexion', // POST /auth/magic-link/consume
  resetPassword: '/compte/nouveau-mot-de-passe', // POST /auth/password/reset
  changeEmail: '/compte/confirmer-nouvelle-adresse', // POST /auth/me/email/confirm
  invitation: '/compte/invitation', // GET /invitations/:token, then accept or decline
  signIn: '/compte/connexion', // where OpenID Connect errors land, with ?erreur=<code>
  account: '/compte', // where OpenID Connect sign-in lands by default
} as const;

export function webLink(env: Env, page: keyof typeof WEB_PAGES, query: Record<string, string> = {}): string {
  const url = new URL(WEB_PAGES[page], env.PUBLIC_URL.endsWith('/') ? env.PUBLIC_URL : `${env.PUBLIC_URL}/`);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return url.toString();
}
