import { z } from 'zod';
import { ConditionSchema } from './condition.schemas.ts';
import {
  DottedIdSchema,
  LocalizedTextSchema,
  ScoreSchema,
  SituationIdSchema,
  StrategyIdSchema,
  VerdictIdSchema,
  VigilanceIdSchema,
} from './instrument-vocabulary.ts';

/**
 * Schemas of an instrument's rules: how answers become dimension levels, a verdict, suggested situations, ranked
 * strategies, points of vigilance and next actions. Rules are data, so the scoring engine stays generic.
 */

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
