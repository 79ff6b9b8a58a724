import { SEARCH_HIT_KINDS, searchMethod } from '../../core/method/method-search.ts';
import { findGlossaryTerm, strategiesByControl } from '../../core/method/method-lookups.ts';
import type { MethodSearchHit, MethodSearchHitKind } from '../../core/method/method-search.ts';
import type { Lang, LocalizedText, MethodContent } from '../../core/method/method.schemas.ts';
import { NotFoundError, msg } from '../errors.ts';

/** `fr` or `en` gives every text as a plain string in that language; `all` keeps `{ fr, en }` objects. */
export type MethodLang = Lang | 'all';

function isLocalized(value: object): value is LocalizedText {
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as Record<string, unknown>).fr === 'string' &&
    typeof (value as Record<string, unknown>).en === 'string'
  );
}

/** The type of content once its localized texts may have become strings. */
export type Resolved<T> = T extends LocalizedText
  ? string | LocalizedText
  : T extends readonly (infer U)[]
    ? Resolved<U>[]
    : T extends object
      ? { [K in keyof T]: Resolved<T[K]> }
      : T;

/** Replaces every `{ fr, en }` object found in `value` by the text of `lang` (deep; other values are kept as they are). */
export function resolveLocalized<T>(value: T, lang: MethodLang): Resolved<T> {
  if (lang === 'all') return value as Resolved<T>;
  const visit = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(visit);
    if (v !== null && typeof v === 'object') {
      if (isLocalized(v)) return v[lang];
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, visit(x)]));
    }
    return v;
  };
  return visit(value) as Resolved<T>;
}

/** The kinds of method parts, named as the core search helper names them. */
export const METHOD_KINDS = SEARCH_HIT_KINDS;
export type MethodKind = MethodSearchHitKind;

interface Item {
  id: string;
  sources?: string[];
}

function itemsOf(content: MethodContent, kind: MethodKind): readonly Item[] {
  switch (kind) {
    case 'introduction':
      return content.introduction;
    case 'situation':
      return content.situations;
    case 'strategy':
      return strategiesByControl(content.strategies, { includeTransversal: true });
    case 'initiative':
      return content.initiatives;
    case 'vigilance':
      return content.vigilance;
    case 'method-point':
      return content.methodPoints;
    case 'glossary':
      return content.glossary;
    case 'case':
      return content.cases;
    case 'source':
      return content.sources;
  }
}

export interface RelatedLink {
  kind: MethodKind;
  id: string;
  title: LocalizedText | string;
}

/** What a page of the method links to: the parts it refers to, and the parts that refer to it. */
function relatedOf(content: MethodContent, kind: MethodKind, id: string): RelatedLink[] {
  const titleOf = (k: MethodKind, ref: string): LocalizedText | string | undefined => {
    switch (k) {
      case 'situation':
        return content.situations.find((s) => s.id === ref)?.title;
      case 'strategy':
        return content.strategies.find((s) => s.id === ref)?.title;
      case 'vigilance':
        return content.vigilance.find((v) => v.id === ref)?.title;
      case 'glossary':
        return content.glossary.find((g) => g.id === ref)?.term;
      case 'case':
        return content.cases.find((c) => c.id === ref)?.name;
      case 'method-point':
        return content.methodPoints.find((m) => m.id === ref)?.title;
      case 'initiative':
        return content.initiatives.find((i) => i.id === ref)?.title;
      default:
        return undefined;
    }
  };
  const refs: [MethodKind, string][] = [];
  const add = (k: MethodKind, ids: readonly string[]) => ids.forEach((ref) => refs.push([k, ref]));
  switch (kind) {
    case 'situation': {
      const s = content.situations.find((x) => x.id === id);
      if (s) add('strategy', s.strategies);
      if (s?.example.caseId) add('case', [s.example.caseId]);
      add(
        'case',
        content.cases.filter((c) => c.situations.some((x) => x === id)).map((c) => c.id),
      );
      break;
    }
    case 'strategy': {
      const s = content.strategies.find((x) => x.id === id);
      if (s)
        add(
          'vigilance',
          s.risks.map((r) => r.vigilanceId),
        );
      if (s?.example.caseId) add('case', [s.example.caseId]);
      add(
        'situation',
        content.situations.filter((x) => x.strategies.some((y) => y === id)).map((x) => x.id),
      );
      break;
    }
    case 'initiative': {
      const i = content.initiatives.find((x) => x.id === id);
      if (i) add('vigilance', i.vigilance);
      break;
    }
    case 'vigilance':
      add(
        'method-point',
        content.methodPoints.filter((m) => m.vigilance.includes(id)).map((m) => m.id),
      );
      add(
        'strategy',
        content.strategies.filter((s) => s.risks.some((r) => r.vigilanceId === id)).map((s) => s.id),
      );
      break;
    case 'method-point':
      add('vigilance', content.methodPoints.find((m) => m.id === id)?.vigilance ?? []);
      break;
    case 'glossary':
      add('glossary', content.glossary.find((g) => g.id === id)?.seeAlso ?? []);
      break;
    case 'case': {
      const c = content.cases.find((x) => x.id === id);
      if (c) {
        add('situation', c.situations);
        add('strategy', c.strategies);
      }
      break;
    }
    case 'introduction':
    case 'source':
      break;
  }
  const seen = new Set<string>();
  return refs.flatMap(([k, ref]) => {
    const key = `${k}:${ref}`;
    const title = titleOf(k, ref);
    if (seen.has(key) || title === undefined) return [];
    seen.add(key);
    return [{ kind: k, id: ref, title }];
  });
}

/** The whole method in one language (or both): what the method pages and the glossary links need. */
export function methodIndex(content: MethodContent, lang: MethodLang) {
  return {
    lang,
    introduction: resolveLocalized(content.introduction, lang),
    situations: resolveLocalized(content.situations, lang),
    strategies: resolveLocalized(strategiesByControl(content.strategies, { includeTransversal: true }), lang),
    initiatives: resolveLocalized(content.initiatives, lang),
    vigilance: resolveLocalized(content.vigilance, lang),
    methodPoints: resolveLocalized(content.methodPoints, lang),
    glossary: resolveLocalized(
      [...content.glossary].sort((a, b) => a.term.fr.localeCompare(b.term.fr, 'fr')),
      lang,
    ),
    sources: resolveLocalized(content.sources, lang),
    cases: resolveLocalized(content.cases, lang),
  };
}

/** One part of the method, with the sources it cites and the parts it links to. Glossary terms are also found by wording. */
export function methodItem(content: MethodContent, kind: MethodKind, idOrTerm: string, lang: MethodLang) {
  const items = itemsOf(content, kind);
  let item = items.find((i) => i.id === idOrTerm);
  if (!item && kind === 'glossary') item = findGlossaryTerm(content, idOrTerm);
  if (!item) {
    throw new NotFoundError(
      msg('Cette partie de la méthode n’existe pas.', 'This part of the method does not exist.'),
    );
  }
  const sourceIds = kind === 'source' ? [] : (item.sources ?? []);
  return {
    kind,
    id: item.id,
    lang,
    item: resolveLocalized(item, lang),
    sources: resolveLocalized(
      sourceIds.flatMap((id) => content.sources.filter((s) => s.id === id)),
      lang,
    ),
    related: resolveLocalized(relatedOf(content, kind, item.id), lang),
  };
}

export function searchMethodContent(
  content: MethodContent,
  query: string,
  lang: Lang,
): { query: string; lang: Lang; hits: MethodSearchHit[] } {
  return { query, lang, hits: searchMethod(content, query, lang) };
}
