import { z } from 'zod';
// Situations, strategies and localized text are the method's own words: the instruments name the same ids, so they
// are defined once, with the method content.
export {
  LocalizedTextSchema,
  SITUATION_IDS,
  STRATEGY_IDS,
  SituationIdSchema,
  StrategyIdSchema,
  type LocalizedText,
  type SituationId,
  type StrategyId,
} from '../method/method.schemas.ts';
import { REQUIRED_VIGILANCE_IDS } from '../method/method.schemas.ts';

/**
 * The closed vocabularies a diagnostic instrument refers to (sources, situations, strategies, points of vigilance,
 * verdicts, dimension levels) and the id and text shapes every part of an instrument shares. The lists are code,
 * not content, because the method pages, the plans and the scoring engine all name these ids.
 */

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Question, option and rule ids may be namespaced with dots: `evidence.results`, `verdict.too-many-gaps`. */
const DOTTED_ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

export const KebabIdSchema = z.string().regex(KEBAB_CASE, 'ids are kebab-case');
export const DottedIdSchema = z
  .string()
  .regex(DOTTED_ID, 'ids are kebab-case, optionally namespaced with dots');

/** A score of a question, an option or a dimension threshold, on 0..100. */
export const ScoreSchema = z.number().min(0).max(100);

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

/** The vigilance points the method content must describe; the instruments' rules name the same ids. */
export const VIGILANCE_IDS = REQUIRED_VIGILANCE_IDS;
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
