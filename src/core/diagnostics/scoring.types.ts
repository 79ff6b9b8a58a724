import type {
  DimensionLevel,
  LocalizedText,
  SituationId,
  StrategyId,
  VerdictId,
  VigilanceId,
} from './instrument-vocabulary.ts';
import type { Condition } from './condition.schemas.ts';
import type { Instrument } from './instrument.schemas.ts';

/** The shapes of a scoring result and of the context its rules read. */

/** Why a statement of the result holds: the rule, the questions and answers it read, in plain words. */
export interface Trace {
  ruleId: string;
  questionIds: string[];
  dimensionIds: string[];
  /** The answers given to `questionIds`, as the user would read them. */
  answers: { questionId: string; answer: LocalizedText }[];
  explanation: LocalizedText;
}

export interface DimensionResult {
  id: string;
  /** Weighted mean of the known answers' scores, 0..100; null when no scored question has a known answer. */
  score: number | null;
  level: DimensionLevel;
  /** Share (0..1) of the dimension's scored questions with a known answer. */
  coverage: number;
  /** Questions with a known answer (free text included). */
  answered: number;
  /** Questions answered « je ne sais pas ». */
  unknownCount: number;
  /** Questions answered « je ne sais pas » or left out (optional ones excepted), in display order. */
  gaps: string[];
}

export interface RankedStrategy {
  id: StrategyId;
  /** Points clamped to 0..100. */
  score: number;
  /** Raw points (base + contributions), used for the ranking. */
  points: number;
  reasons: Trace[];
}

export interface DiagnosticResult {
  engineVersion: number;
  instrumentId: string;
  instrumentVersion: number;
  dimensions: DimensionResult[];
  overall: { score: number | null; coverage: number };
  verdict: { id: VerdictId; reasons: Trace[] };
  strategies: RankedStrategy[];
  situations: { id: SituationId; score: number; reasons: Trace[] }[];
  vigilance: { id: VigilanceId; reasons: Trace[] }[];
  nextActions: { id: string; text: LocalizedText; reasons: Trace[] }[];
  gaps: string[];
}

/** What a condition read and whether it holds. */
export interface ConditionOutcome {
  holds: boolean;
  questionIds: string[];
  dimensionIds: string[];
}

/** What rule modules need: evaluate a condition and explain a rule that holds. */
export interface RuleContext {
  instrument: Instrument;
  check(condition: Condition): ConditionOutcome;
  trace(ruleId: string, outcome: ConditionOutcome, explanation: LocalizedText): Trace;
  /** True when no scored question has a known answer. */
  nothingKnown: boolean;
  gaps: string[];
}
