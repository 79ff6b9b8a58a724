import { z } from 'zod';

/**
 * Schemas of a diagnostic instrument (content/instruments/*.json): its dimensions, its questions and the rules that
 * turn answers into a result. Rules are data, so the scoring engine stays generic and a new version of an instrument
 * can change its rules without changing the result of a diagnostic answered against an older version.
 */

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Question, option and rule ids may be namespaced with dots: `evidence.results`, `verdict.too-many-gaps`. */
const DOTTED_ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

const KebabIdSchema = z.string().regex(KEBAB_CASE, 'ids are kebab-case');
const DottedIdSchema = z.string().regex(DOTTED_ID, 'ids are kebab-case, optionally namespaced with dots');

const nonBlank = z.string().trim().min(1);
export const LocalizedTextSchema = z.strictObject({ fr: nonBlank, en: nonBlank });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const SOURCE_IDS = [
  'isat',
  'expandnet-nine-steps',
  'expandnet-end-in-mind',
  'msi',
  'spring-impact',
  'scalers',
  'nesta',
  'avise',
  'essec',
  'cget',
  'issaq',
  'scaler',
  'moore-riddell',
  'ronalpia',
  'ansa',
] as const;
export const SourceIdSchema = z.enum(SOURCE_IDS);
export type SourceId = z.infer<typeof SourceIdSchema>;

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

export const VIGILANCE_IDS = [
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
export const VigilanceIdSchema = z.enum(VIGILANCE_IDS);
export type VigilanceId = z.infer<typeof VigilanceIdSchema>;

/** Plain-language verdicts, from the least to the most ready. */
export const VERDICT_IDS = ['not-yet', 'prepare-first', 'ready', 'needed-now'] as const;
export const VerdictIdSchema = z.enum(VERDICT_IDS);
export type VerdictId = z.infer<typeof VerdictIdSchema>;

/** Level of a dimension; `unknown` when none of its scored questions has a known answer. */
export const DIMENSION_LEVELS = ['unknown', 'weak', 'fragile', 'solid', 'strong'] as const;
export const DimensionLevelSchema = z.enum(DIMENSION_LEVELS);
export type DimensionLevel = z.infer<typeof DimensionLevelSchema>;

/** Choice ids of a yes / no / partly question, and their default scores. */
export const YES_NO_CHOICES = ['yes', 'partly', 'no'] as const;
export type YesNoChoice = (typeof YES_NO_CHOICES)[number];
export const DEFAULT_YES_NO_SCORES: Readonly<Record<YesNoChoice, number>> = { yes: 100, partly: 50, no: 0 };

const ScoreSchema = z.number().min(0).max(100);

const questionBase = {
  id: DottedIdSchema,
  text: LocalizedTextSchema,
  help: LocalizedTextSchema,
  /** Frameworks the question draws on, shown to the user. */
  sources: z.array(SourceIdSchema).min(1),
  /** Scaling situations the question matters most for (the UI may highlight it). */
  situations: z.array(SituationIdSchema).optional(),
  /** Weight in its dimension's score; 1 when absent, 0 to keep a choice question out of the score. */
  weight: z.number().min(0).max(10).optional(),
  /** An optional question that is left out is not a gap (an explicit « je ne sais pas » still is). */
  optional: z.boolean().optional(),
};

export const ScaleLevelSchema = z.strictObject({
  id: KebabIdSchema,
  label: LocalizedTextSchema,
  score: ScoreSchema,
});
export type ScaleLevel = z.infer<typeof ScaleLevelSchema>;

export const ChoiceOptionSchema = z.strictObject({
  id: KebabIdSchema,
  label: LocalizedTextSchema,
  /** Either every option of a question has a score (the question is scored) or none has. */
  score: ScoreSchema.optional(),
  /** Free tags that rules can test with `{ "tag": ... }`. */
  tags: z.array(DottedIdSchema).optional(),
  /** Multiple choice only: this option cannot be combined with others (« aucun »). */
  exclusive: z.boolean().optional(),
});
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

export const ScaleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('scale'),
  /** Labelled levels, from the weakest to the strongest (scores never decrease). */
  levels: z.array(ScaleLevelSchema).min(2).max(7),
});
export const YesNoQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('yesno'),
  /** Scores of yes / partly / no; by default 100 / 50 / 0. Reverse them when « oui » is the risky answer. */
  scores: z.strictObject({ yes: ScoreSchema, partly: ScoreSchema, no: ScoreSchema }).optional(),
});
export const SingleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('single'),
  options: z.array(ChoiceOptionSchema).min(2).max(12),
});
export const MultipleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('multiple'),
  /** The question's score is the sum of the selected options' scores, capped at 100. */
  options: z.array(ChoiceOptionSchema).min(2).max(15),
});
export const TextQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('text'),
  maxLength: z.number().int().min(1).max(5000).optional(),
});

export const QuestionSchema = z.discriminatedUnion('type', [
  ScaleQuestionSchema,
  YesNoQuestionSchema,
  SingleQuestionSchema,
  MultipleQuestionSchema,
  TextQuestionSchema,
]);
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type ScaleQuestion = z.infer<typeof ScaleQuestionSchema>;
export type YesNoQuestion = z.infer<typeof YesNoQuestionSchema>;
export type SingleQuestion = z.infer<typeof SingleQuestionSchema>;
export type MultipleQuestion = z.infer<typeof MultipleQuestionSchema>;
export type TextQuestion = z.infer<typeof TextQuestionSchema>;

/** Inclusive bounds; a missing bound is open. */
export const RangeSchema = z
  .strictObject({ min: z.number().optional(), max: z.number().optional() })
  .refine((r) => r.min !== undefined || r.max !== undefined, 'a range needs min or max');
export type Range = z.infer<typeof RangeSchema>;

/**
 * A condition on the answers, evaluated by the engine. Leaves:
 * - `{ q, is: [choice ids] }`: the answer is one of these choices (multiple choice: at least one of them is selected);
 * - `{ q, unknown: true }`: the question is answered « je ne sais pas » or left out;
 * - `{ q, score: range }`: the question's score (0..100) is in the range (false when not known);
 * - `{ dimension, level: [levels] }` / `{ dimension, score: range }`: on a dimension's computed level or score;
 * - `{ overall: range }`: the weighted mean of dimension scores; `{ coverage: range }`: share (0..1) of scored
 *   questions with a known answer; `{ gapCount: range }`: number of gaps;
 * - `{ tag }`: some selected option carries this tag.
 * Combinators: `{ all: [...] }`, `{ any: [...] }`, `{ not: ... }`.
 */
export type Condition =
  | { q: string; is: string[] }
  | { q: string; unknown: true }
  | { q: string; score: Range }
  | { dimension: string; level: DimensionLevel[] }
  | { dimension: string; score: Range }
  | { overall: Range }
  | { coverage: Range }
  | { gapCount: Range }
  | { tag: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ q: DottedIdSchema, is: z.array(KebabIdSchema).min(1) }),
    z.strictObject({ q: DottedIdSchema, unknown: z.literal(true) }),
    z.strictObject({ q: DottedIdSchema, score: RangeSchema }),
    z.strictObject({ dimension: KebabIdSchema, level: z.array(DimensionLevelSchema).min(1) }),
    z.strictObject({ dimension: KebabIdSchema, score: RangeSchema }),
    z.strictObject({ overall: RangeSchema }),
    z.strictObject({ coverage: RangeSchema }),
    z.strictObject({ gapCount: RangeSchema }),
    z.strictObject({ tag: DottedIdSchema }),
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
);

/** A rule adding points to a strategy or a situation when its condition holds (points may be negative). */
export const ContributionSchema = z.strictObject({
  ruleId: DottedIdSchema,
  when: ConditionSchema,
  points: z.number().min(-100).max(100),
  explanation: LocalizedTextSchema,
});
export type Contribution = z.infer<typeof ContributionSchema>;

export const VerdictRuleSchema = z.strictObject({
  ruleId: DottedIdSchema,
  verdict: VerdictIdSchema,
  when: ConditionSchema,
  explanation: LocalizedTextSchema,
});
export type VerdictRule = z.infer<typeof VerdictRuleSchema>;

export const RulesSchema = z.strictObject({
  /** Score thresholds of dimension levels: below `fragile` is weak, and so on. */
  levels: z
    .strictObject({
      fragile: ScoreSchema,
      solid: ScoreSchema,
      strong: ScoreSchema,
      /** Below this share of known answers, a dimension cannot be rated above fragile. */
      minCoverageAboveFragile: z.number().min(0).max(1),
    })
    .refine((l) => l.fragile <= l.solid && l.solid <= l.strong, 'level thresholds must increase'),
  /** Verdict rules in order; the first that holds gives the verdict, else `defaultVerdict`. */
  verdicts: z.array(VerdictRuleSchema).min(1),
  defaultVerdict: z.strictObject({
    ruleId: DottedIdSchema,
    verdict: VerdictIdSchema,
    explanation: LocalizedTextSchema,
  }),
  verdictLabels: z.strictObject({
    'not-yet': z.strictObject({ title: LocalizedTextSchema, description: LocalizedTextSchema }),
    'prepare-first': z.strictObject({ title: LocalizedTextSchema, description: LocalizedTextSchema }),
    ready: z.strictObject({ title: LocalizedTextSchema, description: LocalizedTextSchema }),
    'needed-now': z.strictObject({ title: LocalizedTextSchema, description: LocalizedTextSchema }),
  }),
  /** Suggested when the sum of the contributions that hold reaches `threshold`. */
  situations: z.array(
    z.strictObject({
      id: SituationIdSchema,
      threshold: z.number().min(1),
      contributions: z.array(ContributionSchema).min(1),
    }),
  ),
  /** Score = base + points of the contributions that hold; ranked by score, ties in this order. */
  strategies: z
    .array(
      z.strictObject({
        id: StrategyIdSchema,
        base: z.number().min(0).max(100),
        contributions: z.array(ContributionSchema).min(1),
      }),
    )
    .min(1),
  /** Several rules may raise the same point of vigilance; its reasons are then all listed. */
  vigilance: z.array(
    z.strictObject({
      ruleId: DottedIdSchema,
      id: VigilanceIdSchema,
      when: ConditionSchema,
      explanation: LocalizedTextSchema,
    }),
  ),
  nextActions: z.array(
    z.strictObject({
      id: DottedIdSchema,
      ruleId: DottedIdSchema,
      when: ConditionSchema,
      text: LocalizedTextSchema,
      explanation: LocalizedTextSchema,
    }),
  ),
});
export type Rules = z.infer<typeof RulesSchema>;

export const DimensionSchema = z.strictObject({
  id: KebabIdSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /** Weight in the overall score; 0 keeps the dimension out of it. */
  weight: z.number().min(0).max(10),
  sources: z.array(SourceIdSchema).min(1),
  questions: z.array(QuestionSchema).min(1),
});
export type Dimension = z.infer<typeof DimensionSchema>;

export const INSTRUMENT_KINDS = ['carrier-readiness', 'replicator-fit'] as const;

const InstrumentShape = z.strictObject({
  id: KebabIdSchema,
  version: z.number().int().min(1),
  kind: z.enum(INSTRUMENT_KINDS),
  title: LocalizedTextSchema,
  intro: LocalizedTextSchema,
  estimatedMinutes: z.strictObject({ min: z.number().int().min(1), max: z.number().int().min(1) }),
  dimensions: z.array(DimensionSchema).min(1),
  rules: RulesSchema,
});

/** An instrument whose rules refer only to its own questions, options and dimensions, with unique ids. */
export const InstrumentSchema = InstrumentShape.superRefine((instrument, ctx) => {
  for (const problem of findInstrumentProblems(instrument))
    ctx.addIssue({ code: 'custom', message: problem });
});
export type Instrument = z.infer<typeof InstrumentShape>;

/** The instrument's questions in display order. */
export function listQuestions(instrument: Instrument): Question[] {
  return instrument.dimensions.flatMap((d) => d.questions);
}

/** Choice ids a question accepts (empty for free text). */
export function listChoiceIds(question: Question): string[] {
  switch (question.type) {
    case 'scale':
      return question.levels.map((l) => l.id);
    case 'yesno':
      return [...YES_NO_CHOICES];
    case 'single':
    case 'multiple':
      return question.options.map((o) => o.id);
    case 'text':
      return [];
  }
}

/** Whether a question counts in its dimension's score. */
export function isScoredQuestion(question: Question): boolean {
  if ((question.weight ?? 1) === 0) return false;
  switch (question.type) {
    case 'scale':
    case 'yesno':
      return true;
    case 'single':
    case 'multiple':
      return question.options.every((o) => o.score !== undefined);
    case 'text':
      return false;
  }
}

function collectConditions(rules: Rules): { where: string; when: Condition }[] {
  return [
    ...rules.verdicts.map((r) => ({ where: r.ruleId, when: r.when })),
    ...rules.situations.flatMap((s) => s.contributions.map((c) => ({ where: c.ruleId, when: c.when }))),
    ...rules.strategies.flatMap((s) => s.contributions.map((c) => ({ where: c.ruleId, when: c.when }))),
    ...rules.vigilance.map((r) => ({ where: r.ruleId, when: r.when })),
    ...rules.nextActions.map((r) => ({ where: r.ruleId, when: r.when })),
  ];
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/** Referential problems zod cannot see: duplicate ids, rules naming unknown questions, choices or dimensions. */
export function findInstrumentProblems(instrument: Instrument): string[] {
  const problems: string[] = [];
  const questions = listQuestions(instrument);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const dimensionIds = new Set(instrument.dimensions.map((d) => d.id));
  const tags = new Set(
    questions.flatMap((q) =>
      q.type === 'single' || q.type === 'multiple' ? q.options.flatMap((o) => o.tags ?? []) : [],
    ),
  );
  if (instrument.estimatedMinutes.min > instrument.estimatedMinutes.max)
    problems.push('estimatedMinutes: min > max');

  for (const id of duplicates(instrument.dimensions.map((d) => d.id)))
    problems.push(`duplicate dimension id ${id}`);
  for (const id of duplicates(questions.map((q) => q.id))) problems.push(`duplicate question id ${id}`);
  const rules = instrument.rules;
  const ruleIds = [...collectConditions(rules).map((c) => c.where), rules.defaultVerdict.ruleId];
  for (const id of duplicates(ruleIds)) problems.push(`duplicate rule id ${id}`);
  for (const id of duplicates(rules.strategies.map((s) => s.id))) problems.push(`duplicate strategy ${id}`);
  for (const id of duplicates(rules.situations.map((s) => s.id))) problems.push(`duplicate situation ${id}`);
  for (const id of duplicates(rules.nextActions.map((a) => a.id)))
    problems.push(`duplicate next action ${id}`);

  for (const q of questions) {
    const choices = listChoiceIds(q);
    for (const id of duplicates(choices)) problems.push(`question ${q.id}: duplicate choice ${id}`);
    if (q.type === 'scale') {
      for (let i = 1; i < q.levels.length; i++) {
        if (q.levels[i].score < q.levels[i - 1].score)
          problems.push(`question ${q.id}: level scores must not decrease`);
      }
    }
    if (q.type === 'single' || q.type === 'multiple') {
      const scored = q.options.filter((o) => o.score !== undefined).length;
      if (scored !== 0 && scored !== q.options.length) {
        problems.push(`question ${q.id}: give a score to every option or to none`);
      }
      if (q.type === 'single' && q.options.some((o) => o.exclusive)) {
        problems.push(`question ${q.id}: exclusive options belong to multiple-choice questions`);
      }
    }
  }

  const check = (where: string, c: Condition): void => {
    if ('all' in c) return c.all.forEach((x) => check(where, x));
    if ('any' in c) return c.any.forEach((x) => check(where, x));
    if ('not' in c) return check(where, c.not);
    if ('tag' in c) {
      if (!tags.has(c.tag)) problems.push(`${where}: no option carries tag ${c.tag}`);
      return;
    }
    if ('dimension' in c) {
      if (!dimensionIds.has(c.dimension)) problems.push(`${where}: unknown dimension ${c.dimension}`);
      return;
    }
    if ('q' in c) {
      const q = byId.get(c.q);
      if (!q) return void problems.push(`${where}: unknown question ${c.q}`);
      if ('is' in c) {
        if (q.type === 'text') problems.push(`${where}: question ${c.q} is free text`);
        const allowed = listChoiceIds(q);
        for (const choice of c.is) {
          if (!allowed.includes(choice)) problems.push(`${where}: question ${c.q} has no choice ${choice}`);
        }
      }
      if ('score' in c && !isScoredQuestion(q)) problems.push(`${where}: question ${c.q} is not scored`);
    }
  };
  for (const { where, when } of collectConditions(rules)) check(where, when);
  return problems;
}
