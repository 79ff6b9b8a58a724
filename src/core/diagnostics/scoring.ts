import { checkAnswer } from './answers.schemas.ts';
import type { AnswerValue, Answers } from './answers.schemas.ts';
import { DEFAULT_YES_NO_SCORES, isScoredQuestion, listQuestions } from './instrument.schemas.ts';
import type {
  Condition,
  Dimension,
  DimensionLevel,
  Instrument,
  LocalizedText,
  Question,
  Range,
  SituationId,
  StrategyId,
  VerdictId,
  VigilanceId,
} from './instrument.schemas.ts';
import { rankStrategies, suggestSituations } from './strategy-ranking.ts';
import { decideVerdict } from './verdict.ts';
import { listNextActions, raiseVigilance } from './vigilance.ts';

/**
 * The scoring engine: answers in, result out, deterministic. Bump ENGINE_VERSION whenever the arithmetic below changes
 * the result of some answers; the instrument's own rules are versioned with the instrument.
 */
export const ENGINE_VERSION = 1;

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

const YES_NO_LABELS: Record<string, LocalizedText> = {
  yes: { fr: 'Oui', en: 'Yes' },
  partly: { fr: 'En partie', en: 'Partly' },
  no: { fr: 'Non', en: 'No' },
};
const UNKNOWN_LABEL: LocalizedText = { fr: 'Je ne sais pas', en: 'I don’t know' };
const MISSING_LABEL: LocalizedText = { fr: 'Sans réponse', en: 'No answer' };

/** The answer if it is known and fits its question; null for « je ne sais pas », a missing or an unfit value. */
function knownAnswer(question: Question, value: AnswerValue | undefined): AnswerValue | null {
  if (value === undefined || 'unknown' in value) return null;
  return checkAnswer(question, value) === null ? value : null;
}

/** Score 0..100 of a known answer to a scored question; null otherwise. */
export function scoreQuestion(question: Question, value: AnswerValue | undefined): number | null {
  const known = knownAnswer(question, value);
  if (known === null || !isScoredQuestion(question)) return null;
  switch (question.type) {
    case 'scale':
      return 'choice' in known ? (question.levels.find((l) => l.id === known.choice)?.score ?? null) : null;
    case 'yesno': {
      if (!('choice' in known)) return null;
      const scores = question.scores ?? DEFAULT_YES_NO_SCORES;
      return known.choice === 'yes' || known.choice === 'partly' || known.choice === 'no'
        ? scores[known.choice]
        : null;
    }
    case 'single':
      return 'choice' in known ? (question.options.find((o) => o.id === known.choice)?.score ?? null) : null;
    case 'multiple': {
      if (!('choices' in known)) return null;
      const sum = question.options
        .filter((o) => known.choices.includes(o.id))
        .reduce((s, o) => s + (o.score ?? 0), 0);
      return Math.min(100, sum);
    }
    case 'text':
      return null;
  }
}

/** The answer as the user would read it in a « pourquoi ? » panel. */
export function summarizeAnswer(question: Question, value: AnswerValue | undefined): LocalizedText {
  if (value !== undefined && 'unknown' in value) return UNKNOWN_LABEL;
  const known = knownAnswer(question, value);
  if (known === null) return MISSING_LABEL;
  if ('text' in known) {
    const short = known.text.length > 120 ? `${known.text.slice(0, 119)}…` : known.text;
    return { fr: short, en: short };
  }
  const labels = (ids: string[]): LocalizedText[] => {
    switch (question.type) {
      case 'scale':
        return question.levels.filter((l) => ids.includes(l.id)).map((l) => l.label);
      case 'yesno':
        return ids.map((id) => YES_NO_LABELS[id]);
      case 'single':
      case 'multiple':
        return question.options.filter((o) => ids.includes(o.id)).map((o) => o.label);
      case 'text':
        return [];
    }
  };
  const list = labels('choice' in known ? [known.choice] : 'choices' in known ? known.choices : []);
  return { fr: list.map((l) => l.fr).join(' ; '), en: list.map((l) => l.en).join('; ') };
}

function levelOf(instrument: Instrument, score: number | null, coverage: number): DimensionLevel {
  if (score === null) return 'unknown';
  const t = instrument.rules.levels;
  const level: DimensionLevel =
    score >= t.strong ? 'strong' : score >= t.solid ? 'solid' : score >= t.fragile ? 'fragile' : 'weak';
  // A score resting on a few answers says little: with too many gaps, it cannot claim more than fragile.
  if (coverage < t.minCoverageAboveFragile && (level === 'solid' || level === 'strong')) return 'fragile';
  return level;
}

function isGap(question: Question, value: AnswerValue | undefined): boolean {
  if (value !== undefined && 'unknown' in value) return true;
  if (knownAnswer(question, value) !== null) return false;
  return !(value === undefined && question.optional === true);
}

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

const inRange = (value: number, range: Range): boolean =>
  (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);

const union = (lists: string[][]): string[] => [...new Set(lists.flat())];

function createRuleContext(
  instrument: Instrument,
  answers: Answers,
  dimensions: DimensionResult[],
  overall: { score: number | null; coverage: number },
  gaps: string[],
): RuleContext {
  const questions = listQuestions(instrument);
  const questionById = new Map(questions.map((q) => [q.id, q]));
  const order = new Map(questions.map((q, i) => [q.id, i]));
  const dimensionById = new Map(dimensions.map((d) => [d.id, d]));
  const definitionById = new Map(instrument.dimensions.map((d) => [d.id, d]));

  const selected = (question: Question): string[] => {
    const known = knownAnswer(question, answers[question.id]);
    if (known === null) return [];
    return 'choice' in known ? [known.choice] : 'choices' in known ? known.choices : [];
  };

  const check = (c: Condition): ConditionOutcome => {
    if ('all' in c) {
      const parts = c.all.map(check);
      return {
        holds: parts.every((p) => p.holds),
        questionIds: union(parts.map((p) => p.questionIds)),
        dimensionIds: union(parts.map((p) => p.dimensionIds)),
      };
    }
    if ('any' in c) {
      const parts = c.any.map(check);
      const holding = parts.filter((p) => p.holds);
      const shown = holding.length > 0 ? holding : parts;
      return {
        holds: holding.length > 0,
        questionIds: union(shown.map((p) => p.questionIds)),
        dimensionIds: union(shown.map((p) => p.dimensionIds)),
      };
    }
    if ('not' in c) {
      const inner = check(c.not);
      return { ...inner, holds: !inner.holds };
    }
    if ('tag' in c) {
      const carriers = questions.filter(
        (q) =>
          (q.type === 'single' || q.type === 'multiple') &&
          q.options.some((o) => o.tags?.includes(c.tag) && selected(q).includes(o.id)),
      );
      return { holds: carriers.length > 0, questionIds: carriers.map((q) => q.id), dimensionIds: [] };
    }
    if ('overall' in c) {
      return {
        holds: overall.score !== null && inRange(overall.score, c.overall),
        questionIds: [],
        dimensionIds: dimensions.filter((d) => d.score !== null).map((d) => d.id),
      };
    }
    if ('coverage' in c)
      return { holds: inRange(overall.coverage, c.coverage), questionIds: gaps, dimensionIds: [] };
    if ('gapCount' in c)
      return { holds: inRange(gaps.length, c.gapCount), questionIds: gaps, dimensionIds: [] };
    if ('dimension' in c) {
      const result = dimensionById.get(c.dimension);
      const definition = definitionById.get(c.dimension);
      if (!result || !definition) return { holds: false, questionIds: [], dimensionIds: [] };
      const holds =
        'level' in c
          ? c.level.includes(result.level)
          : result.score !== null && inRange(result.score, c.score);
      const read =
        result.score === null
          ? result.gaps
          : definition.questions.filter((q) => scoreQuestion(q, answers[q.id]) !== null).map((q) => q.id);
      return { holds, questionIds: read, dimensionIds: [c.dimension] };
    }
    const question = questionById.get(c.q);
    if (!question) return { holds: false, questionIds: [], dimensionIds: [] };
    const refs = { questionIds: [c.q], dimensionIds: [] };
    if ('unknown' in c) return { holds: knownAnswer(question, answers[c.q]) === null, ...refs };
    if ('score' in c) {
      const score = scoreQuestion(question, answers[c.q]);
      return { holds: score !== null && inRange(score, c.score), ...refs };
    }
    const chosen = selected(question);
    return { holds: c.is.some((id) => chosen.includes(id)), ...refs };
  };

  const trace = (ruleId: string, outcome: ConditionOutcome, explanation: LocalizedText): Trace => {
    const questionIds = [...outcome.questionIds].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    return {
      ruleId,
      questionIds,
      dimensionIds: [...outcome.dimensionIds],
      answers: questionIds.flatMap((id) => {
        const question = questionById.get(id);
        return question ? [{ questionId: id, answer: summarizeAnswer(question, answers[id]) }] : [];
      }),
      explanation,
    };
  };

  const nothingKnown = questions.every(
    (q) => !isScoredQuestion(q) || scoreQuestion(q, answers[q.id]) === null,
  );
  return { instrument, check, trace, nothingKnown, gaps };
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

export interface ResultComparison {
  verdict: { before: VerdictId; after: VerdictId };
  dimensions: {
    id: string;
    before: number | null;
    after: number | null;
    /** after - before, null when either is unknown. */
    delta: number | null;
    levelBefore: DimensionLevel | null;
    levelAfter: DimensionLevel | null;
  }[];
  newGaps: string[];
  closedGaps: string[];
  newVigilance: VigilanceId[];
  resolvedVigilance: VigilanceId[];
  topStrategy: { before: StrategyId | null; after: StrategyId | null };
}

/** What changed between two diagnostics (typically the same project, months apart). Dimensions are matched by id. */
export function compareResults(before: DiagnosticResult, after: DiagnosticResult): ResultComparison {
  const ids = union([before.dimensions.map((d) => d.id), after.dimensions.map((d) => d.id)]);
  const beforeVigilance = before.vigilance.map((v) => v.id);
  const afterVigilance = after.vigilance.map((v) => v.id);
  return {
    verdict: { before: before.verdict.id, after: after.verdict.id },
    dimensions: ids.map((id) => {
      const b = before.dimensions.find((d) => d.id === id);
      const a = after.dimensions.find((d) => d.id === id);
      const bs = b?.score ?? null;
      const as = a?.score ?? null;
      return {
        id,
        before: bs,
        after: as,
        delta: bs === null || as === null ? null : as - bs,
        levelBefore: b?.level ?? null,
        levelAfter: a?.level ?? null,
      };
    }),
    newGaps: after.gaps.filter((g) => !before.gaps.includes(g)),
    closedGaps: before.gaps.filter((g) => !after.gaps.includes(g)),
    newVigilance: afterVigilance.filter((v) => !beforeVigilance.includes(v)),
    resolvedVigilance: beforeVigilance.filter((v) => !afterVigilance.includes(v)),
    topStrategy: { before: before.strategies[0]?.id ?? null, after: after.strategies[0]?.id ?? null },
  };
}
