import type { Db } from '../../db/database.ts';
import type { SiteMessageTable, SiteRequestStatus, SiteRequestTable } from '../../db/tables/sites.ts';

/**
 * Queries of site requests and of the message thread; rows come back plain. A request keeps the id of the site its
 * acceptance created (`site_id`) even once the carrier has put that site in the trash, since restoring the site
 * within 30 days brings the link back; `live_site_id` is that id only while the site is not deleted.
 */
export type RequestRow = SiteRequestTable & { live_site_id: string | null };

function selectRequests(db: Db) {
  return db
    .selectFrom('site_requests')
    .leftJoin('sites', (join) =>
      join.onRef('sites.id', '=', 'site_requests.site_id').on('sites.deleted_at', 'is', null),
    )
    .selectAll('site_requests')
    .select('sites.id as live_site_id');
}

export function findRequest(db: Db, id: string): Promise<RequestRow | undefined> {
  return selectRequests(db).where('site_requests.id', '=', id).executeTakeFirst();
}

export function findOpenRequest(db: Db, modelId: string, organisationId: string) {
  return db
    .selectFrom('site_requests')
    .select('id')
    .where('model_id', '=', modelId)
    .where('organisation_id', '=', organisationId)
    .where('status', 'in', ['pending', 'questions'])
    .executeTakeFirst();
}

export function listRequests(
  db: Db,
  filter: { box: 'incoming' | 'outgoing'; organisationIds: string[] | null; status?: SiteRequestStatus },
) {
  let q = selectRequests(db);
  if (filter.organisationIds !== null) {
    if (filter.organisationIds.length === 0) return Promise.resolve([]);
    q = q.where(
      filter.box === 'incoming' ? 'site_requests.carrier_organisation_id' : 'site_requests.organisation_id',
      'in',
      filter.organisationIds,
    );
  }
  if (filter.status) q = q.where('site_requests.status', '=', filter.status);
  return q.orderBy('site_requests.created_at', 'desc').orderBy('site_requests.id').limit(500).execute();
}

export async function insertMessage(db: Db, row: SiteMessageTable): Promise<void> {
  await db.insertInto('site_messages').values(row).execute();
}

export function listMessages(db: Db, by: { requestId?: string; siteId?: string }) {
  let q = db
    .selectFrom('site_messages')
    .leftJoin('users as u', 'u.id', 'site_messages.author_user_id')
    .leftJoin('organisations as o', 'o.id', 'site_messages.author_organisation_id')
    .select([
      'site_messages.id',
      'site_messages.kind',
      'site_messages.body',
      'site_messages.created_at',
      'site_messages.author_organisation_id',
      'u.display_name as author_name',
      'o.name as organisation_name',
    ]);
  if (by.siteId) q = q.where('site_messages.site_id', '=', by.siteId);
  else q = q.where('site_messages.request_id', '=', by.requestId ?? '');
  return q.orderBy('site_messages.created_at').orderBy('site_messages.id').limit(1000).execute();
}

export async function organisationNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Editors and owners of an organisation who could be told of a new message or decision. */
export function organisationEditors(db: Db, organisationId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.email', 'users.language'])
    .where('memberships.organisation_id', '=', organisationId)
    .where('memberships.role', 'in', ['editor', 'owner'])
    .where('users.deleted_at', 'is', null)
    .execute();
}
