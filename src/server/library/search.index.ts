import { TokenDictionary, type CompactRows } from '../../core/search/facets.compact.ts';
import { paddedTitleScore } from '../../core/search/facets.ts';
import type { SearchQuery } from '../../core/search/french.ts';
import type { Actor } from '../auth/actor.ts';
import { readableOrganisationIds } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import { changedRows, liveRowsAfter, matchedKeys, shareRows, type IndexRow } from './search/index-rows.ts';

/**
 * Every live project's search entry, in memory, one per process and database: its facet tokens as integers, who
 * may read it (public and published, its organisation, the organisations it is shared with), the case-study
 * switch, its title (for the relevance score), last update and id. A search with text asks the engine only for the
 * keys of the matching projects (what the raw full-text query computes anyway) and takes everything else from
 * here; a search without text reads no row at all.
 *
 * Kept current with the database's generation (migrations 0204, 0205): when it moves, only the projects written
 * since the generation held are read again (`project_search.generation`), at most MAX_CHANGES of them; more, a
 * project deleted for good, or a generation gone back (a restored backup) and the index is read whole again.
 * About 250 bytes a project (100,000 projects: about 25 MB).
 */
const MAX_CHANGES = 10_000;

const PUBLIC = 1;
const SHARED = 2;
const CASE_STUDY = 4;

export interface GenerationState {
  generation: number;
  removed: number;
}

class LibraryIndex {
  generation = -1;
  readonly dictionary: TokenDictionary;
  /** Slot by engine key (FTS document id or project id); slot by project id. */
  readonly byKey = new Map<number | string, number>();
  readonly byId = new Map<string, number>();
  private readonly orgIds = new Map<string, number>();
  private readonly free: number[] = [];
  slots = 0;
  ids: string[] = [];
  updatedAt: string[] = [];
  /** Normalised titles, with a space at both ends. */
  searchTitle: string[] = [];
  keys: (number | string)[] = [];
  flags = new Uint8Array(1024);
  org = new Int32Array(1024);
  start = new Uint32Array(1024);
  count = new Uint8Array(1024);
  tokens = new Int32Array(16_384);
  private used = 0;
  private garbage = 0;
  /** Organisations a shared project is shared with (slot → organisation numbers). */
  readonly shares = new Map<number, number[]>();

  constructor(dictionary: TokenDictionary) {
    this.dictionary = dictionary;
  }

  orgNumber(id: string): number {
    let n = this.orgIds.get(id);
    if (n === undefined) this.orgIds.set(id, (n = this.orgIds.size));
    return n;
  }

  /** The organisation numbers the reader sees besides public projects; null: everything (administrators). */
  readerOrgs(actor: Actor | null): Set<number> | null {
    const orgs = readableOrganisationIds(actor);
    if (orgs === null) return null;
    return new Set(orgs.map((o) => this.orgIds.get(o)).filter((n): n is number => n !== undefined));
  }

  /** The same rule as `readableBy` (library.service.ts). */
  readable(slot: number, orgs: Set<number> | null): boolean {
    if (orgs === null || (this.flags[slot]! & PUBLIC) !== 0) return true;
    if (orgs.size === 0) return false;
    if (orgs.has(this.org[slot]!)) return true;
    return (this.flags[slot]! & SHARED) !== 0 && (this.shares.get(slot)?.some((o) => orgs.has(o)) ?? false);
  }

  remove(id: string): void {
    const slot = this.byId.get(id);
    if (slot === undefined) return;
    this.byId.delete(id);
    if (this.byKey.get(this.keys[slot]!) === slot) this.byKey.delete(this.keys[slot]!);
    this.shares.delete(slot);
    this.garbage += this.count[slot]!;
    this.count[slot] = 0;
    this.flags[slot] = 0;
    this.free.push(slot);
  }

  /** Adds a live project (after `remove` of the same id), with the organisations it is shared with. */
  add(row: IndexRow, sharedWith: readonly string[]): void {
    const slot = this.free.pop() ?? this.slots++;
    if (slot >= this.flags.length) this.grow();
    this.ids[slot] = row.id;
    this.updatedAt[slot] = row.updated_at;
    // Padded once here rather than at every search (the score looks for ` stem `).
    this.searchTitle[slot] = ` ${row.search_title} `;
    this.keys[slot] = row.key;
    const isPublic = row.visibility === 'public' && row.status === 'published';
    this.flags[slot] =
      (isPublic ? PUBLIC : 0) |
      (row.visibility === 'shared' ? SHARED : 0) |
      (Number(row.is_case_study) === 1 ? CASE_STUDY : 0);
    this.org[slot] = this.orgNumber(row.organisation_id);
    if (row.visibility === 'shared' && sharedWith.length)
      this.shares.set(
        slot,
        sharedWith.map((o) => this.orgNumber(o)),
      );
    const tokens = `${row.facet_keys} hasKit:${Number(row.has_kit) === 1} organisationKind:${row.kind}`
      .split(' ')
      .filter((t) => t !== '');
    if (this.used + tokens.length > this.tokens.length) this.makeRoom(tokens.length);
    this.start[slot] = this.used;
    this.count[slot] = Math.min(255, tokens.length);
    for (let j = 0; j < this.count[slot]; j++) this.tokens[this.used++] = this.dictionary.intern(tokens[j]!);
    this.byId.set(row.id, slot);
    this.byKey.set(row.key, slot);
  }

  private grow(): void {
    const size = this.flags.length * 2;
    const widen = <T extends Uint8Array | Int32Array | Uint32Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.flags = widen(this.flags, (n) => new Uint8Array(n));
    this.org = widen(this.org, (n) => new Int32Array(n));
    this.start = widen(this.start, (n) => new Uint32Array(n));
    this.count = widen(this.count, (n) => new Uint8Array(n));
  }

  /** Updated entries are written at the end; the space of their old tokens is taken back when it is half. */
  private makeRoom(needed: number): void {
    const live = this.used - this.garbage;
    const size = Math.max(this.tokens.length * (this.garbage > live ? 1 : 2), live + needed + 1024);
    const tokens = new Int32Array(size);
    let n = 0;
    for (let slot = 0; slot < this.slots; slot++) {
      const from = this.start[slot]!;
      this.start[slot] = n;
      tokens.set(this.tokens.subarray(from, from + this.count[slot]!), n);
      n += this.count[slot]!;
    }
    this.tokens = tokens;
    this.used = n;
    this.garbage = 0;
  }

  /**
   * The candidates of a search, packed as the facet tally wants them: the given slots (all live ones when null)
   * that the reader may see, with the case-study switch, scored for the text.
   */
  candidates(
    slots: Iterable<number> | null,
    actor: Actor | null,
    caseStudy: boolean | undefined,
    text: SearchQuery,
  ): CompactRows {
    const orgs = this.readerOrgs(actor);
    const chosen: number[] = [];
    const take = (slot: number) => {
      if (!this.readable(slot, orgs)) return;
      if (caseStudy !== undefined && ((this.flags[slot]! & CASE_STUDY) !== 0) !== caseStudy) return;
      chosen.push(slot);
    };
    if (slots) for (const slot of slots) take(slot);
    else for (const slot of this.byId.values()) take(slot);
    const ids = new Array<string>(chosen.length);
    const updatedAt = new Array<string>(chosen.length);
    const score = new Uint8Array(chosen.length);
    const start = new Uint32Array(chosen.length + 1);
    let size = 0;
    for (const slot of chosen) size += this.count[slot]!;
    const tokens = new Int32Array(size);
    let n = 0;
    chosen.forEach((slot, i) => {
      ids[i] = this.ids[slot]!;
      updatedAt[i] = this.updatedAt[slot]!;
      score[i] = text.groups.length ? Math.min(255, paddedTitleScore(this.searchTitle[slot]!, text)) : 0;
      start[i] = n;
      const from = this.start[slot]!;
      tokens.set(this.tokens.subarray(from, from + this.count[slot]!), n);
      n += this.count[slot]!;
    });
    start[chosen.length] = n;
    return { length: chosen.length, ids, updatedAt, score, start, tokens };
  }
}

interface Holder {
  index: LibraryIndex | null;
  /** Token numbers, shared by the index and the sets read directly while it is being read whole. */
  dictionary: TokenDictionary;
  /** The index is being read whole, in the background (the searches read the database directly meanwhile). */
  building: boolean;
  /** How often the index was read whole, and brought up to date from the changed projects (for the tests). */
  builds: number;
  updates: number;
  /** Refreshes run one after the other, each finding the index as the previous one left it. */
  queue: Promise<unknown>;
}

/** One index per database handle (tests and the benchmark open several databases in one process). */
const holders = new WeakMap<object, Holder>();

function holderOf(ctx: AppContext): Holder {
  let holder = holders.get(ctx.db);
  if (!holder)
    holders.set(
      ctx.db,
      (holder = {
        index: null,
        dictionary: new TokenDictionary(),
        building: false,
        builds: 0,
        updates: 0,
        queue: Promise.resolve(),
      }),
    );
  return holder;
}

async function sharesOf(ctx: AppContext, rows: readonly IndexRow[] | null): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const add = (r: { project_id: string; organisation_id: string }) => {
    const list = out.get(r.project_id);
    if (list) list.push(r.organisation_id);
    else out.set(r.project_id, [r.organisation_id]);
  };
  if (rows === null) {
    for (const r of (await shareRows(null).execute(ctx.db)).rows) add(r);
    return out;
  }
  const shared = rows.filter((r) => r.visibility === 'shared' && r.deleted_at === null).map((r) => r.id);
  for (let i = 0; i < shared.length; i += 500)
    for (const r of (await shareRows(shared.slice(i, i + 500)).execute(ctx.db)).rows) add(r);
  return out;
}

/** Rows read at a time when the index is read whole: the process keeps answering in between. */
const BUILD_CHUNK = 5_000;

/**
 * Reads every live project, a chunk at a time with a turn of the event loop in between (better-sqlite3 answers
 * synchronously: one read of 100,000 rows would hold every request for seconds). A project written meanwhile is
 * marked after `generation`, so the next update reads it again whichever chunk had it.
 */
async function build(
  ctx: AppContext,
  dictionary: TokenDictionary,
  generation: number,
): Promise<LibraryIndex> {
  const shares = await sharesOf(ctx, null);
  const index = new LibraryIndex(dictionary);
  let after: number | string | null = null;
  for (;;) {
    await new Promise((resolve) => setImmediate(resolve));
    const rows: IndexRow[] = (await liveRowsAfter(ctx.dialect, after, BUILD_CHUNK).execute(ctx.db)).rows;
    for (const row of rows) index.add(row, shares.get(row.id) ?? []);
    if (rows.length < BUILD_CHUNK) break;
    after = rows[rows.length - 1]!.key;
  }
  index.generation = generation;
  return index;
}

/**
 * Brings the index to `state` (read by the caller before) from the changed projects; true when done, false when it
 * must be read whole (no index yet, too many changes, a project deleted for good, the number gone back).
 */
async function update(ctx: AppContext, holder: Holder, state: GenerationState): Promise<boolean> {
  const index = holder.index;
  if (!index || state.removed > index.generation || index.generation > state.generation) return false;
  if (index.generation === state.generation) return true;
  const rows = (await changedRows(ctx.dialect, index.generation, MAX_CHANGES + 1).execute(ctx.db)).rows;
  if (rows.length > MAX_CHANGES) return false;
  const shares = await sharesOf(ctx, rows);
  // Applied at once, with no wait in between: a request never sees half an update.
  for (const row of rows) index.remove(row.id);
  for (const row of rows) if (row.deleted_at === null) index.add(row, shares.get(row.id) ?? []);
  index.generation = state.generation;
  holder.updates += 1;
  return true;
}

/** Reads the index whole, in the background, queued after any update in progress. */
function startBuild(ctx: AppContext, holder: Holder, state: GenerationState): void {
  if (holder.building) return;
  holder.building = true;
  holder.queue = holder.queue
    .then(async () => {
      if (holder.dictionary.size > 1_000_000) holder.dictionary = new TokenDictionary();
      holder.index = await build(ctx, holder.dictionary, state.generation);
      holder.builds += 1;
    })
    // A failed read (a database closed meanwhile) leaves the index as it was; the next search tries again.
    .catch(() => undefined)
    .finally(() => (holder.building = false));
}

/**
 * The index at generation `state.generation` at least (rows read after the generation was, so as new as it or
 * newer; a newer write is read again at the next generation), or null while it is being read whole: then the
 * caller reads the database directly (search.direct.ts). `readState` reads the generation again.
 */
export async function readyIndex(
  ctx: AppContext,
  state: GenerationState,
  readState: () => Promise<GenerationState>,
): Promise<LibraryIndex | null> {
  const holder = holderOf(ctx);
  if (holder.building) return null;
  if (holder.index?.generation === state.generation) return holder.index;
  const run = holder.queue.then(async () => {
    const index = holder.index;
    if (index && index.generation > state.generation && state.removed <= index.generation) {
      // Ahead of what this request read: an update queued meanwhile went further, or the number went back (a
      // restored backup). Only the database can tell.
      const now = await readState();
      if (now.generation >= index.generation) return true;
      state = now;
    }
    return update(ctx, holder, state);
  });
  holder.queue = run.catch(() => undefined);
  if (await run) return holder.index;
  startBuild(ctx, holder, state);
  return null;
}

/** Resolves when the index is no longer being read or updated (for the tests and the benchmark). */
export async function searchIndexSettled(ctx: AppContext): Promise<void> {
  const holder = holderOf(ctx);
  while (holder.building) await holder.queue;
  await holder.queue;
}

export function searchDictionary(ctx: AppContext): TokenDictionary {
  return holderOf(ctx).dictionary;
}

/**
 * The candidates of a search with text: the keys of the matching projects from the engine, then the index's own
 * entries. The lookup and the packing run with no wait in between, so no refresh can move a slot under them.
 */
export async function textCandidates(
  ctx: AppContext,
  index: LibraryIndex,
  text: SearchQuery,
  actor: Actor | null,
  caseStudy: boolean | undefined,
): Promise<CompactRows> {
  const keys = await matchedKeys(ctx.db, ctx.dialect, text);
  const slots: number[] = [];
  for (const key of keys) {
    const slot = index.byKey.get(key);
    if (slot !== undefined) slots.push(slot);
  }
  return index.candidates(slots, actor, caseStudy, text);
}

export type { LibraryIndex };

export function searchIndexActivity(ctx: AppContext): { builds: number; updates: number } {
  const holder = holderOf(ctx);
  return { builds: holder.builds, updates: holder.updates };
}

/** Forgets the index of a database (for the benchmark: the time to read it whole). */
export function dropSearchIndex(ctx: AppContext): void {
  holders.delete(ctx.db);
}
