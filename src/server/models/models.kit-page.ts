import type { Actor } from '../auth/actor.ts';
import { can } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { guard, resourceUrl } from './models.access.ts';
import { findKitHead } from './models.repository.ts';
import { publishedVersion, type FrozenVersion } from './models.versions.ts';

/**
 * The kit page's JSON body, built as a string. Serialising a whole kit (its content is most of the body) was most
 * of the page's cost, and it is the same bytes on every request: a published version never changes. So the part
 * that comes from the version (title, note, date, content, resources) is serialised once per version and kept next
 * to the parsed version (models.versions.ts, same LRU). What can change is read on every request, in one query:
 * whether the model still exists (deletion, trash), who it belongs to (organisation transfer), its carrier's name
 * (renaming), its latest version (a new publication), and who may read it (the access rule of `loadPublished`).
 * Nothing mutable is kept in memory, so nothing needs invalidating, and several instances on PostgreSQL agree.
 * The answer does not depend on the request's language: a kit is written in one language by its carrier.
 *
 * The output is byte for byte `JSON.stringify` of `getVersion`'s result (models.kit-page.test.ts checks it).
 */
interface SerialisedVersion {
  /** `"title"` value. */
  title: string;
  /** From `,"changeNote"` to the closing brace, after `latestVersion`. */
  tail: string;
}

/** Keyed by the cached version object: evicted from the LRU, its strings go with it. */
const serialised = new WeakMap<FrozenVersion, SerialisedVersion>();

function serialise(modelId: string, v: FrozenVersion): SerialisedVersion {
  let hit = serialised.get(v);
  if (!hit) {
    hit = {
      title: JSON.stringify(v.content.identity.name),
      tail: `,"changeNote":${JSON.stringify(v.changeNote)},"publishedAt":${JSON.stringify(v.publishedAt)},"content":${JSON.stringify(v.content)},"resources":${JSON.stringify(v.resources.map((r) => ({ ...r, url: resourceUrl(modelId, r.id) })))}}`,
    };
    serialised.set(v, hit);
  }
  return hit;
}

/** The published version `number` of a model as the JSON the kit page sends; 404 when it may not be read. */
export async function kitPageJson(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  number: number,
): Promise<string> {
  const head = await findKitHead(ctx.db, id);
  // Same rule as loadPublished: a published model is public; a never-published one only for its members.
  if (!head || (head.latest_version === 0 && !can(actor, 'read', guard(head)))) throw new NotFoundError();
  const version = await publishedVersion(ctx, id, number);
  const v = serialise(id, version);
  const carrier = `{"organisationId":${JSON.stringify(head.organisation_id)},"name":${JSON.stringify(head.organisation_name ?? null)}}`;
  return `{"modelId":${JSON.stringify(id)},"projectId":${JSON.stringify(head.project_id)},"title":${v.title},"carrier":${carrier},"number":${version.number},"latestVersion":${Number(head.latest_version)}${v.tail}`;
}
