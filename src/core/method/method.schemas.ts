import { z } from 'zod';

/**
 * Schemas of the method content (content/method/*.json): what scaling is, its situations, strategies, points of
 * vigilance, key method points, glossary, reference cases and the frameworks they draw on. Every piece of text
 * exists in French and English, and every part names the sources it draws on, so users can tell our synthesis
 * from the frameworks themselves.
 */

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const IdSchema = z
  .string()
  .regex(KEBAB_CASE, 'ids are kebab-case: lower case letters, digits and hyphens');
export type Id = z.infer<typeof IdSchema>;

const nonBlank = z.string().trim().min(1);

export const LocalizedTextSchema = z.strictObject({ fr: nonBlank, en: nonBlank });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export type Lang = keyof LocalizedText;
export const LANGS: readonly Lang[] = ['fr', 'en'];

/** References to `sources.json`; every part of the method must cite at least one framework. */
const SourceRefsSchema = z.array(IdSchema).min(1);

export const SourceSchema = z.strictObject({
  id: IdSchema,
  /** Title of the work in its original language. */
  label: nonBlank,
  authors: nonBlank,
  /** Year of the edition we rely on; null when it could not be checked. */
  year: z.number().int().min(1900).max(2100).nullable(),
  /** Public address; null when none was verified (the description then says where to find the work). */
  url: z.url({ protocol: /^https$/ }).nullable(),
  description: LocalizedTextSchema,
});
export type Source = z.infer<typeof SourceSchema>;

export const IntroductionSectionSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  /** Markdown. */
  body: LocalizedTextSchema,
  sources: SourceRefsSchema,
});
export type IntroductionSection = z.infer<typeof IntroductionSectionSchema>;

export const CASE_IDS = ['centrales-villageoises', 'terres-de-sources', 'bricobus'] as const;
export const CaseIdSchema = z.enum(CASE_IDS);
export type CaseId = z.infer<typeof CaseIdSchema>;

export const SITUATION_IDS = [
  'widen-public',
  'widen-territory',
  'spread-adapted',
  'change-rules',
  'change-culture',
] as const;
export const SituationIdSchema = z.enum(SITUATION_IDS);
export type SituationId = z.infer<typeof SituationIdSchema>;

export const STRATEGY_IDS = [
  'influence',
  'label',
  'essaimage-souple',
  'franchise',
  'duplication',
  'merger',
  'cooperation',
] as const;
export const StrategyIdSchema = z.enum(STRATEGY_IDS);
export type StrategyId = z.infer<typeof StrategyIdSchema>;

/** Control levels that the content must pin exactly: the diagnostics rely on this order. */
export const EXPECTED_CONTROL_LEVELS: Readonly<Record<Exclude<StrategyId, 'cooperation'>, number>> = {
  influence: 1,
  label: 2,
  'essaimage-souple': 3,
  franchise: 4,
  duplication: 5,
  merger: 6,
};

export const INITIATIVE_IDS = ['push', 'pull', 'spontaneous'] as const;
export const InitiativeIdSchema = z.enum(INITIATIVE_IDS);
export type InitiativeId = z.infer<typeof InitiativeIdSchema>;

export const REQUIRED_VIGILANCE_IDS = [
  'unsustainable-pilot-resources',
  'growth-for-growth',
  'copy-unchanged',
  'loss-of-soul',
  'loss-of-control',
  'single-funder',
  'volunteer-fatigue',
  'legal-blockers',
  'slow-uptake',
  'pilot-weakened',
  'weak-evidence',
  'uncodified-model',
  'no-local-carrier',
  'political-dependency',
  'no-monitoring',
  'exclusion',
] as const;

/** Préalables, freins, difficultés, conditions: the four kinds of "points d'attention" of the training programme. */
export const VIGILANCE_CATEGORIES = ['prerequisite', 'brake', 'difficulty', 'condition'] as const;
export const VigilanceCategorySchema = z.enum(VIGILANCE_CATEGORIES);
export type VigilanceCategory = z.infer<typeof VigilanceCategorySchema>;

/** An illustration: one of the reference cases, or an invented example that says so. */
export const ExampleSchema = z
  .strictObject({
    caseId: CaseIdSchema.nullable(),
    fictional: z.boolean(),
    text: LocalizedTextSchema,
  })
  .refine((e) => (e.caseId === null) === e.fictional, {
    message: 'an example either names a reference case or is marked fictional, not both',
  });
export type Example = z.infer<typeof ExampleSchema>;

export const SituationSchema = z.strictObject({
  id: SituationIdSchema,
  title: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  /** Markdown. */
  description: LocalizedTextSchema,
  /** Signs that this is your situation. */
  signs: z.array(LocalizedTextSchema).min(2),
  /** Typical strategies, most usual first. */
  strategies: z.array(StrategyIdSchema).min(1),
  example: ExampleSchema,
  sources: SourceRefsSchema,
});
export type Situation = z.infer<typeof SituationSchema>;

export const StrategyRiskSchema = z.strictObject({
  vigilanceId: IdSchema,
  text: LocalizedTextSchema,
});
export type StrategyRisk = z.infer<typeof StrategyRiskSchema>;

export const StrategySchema = z
  .strictObject({
    id: StrategyIdSchema,
    /** 1 = the originator controls least (open influence) … 6 = most (merger); null for transversal strategies. */
    controlLevel: z.number().int().min(1).max(6).nullable(),
    /** True for cooperation, which can be combined with any level of control. */
    transversal: z.boolean(),
    title: LocalizedTextSchema,
    summary: LocalizedTextSchema,
    /** Markdown. */
    description: LocalizedTextSchema,
    whenItFits: LocalizedTextSchema,
    costs: LocalizedTextSchema,
    demandsOnCarrier: LocalizedTextSchema,
    risks: z.array(StrategyRiskSchema).min(1),
    example: ExampleSchema,
    sources: SourceRefsSchema,
  })
  .refine((s) => s.transversal === (s.controlLevel === null), {
    message: 'a strategy has a control level unless it is transversal',
    path: ['controlLevel'],
  });
export type Strategy = z.infer<typeof StrategySchema>;

export const InitiativeSchema = z.strictObject({
  id: InitiativeIdSchema,
  title: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  /** Markdown. */
  description: LocalizedTextSchema,
  /** What it asks of each side. */
  tips: z.array(LocalizedTextSchema).min(1),
  vigilance: z.array(IdSchema),
  example: ExampleSchema,
  sources: SourceRefsSchema,
});
export type Initiative = z.infer<typeof InitiativeSchema>;

export const VigilancePointSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  category: VigilanceCategorySchema,
  explanation: LocalizedTextSchema,
  /** What to do. */
  actions: z.array(LocalizedTextSchema).min(1),
  /** Warning signs. */
  signs: z.array(LocalizedTextSchema).min(1),
  sources: SourceRefsSchema,
});
export type VigilancePoint = z.infer<typeof VigilancePointSchema>;

export const MethodPointSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  /** Markdown. */
  body: LocalizedTextSchema,
  /** Points of vigilance this method point answers. */
  vigilance: z.array(IdSchema),
  sources: SourceRefsSchema,
});
export type MethodPoint = z.infer<typeof MethodPointSchema>;

export const GlossaryTermSchema = z.strictObject({
  id: IdSchema,
  term: LocalizedTextSchema,
  definition: LocalizedTextSchema,
  seeAlso: z.array(IdSchema),
  sources: SourceRefsSchema,
});
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;

export const CaseFactSchema = z.strictObject({
  text: LocalizedTextSchema,
  /** False when the sources disagree or could not be checked: the interface shows it as approximate. */
  certain: z.boolean(),
});
export type CaseFact = z.infer<typeof CaseFactSchema>;

export const CaseSummarySchema = z.strictObject({
  id: CaseIdSchema,
  name: nonBlank,
  carrier: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  facts: z.array(CaseFactSchema).min(3),
  situations: z.array(SituationIdSchema).min(1),
  strategies: z.array(StrategyIdSchema).min(1),
  /** Markdown: why this case illustrates those situations and strategies. */
  illustrates: LocalizedTextSchema,
  lessons: z.array(LocalizedTextSchema).min(2),
  sources: SourceRefsSchema,
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

/** The whole method, one array per file of content/method. */
export const MethodContentSchema = z.strictObject({
  sources: z.array(SourceSchema).min(1),
  introduction: z.array(IntroductionSectionSchema).min(1),
  situations: z.array(SituationSchema).length(SITUATION_IDS.length),
  strategies: z.array(StrategySchema).length(STRATEGY_IDS.length),
  initiatives: z.array(InitiativeSchema).length(INITIATIVE_IDS.length),
  vigilance: z.array(VigilancePointSchema).min(REQUIRED_VIGILANCE_IDS.length),
  methodPoints: z.array(MethodPointSchema).min(1),
  glossary: z.array(GlossaryTermSchema).min(1),
  cases: z.array(CaseSummarySchema).length(CASE_IDS.length),
});
export type MethodContent = z.infer<typeof MethodContentSchema>;

/** The file of content/method that holds each part of MethodContent. */
export const METHOD_CONTENT_FILES: Readonly<Record<keyof MethodContent, string>> = {
  sources: 'sources.json',
  introduction: 'introduction.json',
  situations: 'situations.json',
  strategies: 'strategies.json',
  initiatives: 'initiative.json',
  vigilance: 'vigilance.json',
  methodPoints: 'method-points.json',
  glossary: 'glossary.json',
  cases: 'cases.json',
};
