import { roleIn, type Actor } from '../auth/actor.ts';
import { hasOrganisationRole } from '../auth/permissions.ts';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '../errors.ts';

/**
 * Who may do what on a site or a site request. Its records are visible to two organisations only: the site's own
 * (the replicator) and the carrier (the model's organisation); administrators see everything. Anyone else gets 404,
 * so that a site's existence does not leak.
 * - read: members of either organisation;
 * - edit (stage, checklist, documents) and write (messages): editors of either organisation;
 * - adapt (adaptations of the kit): editors of the site's organisation;
 * - publish (show the site on public pages) and decide (on a request): editors of the carrier.
 */
export interface SiteParties {
  organisation_id: string;
  carrier_organisation_id: string;
}

export interface SiteRights {
  read: boolean;
  edit: boolean;
  write: boolean;
  adapt: boolean;
  publish: boolean;
}

export function siteRights(actor: Actor | null, parties: SiteParties): SiteRights {
  const siteEditor = hasOrganisationRole(actor, parties.organisation_id, 'editor');
  const carrierEditor = hasOrganisationRole(actor, parties.carrier_organisation_id, 'editor');
  return {
    read:
      hasOrganisationRole(actor, parties.organisation_id, 'viewer') ||
      hasOrganisationRole(actor, parties.carrier_organisation_id, 'viewer'),
    edit: siteEditor || carrierEditor,
    write: siteEditor || carrierEditor,
    adapt: siteEditor,
    publish: carrierEditor,
  };
}

/** Throws 404 when the actor may not even read, 401/403 when the right asked for is missing. */
export function assertSiteRight(
  actor: Actor | null,
  parties: SiteParties,
  right: keyof SiteRights,
): SiteRights {
  const rights = siteRights(actor, parties);
  if (!rights.read) throw actor ? new NotFoundError() : new UnauthorizedError();
  if (!rights[right]) throw new ForbiddenError();
  return rights;
}

/** The organisation a message is written for: the site's when the actor edits in it, else the carrier's. */
export function authorOrganisationOf(actor: Actor, parties: SiteParties): string {
  const role = roleIn(actor, parties.organisation_id);
  return role === 'editor' || role === 'owner' ? parties.organisation_id : parties.carrier_organisation_id;
}
