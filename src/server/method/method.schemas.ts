import { z } from 'zod';
import { SEARCH_HIT_KINDS } from '../../core/method/method-search.ts';

/**
 * Schemas of the method API. The method is content (content/method/*.json, validated at start-up by the schemas of
 * src/core/method/method.schemas.ts): these responses carry the same fields as those schemas, except that every
 * localized text `{ fr, en }` becomes a plain string in the requested language (`lang=fr|en`), or stays an
 * `{ fr, en }` object with `lang=all`.
 */

export const methodLangQuery = z.object({
  lang: z
    .enum(['fr', 'en', 'all'])
    .optional()
    .describe(
      'Language of the texts: `fr`, `en`, or `all` for `{ fr, en }` objects. Default: from Accept-Language (French unless English is preferred).',
    ),
});

const text = z
  .union([z.string(), z.object({ fr: z.string(), en: z.string() })])
  .describe('A localized text: a string in the requested language, or `{ fr, en }` with lang=all.');

const lang = z.enum(['fr', 'en', 'all']).describe('The language the texts are in.');

function part(name: string, fields: z.ZodRawShape, description: string) {
  return z
    .looseObject({ id: z.string(), ...fields })
    .describe(`${description} Every field of \`${name}\` (src/core/method/method.schemas.ts) is present.`);
}

const sourceRefs = z.array(z.string()).describe('Ids of the sources (see `sources`) this part draws on.');

export const introductionView = part(
  'IntroductionSectionSchema',
  { title: text, body: text.describe('Markdown.'), sources: sourceRefs },
  'A section of « qu’est-ce que le changement d’échelle ? ».',
);
export const situationView = part(
  'SituationSchema',
  {
    title: text,
    summary: text,
    description: text,
    signs: z.array(text),
    strategies: z.array(z.string()),
    sources: sourceRefs,
  },
  'A scaling situation: widen the public, widen the territory, spread an adapted model, change rules, change culture.',
);
export const strategyView = part(
  'StrategySchema',
  {
    controlLevel: z
      .number()
      .nullable()
      .describe('1 (open influence, least control kept by the carrier) … 6 (merger); null for cooperation.'),
    transversal: z.boolean(),
    title: text,
    summary: text,
    whenItFits: text,
    costs: text,
    demandsOnCarrier: text,
    risks: z.array(z.object({ vigilanceId: z.string(), text })),
    sources: sourceRefs,
  },
  'A scaling strategy. Lists are sorted by control level, cooperation (transversal) last.',
);
export const initiativeView = part(
  'InitiativeSchema',
  { title: text, summary: text, sources: sourceRefs },
  'Who initiates: push, pull or spontaneous.',
);
export const vigilanceView = part(
  'VigilancePointSchema',
  {
    title: text,
    category: z.enum(['prerequisite', 'brake', 'difficulty', 'condition']),
    explanation: text,
    actions: z.array(text),
    signs: z.array(text),
    sources: sourceRefs,
  },
  'A point of vigilance.',
);
export const methodPointView = part(
  'MethodPointSchema',
  { title: text, summary: text, body: text, vigilance: z.array(z.string()), sources: sourceRefs },
  'A key method point.',
);
export const glossaryView = part(
  'GlossaryTermSchema',
  { term: text, definition: text, seeAlso: z.array(z.string()), sources: sourceRefs },
  'A glossary term (sorted by French term).',
);
export const sourceView = part(
  'SourceSchema',
  {
    label: z.string(),
    authors: z.string(),
    year: z.number().nullable(),
    url: z.string().nullable(),
    description: text,
  },
  'A framework or publication the method draws on.',
);
export const caseView = part(
  'CaseSummarySchema',
  {
    name: z.string(),
    carrier: text,
    summary: text,
    situations: z.array(z.string()),
    strategies: z.array(z.string()),
    sources: sourceRefs,
  },
  'A reference case (Centrales Villageoises, Terres de Sources, Bricobus).',
);

export const methodIndexView = z.object({
  lang,
  introduction: z.array(introductionView),
  situations: z.array(situationView),
  strategies: z.array(strategyView),
  initiatives: z.array(initiativeView),
  vigilance: z.array(vigilanceView),
  methodPoints: z.array(methodPointView),
  glossary: z.array(glossaryView),
  sources: z.array(sourceView),
  cases: z.array(caseView),
});

export const methodKind = z.enum(SEARCH_HIT_KINDS);

export const methodItemParams = z.object({
  kind: methodKind.describe('Which part of the method.'),
  id: z
    .string()
    .min(1)
    .max(200)
    .describe(
      'The id of the part; for glossary terms, the term itself also works (« essaimage », "Spreading").',
    ),
});

export const methodItemView = z.object({
  kind: methodKind,
  id: z.string(),
  lang,
  item: z
    .looseObject({ id: z.string() })
    .describe('The part, with the fields of its kind (see the index for each kind).'),
  sources: z.array(sourceView).describe('The sources this part cites, in full.'),
  related: z
    .array(z.object({ kind: methodKind, id: z.string(), title: text }))
    .describe(
      'Parts this one refers to or that refer to it (strategies of a situation, vigilance points of a strategy…).',
    ),
});

export const methodSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .max(200, 'Recherche trop longue (200 caractères au plus).|Search too long (200 characters at most).')
    .describe('Words to find; case and accents do not matter. Under 2 characters finds nothing.'),
  lang: z.enum(['fr', 'en']).optional().describe('Language to search in; default from Accept-Language.'),
});

export const methodSearchView = z.object({
  query: z.string(),
  lang: z.enum(['fr', 'en']),
  hits: z
    .array(
      z.object({
        kind: methodKind,
        id: z.string(),
        title: z.string(),
        excerpt: z.string().describe('A short passage around the first match, without Markdown.'),
      }),
    )
    .describe('Parts whose title matches first, then the others.'),
});
