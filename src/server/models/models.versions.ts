import { diffModelVersions, type ModelDiff } from '../../core/models/diff.ts';
import { modelContent, type ModelContent } from '../../core/models/model.schemas.ts';
import { findMissingRequiredBlocks } from '../../core/models/publish.ts';
import type { Actor } from '../auth/actor.ts';
import { requireActor } from '../auth/permissions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError, msg } from '../errors.ts';
import { loadDraft, loadPublished, resourceOut, resourceUrl, type KitResource } from './models.access.ts';
import { findVersion, listVersions, liveResources, organisationName } from './models.repository.ts';

/**
 * Published versions (transfer kits): numbered, immutable, readable and exportable by anyone without an account.
 */
/** Freezes the draft as the next version. Refused (400, one field per missing block) while required blocks are empty. */
export async function publishVersion(
  ctx: AppContext,
  actorOrNull: Actor | null,
  id: string,
  input: { changeNote: string; version?: number },
) {
  const actor = requireActor(actorOrNull);
  const row = await loadDraft(ctx, actor, id, 'edit');
  if (input.version !== undefined && input.version !== row.version)
    throw new ConflictError(undefined, { currentVersion: row.version });
  const content = modelContent.parse(JSON.parse(row.draft));
  const missing = findMissingRequiredBlocks(content);
  if (missing.length > 0) {
    throw new ValidationError(
      Object.fromEntries(missing.map((m) => [`content.${m.path}`, m.message])),
      msg(
        'Le kit ne peut pas être publié : des blocs obligatoires sont vides.',
        'The kit cannot be published: required blocks are empty.',
      ),
    );
  }
  const resources = (await liveResources(ctx.db, id)).map(resourceOut);
  const number = row.latest_version + 1;
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('models')
      .set({ latest_version: number, published_at: now })
      .where('id', '=', id)
      .where('latest_version', '=', row.latest_version)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0)
      throw new ConflictError(
        msg(
          'Une autre version vient d’être publiée. Rechargez.',
          'Another version was just published. Reload.',
        ),
        { currentVersion: row.version },
      );
    await trx
      .insertInto('model_versions')
      .values({
        model_id: id,
        number,
        change_note: input.changeNote,
        content: JSON.stringify(content),
        resources: JSON.stringify(resources),
        published_by: actor.userId,
        published_at: now,
      })
      .execute();
    await trx.updateTable('projects').set({ has_kit: 1 }).where('id', '=', row.project_id).execute();
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'model.publish',
        subjectType: 'model',
        subjectId: id,
        organisationId: row.organisation_id,
        details: { number },
      },
      ctx.now(),
    );
  });
  return getVersion(ctx, actor, id, number);
}

export async function getVersions(ctx: AppContext, actor: Actor | null, id: string) {
  const row = await loadPublished(ctx, actor, id);
  const rows = await listVersions(ctx.db, id);
  return {
    modelId: id,
    title: row.title,
    items: rows.map((v) => ({ number: v.number, changeNote: v.change_note, publishedAt: v.published_at })),
  };
}

export interface KitVersion {
  modelId: string;
  projectId: string;
  title: string;
  carrier: { organisationId: string; name: string | null };
  number: number;
  latestVersion: number;
  changeNote: string;
  publishedAt: string;
  content: ModelContent;
  resources: (KitResource & { url: string })[];
}

/** What a published version holds once parsed and validated: never changes, so it is computed once per process. */
export interface FrozenVersion {
  number: number;
  changeNote: string;
  publishedAt: string;
  content: ModelContent;
  resources: readonly KitResource[];
}

/**
 * Published versions are immutable (no update nor delete touches model_versions), so their parsed and validated form
 * is kept in a small LRU per process, keyed by the version's id (model and number). Nothing here needs sharing
 * between instances: any instance that parses the same row gets the same value. The objects are frozen because
 * every reader shares them.
 */
// Sized for a national library: on dataset L a published version averages 6 KB of JSON (9 KB at most), about
// 25 KB once parsed and serialised, so 2,000 versions stay under 50 MB. With 200, the bench's 500 kits read in turn
// never hit the cache (kit page 0.75 ms of CPU a request on L, 0.25 on S where they all fit).
const VERSION_CACHE_SIZE = 2_000;
/** One LRU per database handle: the test suites open many databases in one process, with the same demo ids. */
const caches = new WeakMap<object, Map<string, FrozenVersion>>();
function cacheOf(ctx: AppContext): Map<string, FrozenVersion> {
  let cache = caches.get(ctx.db);
  if (!cache) caches.set(ctx.db, (cache = new Map()));
  return cache;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export async function publishedVersion(ctx: AppContext, id: string, number: number): Promise<FrozenVersion> {
  const versionCache = cacheOf(ctx);
  const key = `${id}:${number}`;
  const hit = versionCache.get(key);
  if (hit) {
    // Map keeps insertion order: re-inserting marks the entry as the most recently used.
    versionCache.delete(key);
    versionCache.set(key, hit);
    return hit;
  }
  const v = await findVersion(ctx.db, id, number);
  if (!v) throw new NotFoundError();
  const frozen = deepFreeze<FrozenVersion>({
    number: v.number,
    changeNote: v.change_note,
    publishedAt: v.published_at,
    content: modelContent.parse(JSON.parse(v.content)),
    resources: JSON.parse(v.resources) as KitResource[],
  });
  versionCache.set(key, frozen);
  if (versionCache.size > VERSION_CACHE_SIZE) versionCache.delete(versionCache.keys().next().value!);
  return frozen;
}

/** For tests and benches: how many versions a database's cache holds, and a way to start cold. */
export const publishedVersionCache = {
  size: (ctx: AppContext) => cacheOf(ctx).size,
  clear: (ctx: AppContext) => cacheOf(ctx).clear(),
  limit: VERSION_CACHE_SIZE,
};

/**
 * A published version. Its content comes validated from the cache, so routes may send it with a plain
 * JSON.stringify (see `sendValidated` in models.routes.ts) rather than have the response schema parse it again.
 */
export async function getVersion(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  number: number,
): Promise<KitVersion> {
  const row = await loadPublished(ctx, actor, id);
  const v = await publishedVersion(ctx, id, number);
  return {
    modelId: id,
    projectId: row.project_id,
    title: v.content.identity.name,
    carrier: {
      organisationId: row.organisation_id,
      name: await organisationName(ctx.db, row.organisation_id),
    },
    number: v.number,
    latestVersion: row.latest_version,
    changeNote: v.changeNote,
    publishedAt: v.publishedAt,
    content: v.content,
    resources: v.resources.map((r) => ({ ...r, url: resourceUrl(id, r.id) })),
  };
}

/** `from`/`to`: version numbers, or "draft" (members only). */
export async function diffVersions(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  from: number | 'draft',
  to: number | 'draft',
): Promise<ModelDiff & { from: number | 'draft'; to: number | 'draft' }> {
  const load = async (which: number | 'draft') =>
    which === 'draft'
      ? modelContent.parse(JSON.parse((await loadDraft(ctx, actor, id, 'read')).draft))
      : (await getVersion(ctx, actor, id, which)).content;
  return { from, to, ...diffModelVersions(await load(from), await load(to)) };
}

export async function listKits(ctx: AppContext, query: { limit: number; cursor?: string }) {
  const offset = query.cursor ? Number.parseInt(query.cursor, 10) || 0 : 0;
  const rows = await ctx.db
    .selectFrom('models as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .innerJoin('model_versions as v', (j) =>
      j.onRef('v.model_id', '=', 'm.id').onRef('v.number', '=', 'm.latest_version'),
    )
    .select([
      'm.id',
      'm.project_id',
      'm.latest_version',
      'm.published_at',
      'o.name as organisation',
      'v.content',
    ])
    .where('m.deleted_at', 'is', null)
    .where('m.latest_version', '>', 0)
    .orderBy('m.published_at', 'desc')
    .orderBy('m.id')
    .limit(query.limit + 1)
    .offset(offset)
    .execute();
  const items = rows.slice(0, query.limit).map((r) => {
    const c = JSON.parse(r.content) as ModelContent;
    return {
      modelId: r.id,
      projectId: r.project_id,
      title: c.identity.name,
      need: c.identity.need.slice(0, 300),
      carrier: r.organisation,
      latestVersion: r.latest_version,
      publishedAt: r.published_at!,
      licence: c.licence,
    };
  });
  return { items, nextCursor: rows.length > query.limit ? String(offset + query.limit) : null };
}
