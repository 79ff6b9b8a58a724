// Wire types of the accounts API (see src/server/accounts/*.schemas.ts; the web app talks to the server through the
// API only, so the shapes are restated here).

export type Language = 'fr' | 'en';
export type TerritoryType = 'commune' | 'epci' | 'departement' | 'region';
export type PlatformRole = 'user' | 'facilitator' | 'admin';
export type OrganisationRole = 'owner' | 'editor' | 'viewer';

export const organisationRoles = ['owner', 'editor', 'viewer'] as const satisfies readonly OrganisationRole[];

export const organisationKinds = [
  'commune',
  'epci',
  'departement',
  'region',
  'association',
  'cooperative',
  'company',
  'state-service',
  'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export type Membership = { organisationId: string; organisationName: string; role: OrganisationRole };

/** Body of `GET /auth/me` and of every call that signs in. */
export type Me = {
  id: string;
  email: string;
  displayName: string;
  language: Language;
  platformRole: PlatformRole;
  emailVerified: boolean;
  /** Sent by servers that know it: false for accounts created by e-mail link or OpenID Connect only. */
  hasPassword?: boolean;
  memberships: Membership[];
};

export type Session = {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
  ip: string | null;
  current: boolean;
};

export type Organisation = {
  id: string;
  name: string;
  kind: OrganisationKind;
  siren: string | null;
  territoryCode: string | null;
  territoryType?: TerritoryType | null;
  /** The territory's official name, from its INSEE code. */
  territoryName?: string | null;
  description: string | null;
  myRole: OrganisationRole | null;
  version: number;
  createdAt: string;
};

export type OrganisationInput = {
  name: string;
  kind: OrganisationKind;
  siren?: string | null;
  territoryCode?: string | null;
  /** Needed for two-digit codes (région 84 or département 84). */
  territoryType?: TerritoryType | null;
  description?: string | null;
};

export type Member = {
  userId: string;
  displayName: string;
  email: string;
  role: OrganisationRole;
  since: string;
};

export type Invitation = {
  id: string;
  email: string;
  role: OrganisationRole;
  status?: 'pending' | 'accepted' | 'declined' | 'expired' | 'cancelled';
  createdAt: string;
  expiresAt: string;
  invitedBy?: string | null;
};

/** What the invitation page shows before the person accepts or declines (`GET /invitations/:token`). */
export type InvitationPreview = {
  organisationId?: string;
  organisationName: string;
  role: OrganisationRole;
  email: string;
  invitedBy?: string | null;
  expiresAt?: string;
};

export type Items<T> = { items: T[] };
