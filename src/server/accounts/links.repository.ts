import type { Db } from '../../db/database.ts';
import type { AuthTokenKind, OrganisationRole } from '../../db/tables/accounts.ts';
import { hashSecret, newSecret } from '../auth/tokens.ts';
import { AppError, msg } from '../errors.ts';

/** How long each kind of link stays valid. */
export const LINK_TTL_MS: Record<AuthTokenKind, number> = {
  'confirm-email': 48 * 3_600_000,
  'magic-link': 15 * 60_000,
  'reset-password': 60 * 60_000,
  'change-email': 24 * 3_600_000,
  invitation: 14 * 86_400_000,
  'oidc-state': 10 * 60_000,
};

export interface NewLink {
  email: string;
  userId?: string | null;
  organisationId?: string | null;
  role?: OrganisationRole | null;
  createdBy?: string | null;
  data?: Record<string, unknown>;
}

/**
 * Creates a single-use link and returns its secret, which only travels in the e-mail (or the redirect): the table
 * keeps its SHA-256, which is also the link's public id.
 */
export async function issueLink(
  db: Db,
  kind: AuthTokenKind,
  link: NewLink,
  now: Date,
  secret = newSecret(),
): Promise<{ secret: string; id: string; expiresAt: Date }> {
  const id = hashSecret(secret);
  const expiresAt = new Date(now.getTime() + LINK_TTL_MS[kind]);
  await db
    .insertInto('auth_tokens')
    .values({
      id,
      kind,
      user_id: link.userId ?? null,
      email: link.email,
      organisation_id: link.organisationId ?? null,
      role: link.role ?? null,
      created_by: link.createdBy ?? null,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      used_at: null,
      declined_at: null,
      data: link.data ? JSON.stringify(link.data) : null,
      revoked_at: null,
    })
    .execute();
  return { secret, id, expiresAt };
}

export type LinkRow = NonNullable<Awaited<ReturnType<typeof findLinkById>>>;

export function findLinkById(db: Db, id: string) {
  return db.selectFrom('auth_tokens').selectAll().where('id', '=', id).executeTakeFirst();
}

const INVITATION = (k: AuthTokenKind) => k === 'invitation';

export function linkInvalid(kind: AuthTokenKind): AppError {
  return INVITATION(kind)
    ? new AppError(
        400,
        'link_invalid',
        msg(
          'Cette invitation n’existe pas. Vérifiez que le lien a été copié en entier.',
          'This invitation does not exist. Check that the whole link was copied.',
        ),
      )
    : new AppError(
        400,
        'link_invalid',
        msg(
          'Ce lien n’est pas valide. Vérifiez qu’il a été copié en entier, ou demandez-en un nouveau.',
          'This link is not valid. Check that it was copied in full, or ask for a new one.',
        ),
      );
}

/** Why a link can no longer be used, or null when it can. */
export function linkProblem(row: LinkRow, now: Date): AppError | null {
  const inv = INVITATION(row.kind);
  if (row.revoked_at) {
    return new AppError(
      410,
      'link_revoked',
      inv
        ? msg(
            'Cette invitation a été annulée par l’organisation.',
            'This invitation was cancelled by the organisation.',
          )
        : msg('Ce lien a été annulé.', 'This link was cancelled.'),
    );
  }
  if (row.declined_at)
    return new AppError(
      410,
      'link_used',
      msg('Cette invitation a déjà été refusée.', 'This invitation was already declined.'),
    );
  if (row.used_at) {
    return new AppError(
      410,
      'link_used',
      inv
        ? msg('Cette invitation a déjà été acceptée.', 'This invitation was already accepted.')
        : msg(
            'Ce lien a déjà servi\u00a0: chaque lien ne fonctionne qu’une fois. Demandez-en un nouveau si besoin.',
            'This link was already used: each link works only once. Ask for a new one if needed.',
          ),
    );
  }
  if (row.expires_at <= now.toISOString()) {
    return new AppError(
      410,
      'link_expired',
      inv
        ? msg(
            'Cette invitation a expiré. Demandez à la personne qui vous a invité de vous en envoyer une nouvelle.',
            'This invitation has expired. Ask the person who invited you to send a new one.',
          )
        : msg('Ce lien a expiré. Demandez-en un nouveau.', 'This link has expired. Ask for a new one.'),
    );
  }
  return null;
}

/** The link behind a secret, if it exists, is of this kind and can still be used; otherwise the clear reason. */
export async function peekLink(db: Db, kind: AuthTokenKind, secret: string, now: Date): Promise<LinkRow> {
  const row = await findLinkById(db, hashSecret(secret));
  if (!row || row.kind !== kind) throw linkInvalid(kind);
  const problem = linkProblem(row, now);
  if (problem) throw problem;
  return row;
}

/**
 * Uses a link once: the conditional update succeeds for exactly one caller, even when two requests race. Call it
 * in the transaction of the change the link allows, so a failed change leaves the link usable.
 */
export async function consumeLink(
  db: Db,
  kind: AuthTokenKind,
  secret: string,
  now: Date,
  as: 'used' | 'declined' = 'used',
): Promise<LinkRow> {
  const id = hashSecret(secret);
  const result = await db
    .updateTable('auth_tokens')
    .set(as === 'used' ? { used_at: now.toISOString() } : { declined_at: now.toISOString() })
    .where('id', '=', id)
    .where('kind', '=', kind)
    .where('used_at', 'is', null)
    .where('declined_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  const row = await findLinkById(db, id);
  if (Number(result.numUpdatedRows) === 1 && row) return row;
  if (!row || row.kind !== kind) throw linkInvalid(kind);
  throw linkProblem(row, now) ?? linkInvalid(kind);
}
