import type { Answers } from './answers.schemas.ts';
import { isScoredQuestion } from './question.schemas.ts';
import { listQuestions } from './instrument.schemas.ts';
import type { LocalizedText } from './instrument-vocabulary.ts';
import type { Question } from './question.schemas.ts';
import type { Condition, Range } from './condition.schemas.ts';
import type { Instrument } from './instrument.schemas.ts';
import type { ConditionOutcome, DimensionResult, RuleContext, Trace } from './scoring.types.ts';
import { knownAnswer, scoreQuestion, summarizeAnswer } from './answer-score.ts';

/** The context the instrument's rules read: answers, dimension scores, gaps, and the conditions evaluated on them. */

const inRange = (value: number, range: Range): boolean =>
  (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);

const union = (lists: string[][]): string[] => [...new Set(lists.flat())];

export function createRuleContext(
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
