import type { Lang, LocalizedText, MethodContent } from './method.schemas.ts';

/** Searching the method's titles and texts in one language, insensitive to case, accents and typographic marks. */

/** Lower case, no accents, typographic apostrophes and spaces folded, so that "Énergie" matches "energie". */
function foldChar(c: string): string {
  return c
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fr')
    .replace(/[’‘ʼ]/g, "'")
    .replace(/[\u00a0\u202f\s]/g, ' ')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/** Folded text plus, for each folded character, the index of the original character it came from. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const c of text) {
    const f = foldChar(c);
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(i);
    i += c.length;
  }
  return { folded, origin };
}

/** Folds a whole string the way searchMethod compares text (exported for tests and other search boxes). */
export function foldForSearch(text: string): string {
  return fold(text).folded.replace(/ +/g, ' ').trim();
}

export const SEARCH_HIT_KINDS = [
  'glossary',
  'situation',
  'strategy',
  'initiative',
  'vigilance',
  'method-point',
  'introduction',
  'case',
  'source',
] as const;
export type MethodSearchHitKind = (typeof SEARCH_HIT_KINDS)[number];

export interface MethodSearchHit {
  kind: MethodSearchHitKind;
  id: string;
  title: string;
  /** A short passage around the first match, without Markdown marks. */
  excerpt: string;
}

interface Searchable {
  kind: MethodSearchHitKind;
  id: string;
  title: string;
  bodies: string[];
}

function texts(lang: Lang, ...values: (LocalizedText | readonly LocalizedText[])[]): string[] {
  return values.flatMap((v) =>
    Array.isArray(v) ? v.map((t: LocalizedText) => t[lang]) : [(v as LocalizedText)[lang]],
  );
}

function searchables(content: MethodContent, lang: Lang): Searchable[] {
  return [
    ...content.glossary.map((g) => ({
      kind: 'glossary' as const,
      id: g.id,
      title: g.term[lang],
      bodies: texts(lang, g.definition),
    })),
    ...content.situations.map((s) => ({
      kind: 'situation' as const,
      id: s.id,
      title: s.title[lang],
      bodies: texts(lang, s.summary, s.description, s.signs, s.example.text),
    })),
    ...content.strategies.map((s) => ({
      kind: 'strategy' as const,
      id: s.id,
      title: s.title[lang],
      bodies: texts(
        lang,
        s.summary,
        s.description,
        s.whenItFits,
        s.costs,
        s.demandsOnCarrier,
        s.risks.map((r) => r.text),
        s.example.text,
      ),
    })),
    ...content.initiatives.map((i) => ({
      kind: 'initiative' as const,
      id: i.id,
      title: i.title[lang],
      bodies: texts(lang, i.summary, i.description, i.tips, i.example.text),
    })),
    ...content.vigilance.map((v) => ({
      kind: 'vigilance' as const,
      id: v.id,
      title: v.title[lang],
      bodies: texts(lang, v.explanation, v.actions, v.signs),
    })),
    ...content.methodPoints.map((m) => ({
      kind: 'method-point' as const,
      id: m.id,
      title: m.title[lang],
      bodies: texts(lang, m.summary, m.body),
    })),
    ...content.introduction.map((s) => ({
      kind: 'introduction' as const,
      id: s.id,
      title: s.title[lang],
      bodies: texts(lang, s.body),
    })),
    ...content.cases.map((c) => ({
      kind: 'case' as const,
      id: c.id,
      title: c.name,
      bodies: texts(
        lang,
        c.summary,
        c.facts.map((f) => f.text),
        c.illustrates,
        c.lessons,
      ),
    })),
    ...content.sources.map((s) => ({
      kind: 'source' as const,
      id: s.id,
      title: s.label,
      bodies: [s.authors, s.description[lang]],
    })),
  ];
}

const EXCERPT_RADIUS = 60;

function cleanMarkdown(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function excerptAround(text: string, start: number, end: number): string {
  let from = Math.max(0, start - EXCERPT_RADIUS);
  let to = Math.min(text.length, end + EXCERPT_RADIUS);
  // Cut at word boundaries rather than in the middle of a word.
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space >= end) to = space;
  }
  return `${from > 0 ? '…' : ''}${cleanMarkdown(text.slice(from, to))}${to < text.length ? '…' : ''}`;
}

/** The opening of a text, for hits found in a title only. */
function leadExcerpt(text: string): string {
  return excerptAround(text, 0, 2 * EXCERPT_RADIUS);
}

/**
 * Case- and accent-insensitive substring search over titles and texts of the method in one language. Hits whose
 * title matches come first, then the others, each group in the order of SEARCH_HIT_KINDS. A query shorter than
 * two characters finds nothing.
 */
export function searchMethod(content: MethodContent, query: string, lang: Lang): MethodSearchHit[] {
  const needle = foldForSearch(query);
  if (needle.length < 2) return [];
  const titleHits: MethodSearchHit[] = [];
  const bodyHits: MethodSearchHit[] = [];
  for (const item of searchables(content, lang)) {
    const inTitle = fold(item.title).folded.replace(/ +/g, ' ').includes(needle);
    let excerpt: string | undefined;
    for (const body of item.bodies) {
      const { folded, origin } = fold(body);
      const at = folded.indexOf(needle);
      if (at >= 0) {
        excerpt = excerptAround(body, origin[at], origin[at + needle.length - 1] + 1);
        break;
      }
      // Bodies may wrap a phrase over several spaces: try again with runs of spaces collapsed.
      if (/ {2,}/.test(folded) && folded.replace(/ +/g, ' ').includes(needle)) {
        excerpt = leadExcerpt(body);
        break;
      }
    }
    if (inTitle) {
      titleHits.push({
        kind: item.kind,
        id: item.id,
        title: item.title,
        excerpt: excerpt ?? leadExcerpt(item.bodies[0] ?? ''),
      });
    } else if (excerpt !== undefined) {
      bodyHits.push({ kind: item.kind, id: item.id, title: item.title, excerpt });
    }
  }
  return [...titleHits, ...bodyHits];
}
