import type { OrganisationRole, PlatformRole } from '../../db/tables/accounts.ts';

/** Who is acting: the signed-in user and the organisations they belong to, loaded once per request. */
export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  language: 'fr' | 'en';
  platformRole: PlatformRole;
  emailVerified: boolean;
  sessionId: string;
  memberships: { organisationId: string; role: OrganisationRole }[];
}

export function roleIn(actor: Actor | null, organisationId: string): OrganisationRole | null {
  return actor?.memberships.find((m) => m.organisationId === organisationId)?.role ?? null;
}

export function isAdmin(actor: Actor | null): boolean {
  return actor?.platformRole === 'admin';
}

export function isFacilitator(actor: Actor | null): boolean {
  return actor?.platformRole === 'facilitator' || actor?.platformRole === 'admin';
}
