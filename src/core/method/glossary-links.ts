/**
 * Finds glossary terms in a text so that pages can link them to their definition. Pure: the terms in, the text cut
 * into plain and linked segments out.
 *
 * Each term is found under several wordings: the whole term (« Invariant (partie fixe) »), the term without its
 * parenthesis (« Invariant ») and the words in the parenthesis (« partie fixe »). Matching ignores case except for
 * acronyms (« SCIC », not « scic »), accepts a plural in -s or -x, spaces of any kind and both apostrophes, and never
 * matches inside a word. The longest wording wins where several start at the same place.
 */

export type GlossaryEntry = { id: string; term: string };

export type TextSegment = { text: string; termId?: undefined } | { text: string; termId: string };

type Variant = { termId: string; wording: string; caseSensitive: boolean };

export type GlossaryMatcher = { regex: RegExp; variants: Variant[] } | null;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordingPattern(wording: string): string {
  return escapeRegExp(wording)
    .replace(/[’']/g, "[’']")
    .replace(/[\s\u00a0\u202f]+/g, '[\\s\\u00a0\\u202f]+');
}

function variantsOf(entry: GlossaryEntry): Variant[] {
  const wordings = new Set<string>();
  const term = entry.term.trim();
  wordings.add(term);
  const parenthesis = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(term);
  if (parenthesis) {
    wordings.add(parenthesis[1].trim());
    wordings.add(parenthesis[2].trim());
  }
  return [...wordings]
    .filter((wording) => wording.replace(/[^\p{L}\p{N}]/gu, '').length >= 3)
    .map((wording) => ({
      termId: entry.id,
      wording,
      caseSensitive: wording.length <= 6 && wording === wording.toUpperCase() && /\p{L}/u.test(wording),
    }));
}

/** Builds the matcher once per glossary (the regex has one group per wording). */
export function buildGlossaryMatcher(entries: readonly GlossaryEntry[]): GlossaryMatcher {
  const variants = entries.flatMap(variantsOf).sort((a, b) => b.wording.length - a.wording.length);
  if (variants.length === 0) return null;
  const alternatives = variants.map((v) => `(${wordingPattern(v.wording)})`).join('|');
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?:s|x)?(?![\\p{L}\\p{N}])`, 'giu');
  return { regex, variants };
}

/**
 * Cuts `text` into segments, linking the first occurrence of each term not yet in `seen` (which it updates, so one
 * set shared by the texts of a block links each term once per block). `excludeId` is never linked (a term's own page).
 */
export function linkGlossaryTerms(
  text: string,
  matcher: GlossaryMatcher,
  seen: Set<string>,
  excludeId?: string,
): TextSegment[] {
  if (!matcher || text === '') return [{ text }];
  const segments: TextSegment[] = [];
  let last = 0;
  const regex = new RegExp(matcher.regex.source, matcher.regex.flags);
  for (const match of text.matchAll(regex)) {
    const groupIndex = match.slice(1).findIndex((group) => group !== undefined);
    const variant = matcher.variants[groupIndex];
    if (!variant) continue;
    const matched = match[groupIndex + 1];
    if (variant.caseSensitive && matched !== variant.wording) continue;
    if (variant.termId === excludeId || seen.has(variant.termId)) continue;
    seen.add(variant.termId);
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ text: match[0], termId: variant.termId });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
