import type { Generated } from 'kysely';

export type PlatformRole = 'user' | 'facilitator' | 'admin';
export type OrganisationRole = 'owner' | 'editor' | 'viewer';
export type OrganisationKind =
  | 'commune'
  | 'epci'
  | 'departement'
  | 'region'
  | 'association'
  | 'cooperative'
  | 'company'
  | 'state-service'
  | 'other';

export interface UserTable {
  id: string;
  email: string;
  email_verified_at: string | null;
  password_hash: string | null;
  display_name: string;
  language: 'fr' | 'en';
  platform_role: PlatformRole;
  oidc_subject: string | null;
  /** The SIRET the OpenID provider (ProConnect) gave at the last sign-in: suggests the organisation. */
  oidc_siret?: string | null;
  disabled_at: string | null;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface OrganisationTable {
  id: string;
  name: string;
  kind: OrganisationKind;
  siren: string | null;
  territory_code: string | null;
  territory_type: 'commune' | 'epci' | 'departement' | 'region' | null;
  description: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  version: Generated<number>;
}

export interface MembershipTable {
  organisation_id: string;
  user_id: string;
  role: OrganisationRole;
  created_at: string;
}

/** Sessions are stored by the SHA-256 of their token: a leaked table does not let anyone sign in. */
export interface SessionTable {
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  user_agent: string | null;
  ip: string | null;
  revoked_at: string | null;
}

export type AuthTokenKind =
  'confirm-email' | 'reset-password' | 'magic-link' | 'invitation' | 'change-email' | 'oidc-state';

/** Single-use links (e-mail confirmation, password reset, magic link, invitation, change of e-mail). */
export interface AuthTokenTable {
  id: string;
  kind: AuthTokenKind;
  user_id: string | null;
  email: string;
  organisation_id: string | null;
  role: OrganisationRole | null;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  declined_at: string | null;
  /** JSON: what the link carries beyond the columns (OpenID Connect nonce and PKCE verifier, return path). */
  data?: string | null;
  /** Withdrawn by its author (an invitation cancelled by the organisation's owner). */
  revoked_at?: string | null;
}

export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'kept';

export interface OutboxTable {
  id: string;
  to_email: string;
  subject: string;
  text_body: string;
  html_body: string;
  language: 'fr' | 'en';
  attachments: string | null;
  /** pending: waiting to be sent (or retried); sent: accepted by the SMTP server; failed: given up after the last
   *  retry; kept: no SMTP server configured, the message stays readable in the outbox only. */
  status: OutboxStatus;
  template?: string | null;
  job_id?: string | null;
  next_attempt_at?: string | null;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface AccountsTables {
  users: UserTable;
  organisations: OrganisationTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  auth_tokens: AuthTokenTable;
  outbox: OutboxTable;
}
