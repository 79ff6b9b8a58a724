import { sql } from 'kysely';
import type { AppContext } from '../context.ts';

/**
 * Parts of the network dashboard (its sites, series, late pages, the public page) kept in memory between requests,
 * keyed by model and part, and tagged with the model's generation. Rebuilding the dashboard of a 1,200-site network
 * reads every site and every latest value; a repeated read now costs one indexed lookup of the generation.
 *
 * Never stale: the database moves `network_generation` for a model on every write that can change its pages (triggers
 * of migration 0651, whatever process or tool writes), and every request reads it first, after the access check.
 * A part is only used under the generation read before it was loaded; one network's writes leave the others' parts
 * in place. Several application processes each keep their own copy, none trusted past a write. What depends on the
 * clock is part of the key (the periods due, for late sites) or kept with the instants it holds between (stalled
 * sites, recomputed once a count of days moves); what depends on the reader (may they edit the settings) is never
 * kept. Bounded by entries and by an estimate of bytes.
 */
const MAX_ENTRIES = 400;
/** About 64 MB: weights count the characters of kept JSON and about 300 bytes per kept row. */
const MAX_WEIGHT = 64_000_000;

interface Entry {
  generation: number;
  value: Promise<unknown>;
  weight: number;
}

interface NetworkCache {
  entries: Map<string, Entry>;
  weight: number;
  /** 'stale' keeps parts whatever the generation: only for the tests that prove the invalidation is needed. */
  mode: CacheMode;
}

/** One cache per database handle (tests and the benchmark open several databases in one process). */
const caches = new WeakMap<object, NetworkCache>();

function cacheOf(ctx: AppContext): NetworkCache {
  let cache = caches.get(ctx.db);
  if (!cache) {
    cache = { entries: new Map(), weight: 0, mode: 'on' };
    caches.set(ctx.db, cache);
  }
  return cache;
}

/** The model's generation (0 before its first write). Read on every request, before any kept part is used. */
export async function networkGeneration(ctx: AppContext, modelId: string): Promise<number> {
  const row = (
    await sql<{
      generation: number | string;
    }>`select generation from network_generation where model_id = ${modelId}`.execute(ctx.db)
  ).rows[0];
  return row ? Number(row.generation) : 0;
}

function drop(cache: NetworkCache, key: string): void {
  const old = cache.entries.get(key);
  if (!old) return;
  cache.entries.delete(key);
  cache.weight -= old.weight;
}

/**
 * A part of a model's network pages: the kept one when it was loaded under `generation`, otherwise `load()`d and
 * kept. `weightOf` estimates its size in bytes for the memory bound. Concurrent requests
 * for the same part share one load.
 */
export async function cachedNetworkPart<T>(
  ctx: AppContext,
  modelId: string,
  generation: number,
  part: string,
  load: () => Promise<T>,
  weightOf: (value: T) => number,
): Promise<T> {
  const cache = cacheOf(ctx);
  if (cache.mode === 'off') return load();
  const key = `${modelId}|${part}`;
  const found = cache.entries.get(key);
  if (found && (found.generation === generation || cache.mode === 'stale')) {
    // Most recently used last, so eviction takes the oldest.
    cache.entries.delete(key);
    cache.entries.set(key, found);
    return found.value as Promise<T>;
  }
  // A request that read an older generation (it started before a write) must not replace a newer part.
  if (found && found.generation > generation) return load();
  drop(cache, key);
  const entry: Entry = { generation, value: load(), weight: 1 };
  cache.entries.set(key, entry);
  cache.weight += entry.weight;
  try {
    const value = (await entry.value) as T;
    if (cache.entries.get(key) === entry) {
      const rows = weightOf(value);
      entry.weight += rows;
      cache.weight += rows;
      for (const [oldKey] of cache.entries) {
        if (cache.entries.size <= MAX_ENTRIES && cache.weight <= MAX_WEIGHT) break;
        drop(cache, oldKey);
      }
    }
    return value;
  } catch (error) {
    // A failed load is not kept: the next request tries again.
    if (cache.entries.get(key) === entry) drop(cache, key);
    throw error;
  }
}

export type CacheMode = 'on' | 'off' | 'stale';

/**
 * Empties the cache of a database and sets its mode: 'off' for the benchmark's uncached runs, 'stale' (parts kept
 * whatever the generation) for the tests that prove each invalidation is needed.
 */
export function setNetworkCacheMode(ctx: AppContext, mode: CacheMode): void {
  const cache = cacheOf(ctx);
  cache.mode = mode;
  cache.entries.clear();
  cache.weight = 0;
}

/** How many parts are kept for a database, and their weight (tests of the bound). */
export function networkCacheSize(ctx: AppContext): { entries: number; weight: number } {
  const cache = cacheOf(ctx);
  return { entries: cache.entries.size, weight: cache.weight };
}

/**
 * JSON already serialised and encoded, sent as it is (the route sets the JSON content type). The network pages keep
 * their parts as UTF-8 bytes: serialising and encoding a 1,200-site dashboard again cost more than everything else
 * in a repeated read, where copying the kept bytes into the answer is a memcpy.
 */
export type JsonBytes = Buffer;

/** Serialises and encodes a value once, to be kept. */
export function toJsonBytes(value: unknown): JsonBytes {
  return Buffer.from(JSON.stringify(value));
}

/**
 * An object from members in this order: kept bytes copied as they are, values of this request serialised.
 * Each member is JSON already (a string of JSON text, or JSON bytes).
 */
export function jsonObject(members: Record<string, string | JsonBytes>): JsonBytes {
  const chunks: Buffer[] = [];
  let text = '{';
  for (const [key, json] of Object.entries(members)) {
    text += `${text === '{' && chunks.length === 0 ? '' : ','}${JSON.stringify(key)}:`;
    if (typeof json === 'string') text += json;
    else {
      chunks.push(Buffer.from(text), json);
      text = '';
    }
  }
  chunks.push(Buffer.from(`${text}}`));
  return Buffer.concat(chunks);
}

/** A page of a list as sent: its total, where it starts, its size, then its items (JSON already). */
export function pageJson(total: number, offset: number, limit: number, items: string | JsonBytes): JsonBytes {
  return jsonObject({ total: String(total), offset: String(offset), limit: String(limit), items });
}
