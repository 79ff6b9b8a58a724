import { newStemmer } from 'snowball-stemmers';

/**
 * French search normalisation, shared by both database engines so that they index and query the same tokens:
 * lower case, elisions and punctuation split, stop words dropped, Snowball French stemming, accents removed.
 *
 * Stemming before or after removing accents gives different stems for some words (« mobilité » → mobil, while
 * « mobilite » → mobilit). Users type with or without accents, so each word yields both stems when they differ:
 * the index holds both, and a query word matches either (see `toSearchQuery`).
 */
const stemmer = newStemmer('french');

/** Snowball's French stop-word list (articles, pronouns, auxiliaries), accents removed, plus elided letters. */
const STOP_WORDS = new Set(
  (
    'au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous ' +
    'c d j l a m n s t y ete etee etees etes etant etante etants etantes suis es est sommes sont serai seras sera serons serez seront serais serait serions seriez seraient etais etait etions etiez etaient fus fut fumes futes furent sois soit soyons soyez soient fusse fusses fut fussions fussiez fussent ' +
    'ayant ayante ayantes ayants eu eue eues eus ai as avons avez ont aurai auras aura aurons aurez auront aurais aurait aurions auriez auraient avais avait avions aviez avaient eut eumes eutes eurent aie aies ait ayons ayez aient eusse eusses eussions eussiez eussent ' +
    'ceci cela celà cet cette ici ils les leurs quel quels quelle quelles sans soi'
  ).split(' '),
);

const MAX_WORD_LENGTH = 40;

export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Whether a code point is a letter or a digit (`[\p{L}\p{N}]`), by blocks of 256 code points filled from that
 * regular expression the first time a text touches them: testing each character against the Unicode classes cost
 * about 20 ns, and splitting a record's text on them a quarter of the time an import spends on a row.
 */
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
const wordBlocks: (Uint8Array | undefined)[] = [];
function wordBlock(block: number): Uint8Array {
  const flags = new Uint8Array(256);
  for (let i = 0; i < 256; i++) flags[i] = WORD_CHARACTER.test(String.fromCodePoint(block * 256 + i)) ? 1 : 0;
  wordBlocks[block] = flags;
  return flags;
}

/**
 * Lower-cased words of a text, split on anything that is not a letter or digit (so elisions and hyphens split): the
 * runs of code points of `[\p{L}\p{N}]` in the lower-cased text, œ and æ written oe and ae, at most 40 characters.
 * A lone surrogate is a code point of its own, and no letter, as for the regular expression `split(/…/u)` this
 * replaces.
 */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  let ligature = false;
  const end = (at: number) => {
    let word = lower.slice(start, at);
    if (ligature) word = word.replace(/œ/g, 'oe').replace(/æ/g, 'ae');
    if (word.length <= MAX_WORD_LENGTH) out.push(word);
    start = -1;
    ligature = false;
  };
  for (let i = 0; i < lower.length; i++) {
    let point = lower.charCodeAt(i);
    let width = 1;
    if (point >= 0xd800 && point <= 0xdbff && i + 1 < lower.length) {
      const low = lower.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        point = (point - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const block = point >> 8;
    if ((wordBlocks[block] ?? wordBlock(block))[point & 255] === 1) {
      if (start < 0) start = i;
      if (point === 0x153 || point === 0xe6) ligature = true;
    } else if (start >= 0) end(i);
    i += width - 1;
  }
  if (start >= 0) end(lower.length);
  return out;
}

/**
 * Stemming costs tens of microseconds a word while a language has few distinct words, so stems are memoised
 * (bounded: the memo is emptied when it reaches 100,000 words).
 */
const memo = new Map<string, string[]>();
const MEMO_LIMIT = 100_000;

/** The stems of one lower-cased word (one or two, accent-free), or none for a stop word. */
export function stemsOf(word: string): string[] {
  let stems = memo.get(word);
  if (stems) return stems;
  stems = computeStems(word);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, stems);
  return stems;
}

function computeStems(word: string): string[] {
  const bare = stripAccents(word);
  if (STOP_WORDS.has(bare)) return [];
  if (/^\d+$/.test(bare)) return [bare];
  const accentedFirst = stripAccents(stemmer.stem(word));
  const bareFirst = stemmer.stem(bare);
  const stems = accentedFirst === bareFirst ? [accentedFirst] : [accentedFirst, bareFirst];
  // Only [a-z0-9] may reach the engines: both tokenisers then split exactly as we did.
  return stems.map((s) => s.replace(/[^a-z0-9]/g, '')).filter((s) => s.length > 0);
}

/** The normalised text that both engines index: space-separated stems. */
export function normalizeForSearch(text: string): string {
  const out: string[] = [];
  for (const word of words(text)) out.push(...stemsOf(word));
  return out.join(' ');
}

/** The distinct stems of a text, in order of first appearance (each distinct word is stemmed once). */
export function distinctStems(text: string): string[] {
  const out = new Set<string>();
  for (const word of new Set(words(text))) for (const stem of stemsOf(word)) out.add(stem);
  return [...out];
}

/**
 * A user's query as groups of alternatives: every group must match (AND), any stem of a group may (OR).
 * Empty when the query has only stop words or punctuation. At most 12 groups are kept.
 */
export interface SearchQuery {
  groups: string[][];
}

export function toSearchQuery(userQuery: string): SearchQuery {
  const groups: string[][] = [];
  const seen = new Set<string>();
  for (const word of words(userQuery)) {
    const stems = stemsOf(word);
    if (stems.length === 0) continue;
    const key = stems.join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push([...stems]);
    if (groups.length === 12) break;
  }
  return { groups };
}

/** SQLite FTS5 MATCH expression: ("a" OR "b") AND "c". Tokens are [a-z0-9] only, so quoting is enough. */
export function toFts5Match(query: SearchQuery): string {
  return query.groups
    .map((g) => (g.length === 1 ? `"${g[0]}"` : `(${g.map((s) => `"${s}"`).join(' OR ')})`))
    .join(' AND ');
}

/** PostgreSQL to_tsquery('simple', …) expression: (a | b) & c. */
export function toTsQuery(query: SearchQuery): string {
  return query.groups.map((g) => (g.length === 1 ? g[0] : `(${g.join(' | ')})`)).join(' & ');
}

/** Whether a normalised text contains a match for every group: the reference semantics the engines must follow. */
export function matchesNormalized(normalized: string, query: SearchQuery): boolean {
  const tokens = new Set(normalized.split(' '));
  return query.groups.every((g) => g.some((s) => tokens.has(s)));
}
