import type { Answers } from './answers.schemas.ts';
import { isScoredQuestion } from './question.schemas.ts';
import { listQuestions } from './instrument.schemas.ts';
import type { Dimension, Instrument } from './instrument.schemas.ts';
import { rankStrategies, suggestSituations } from './strategy-ranking.ts';
import { decideVerdict } from './verdict.ts';
import { listNextActions, raiseVigilance } from './vigilance.ts';
import { isGap, knownAnswer, levelOf, scoreQuestion } from './answer-score.ts';
import { createRuleContext } from './rule-context.ts';
import type { DiagnosticResult, DimensionResult } from './scoring.types.ts';

/**
 * The scoring engine: answers in, result out, deterministic. Bump ENGINE_VERSION whenever the arithmetic below changes
 * the result of some answers; the instrument's own rules are versioned with the instrument.
 */
export const ENGINE_VERSION = 1;

// The result's types, one answer's score and the comparison of two results live beside this file; they are
// re-exported so that the engine keeps one entry point.
export type {
  ConditionOutcome,
  DiagnosticResult,
  DimensionResult,
  RankedStrategy,
  RuleContext,
  Trace,
} from './scoring.types.ts';
export { scoreQuestion, summarizeAnswer } from './answer-score.ts';
export { compareResults, type ResultComparison } from './compare-results.ts';

/** Score, level and gaps of one dimension. Raising one answer's score never lowers the dimension's score. */
export function scoreDimension(
  instrument: Instrument,
  dimension: Dimension,
  answers: Answers,
): DimensionResult {
  let weighted = 0;
  let weights = 0;
  let scoredCount = 0;
  let knownScored = 0;
  let answered = 0;
  let unknownCount = 0;
  const gaps: string[] = [];
  for (const question of dimension.questions) {
    const value = answers[question.id];
    if (value !== undefined && 'unknown' in value) unknownCount++;
    if (knownAnswer(question, value) !== null) answered++;
    if (isGap(question, value)) gaps.push(question.id);
    if (!isScoredQuestion(question)) continue;
    scoredCount++;
    const score = scoreQuestion(question, value);
    if (score === null) continue;
    knownScored++;
    const weight = question.weight ?? 1;
    weighted += score * weight;
    weights += weight;
  }
  const score = weights > 0 ? Math.round(weighted / weights) : null;
  const coverage = scoredCount > 0 ? knownScored / scoredCount : 0;
  return {
    id: dimension.id,
    score,
    level: levelOf(instrument, score, coverage),
    coverage,
    answered,
    unknownCount,
    gaps,
  };
}

/**
 * Scores answers against an instrument. Pure and deterministic: the same instrument and answers always give the same
 * result. Answers should have passed `validateAnswers`; a value that does not fit its question is read as a gap.
 */
export function scoreDiagnostic(instrument: Instrument, answers: Answers): DiagnosticResult {
  const dimensions = instrument.dimensions.map((d) => scoreDimension(instrument, d, answers));
  let weighted = 0;
  let weights = 0;
  instrument.dimensions.forEach((definition, i) => {
    const score = dimensions[i].score;
    if (score === null || definition.weight === 0) return;
    weighted += score * definition.weight;
    weights += definition.weight;
  });
  const scored = listQuestions(instrument).filter(isScoredQuestion);
  const known = scored.filter((q) => scoreQuestion(q, answers[q.id]) !== null).length;
  const overall = {
    score: weights > 0 ? Math.round(weighted / weights) : null,
    coverage: scored.length > 0 ? known / scored.length : 0,
  };
  const gaps = dimensions.flatMap((d) => d.gaps);
  const context = createRuleContext(instrument, answers, dimensions, overall, gaps);
  return {
    engineVersion: ENGINE_VERSION,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    dimensions,
    overall,
    verdict: decideVerdict(context),
    strategies: rankStrategies(context),
    situations: suggestSituations(context),
    vigilance: raiseVigilance(context),
    nextActions: listNextActions(context),
    gaps,
  };
}
