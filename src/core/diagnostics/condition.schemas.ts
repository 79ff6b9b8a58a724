import { z } from 'zod';
import {
  DimensionLevelSchema,
  DottedIdSchema,
  KebabIdSchema,
  type DimensionLevel,
} from './instrument-vocabulary.ts';

/** Conditions on the answers: the one language every rule of an instrument (verdicts, strategies, vigilance) speaks. */

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
