import {
  EXPECTED_CONTROL_LEVELS,
  LANGS,
  MethodContentSchema,
  REQUIRED_VIGILANCE_IDS,
} from './method.schemas.ts';
import type { GlossaryTerm, Lang, LocalizedText, MethodContent, Strategy } from './method.schemas.ts';

/** Thrown when method content is malformed or refers to something that does not exist. */
export class MethodContentError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid method content:\n- ${problems.join('\n- ')}`);
    this.name = 'MethodContentError';
    this.problems = problems;
  }
}

/**
 * Parses raw method content (the JSON files gathered into one object) and checks what a schema cannot: unique
 * ids, cross-references, the exact control levels and the required points of vigilance.
 * @throws MethodContentError listing every problem found.
 */
export function validateMethodContent(raw: unknown): MethodContent {
  const parsed = MethodContentSchema.safeParse(raw);
  if (!parsed.success) {
    throw new MethodContentError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const problems = listMethodContentProblems(parsed.data);
  if (problems.length > 0) throw new MethodContentError(problems);
  return parsed.data;
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/** Everything wrong with schema-valid content, as readable sentences; empty when the content is coherent. */
export function listMethodContentProblems(content: MethodContent): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(content) as (keyof MethodContent)[]) {
    for (const id of duplicates(content[key].map((item) => item.id)))
      problems.push(`${key}: duplicate id "${id}"`);
  }
  const glossaryIds = new Set(content.glossary.map((g) => g.id));
  for (const id of duplicates(content.glossary.map((g) => g.term.fr.toLocaleLowerCase('fr')))) {
    problems.push(`glossary: duplicate French term "${id}"`);
  }

  const sourceIds = new Set(content.sources.map((s) => s.id));
  const vigilanceIds = new Set(content.vigilance.map((v) => v.id));
  const strategyIds = new Set(content.strategies.map((s) => s.id));
  const situationIds = new Set(content.situations.map((s) => s.id));
  const caseIds = new Set(content.cases.map((c) => c.id));

  const check = (where: string, kind: string, ids: readonly string[], known: ReadonlySet<string>) => {
    for (const id of ids) if (!known.has(id)) problems.push(`${where}: unknown ${kind} "${id}"`);
  };
  const cited = new Set<string>();
  const checkSources = (where: string, ids: readonly string[]) => {
    check(where, 'source', ids, sourceIds);
    for (const id of ids) cited.add(id);
  };
  const checkExample = (where: string, caseId: string | null) => {
    if (caseId !== null) check(where, 'case', [caseId], caseIds);
  };

  for (const s of content.introduction) checkSources(`introduction.${s.id}`, s.sources);
  for (const s of content.situations) {
    const where = `situations.${s.id}`;
    checkSources(where, s.sources);
    check(where, 'strategy', s.strategies, strategyIds);
    checkExample(where, s.example.caseId);
  }
  for (const s of content.strategies) {
    const where = `strategies.${s.id}`;
    checkSources(where, s.sources);
    check(
      where,
      'vigilance point',
      s.risks.map((r) => r.vigilanceId),
      vigilanceIds,
    );
    checkExample(where, s.example.caseId);
    const expected = s.id === 'cooperation' ? null : EXPECTED_CONTROL_LEVELS[s.id];
    if (s.controlLevel !== expected) problems.push(`${where}: control level should be ${String(expected)}`);
  }
  for (const i of content.initiatives) {
    const where = `initiatives.${i.id}`;
    checkSources(where, i.sources);
    check(where, 'vigilance point', i.vigilance, vigilanceIds);
    checkExample(where, i.example.caseId);
  }
  for (const v of content.vigilance) checkSources(`vigilance.${v.id}`, v.sources);
  for (const id of REQUIRED_VIGILANCE_IDS) {
    if (!vigilanceIds.has(id)) problems.push(`vigilance: required point "${id}" is missing`);
  }
  for (const m of content.methodPoints) {
    checkSources(`methodPoints.${m.id}`, m.sources);
    check(`methodPoints.${m.id}`, 'vigilance point', m.vigilance, vigilanceIds);
  }
  for (const g of content.glossary) {
    checkSources(`glossary.${g.id}`, g.sources);
    check(`glossary.${g.id}`, 'glossary term', g.seeAlso, glossaryIds);
    if (g.seeAlso.includes(g.id)) problems.push(`glossary.${g.id}: refers to itself`);
  }
  for (const c of content.cases) {
    const where = `cases.${c.id}`;
    checkSources(where, c.sources);
    check(where, 'situation', c.situations, situationIds);
    check(where, 'strategy', c.strategies, strategyIds);
    const withUrl = c.sources.filter((id) => content.sources.find((s) => s.id === id)?.url);
    if (withUrl.length === 0) problems.push(`${where}: cites no source with a public address`);
  }
  // A reference case used as an example must say, on its own page, that it illustrates that situation or strategy.
  for (const [kind, items] of [
    ['situations', content.situations],
    ['strategies', content.strategies],
  ] as const) {
    for (const item of items) {
      const illustration = content.cases.find((c) => c.id === item.example.caseId);
      const listed: readonly string[] | undefined =
        kind === 'situations' ? illustration?.situations : illustration?.strategies;
      if (illustration && !listed?.includes(item.id)) {
        problems.push(`${kind}.${item.id}: its example case "${illustration.id}" does not list it`);
      }
    }
  }
  for (const s of content.sources) if (!cited.has(s.id)) problems.push(`sources.${s.id}: never cited`);
  return problems;
}

/** Every localised text of the content with a readable path, for checks that apply to all copy. */
export function collectLocalizedTexts(content: MethodContent): { path: string; text: LocalizedText }[] {
  const out: { path: string; text: LocalizedText }[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${String(i)}]`));
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      if (keys.length === 2 && typeof record.fr === 'string' && typeof record.en === 'string') {
        out.push({ path, text: { fr: record.fr, en: record.en } });
        return;
      }
      const id = typeof record.id === 'string' ? record.id : undefined;
      for (const k of keys) visit(record[k], id && path ? `${path}(${id}).${k}` : path ? `${path}.${k}` : k);
    }
  };
  visit(content, '');
  return out;
}

/**
 * French typography problems in one text: straight apostrophes and quotes, and missing non-breaking spaces
 * before ; : ! ? » and after «, and in numbers (2 600, 70 %). Colons in web addresses ("https://") are ignored.
 */
export function findFrenchTypographyIssues(text: string): string[] {
  const issues: string[] = [];
  const withoutUrls = text.replace(/\bhttps?:\/\/\S+/g, 'URL');
  const at = (i: number) => `« …${withoutUrls.slice(Math.max(0, i - 20), i + 20)}… »`;
  const rules: { re: RegExp; message: string }[] = [
    { re: /'/g, message: 'straight apostrophe (use ’)' },
    { re: /"/g, message: 'straight quote (use « »)' },
    { re: / [;:!?»]/g, message: `ordinary space before punctuation (use U+00A0)` },
    // "?!" and "!?" are one mark: only the first of a run needs the space.
    { re: /[^\s\u00a0\u202f;!?][;!?»]/g, message: 'missing non-breaking space before punctuation' },
    { re: /[^\s\u00a0\u202f\d]:/g, message: 'missing non-breaking space before a colon' },
    { re: /«(?!\u00a0)/g, message: 'missing non-breaking space after «' },
    { re: /\d (?:\d{3}\b|[%€])/g, message: 'ordinary space inside a number or before % or € (use U+00A0)' },
  ];
  for (const { re, message } of rules) {
    for (const m of withoutUrls.matchAll(re)) issues.push(`${message} at ${at(m.index)}`);
  }
  return issues;
}

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

/**
 * Strategies ordered from the weakest control of the original carrier (open influence) to the strongest (merger).
 * Transversal strategies (cooperation) have no place on that axis: they are left out unless asked for, and then
 * come last.
 */
export function strategiesByControl(
  strategies: readonly Strategy[],
  options: { includeTransversal?: boolean } = {},
): Strategy[] {
  const graded = strategies
    .filter((s) => s.controlLevel !== null)
    .sort((a, b) => (a.controlLevel ?? 0) - (b.controlLevel ?? 0) || a.id.localeCompare(b.id));
  return options.includeTransversal
    ? [...graded, ...strategies.filter((s) => s.controlLevel === null)]
    : graded;
}

/**
 * A glossary term by id, or by its wording in either language (case- and accent-insensitive), so that a page can
 * link "Essaimage" or "essaimage" to the same entry.
 */
export function findGlossaryTerm(content: MethodContent, idOrTerm: string): GlossaryTerm | undefined {
  const byId = content.glossary.find((g) => g.id === idOrTerm);
  if (byId) return byId;
  const wanted = foldForSearch(idOrTerm);
  if (wanted === '') return undefined;
  return content.glossary.find((g) => LANGS.some((lang) => foldForSearch(g.term[lang]) === wanted));
}
