import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AnswerValue, Answers } from './answers.schemas.ts';
import { listQuestions } from './instrument.schemas.ts';
import type { Instrument } from './instrument.schemas.ts';
import type { StrategyId } from './instrument-vocabulary.ts';
import type { Question } from './question.schemas.ts';
import { scoreDiagnostic, scoreQuestion } from './scoring.ts';
import { allUnknown, instrument, questions } from './scoring.test-support.ts';

/** Every value a user could give to a question, plus « je ne sais pas » and no answer. */
function candidateValues(q: Question): (AnswerValue | undefined)[] {
  const values: (AnswerValue | undefined)[] = [undefined, { unknown: true }];
  switch (q.type) {
    case 'scale':
      return [...values, ...q.levels.map((l) => ({ choice: l.id }))];
    case 'yesno':
      return [...values, ...['yes', 'partly', 'no'].map((choice) => ({ choice }))];
    case 'single':
      return [...values, ...q.options.map((o) => ({ choice: o.id }))];
    case 'multiple': {
      const free = q.options.filter((o) => !o.exclusive).map((o) => o.id);
      const subsets: AnswerValue[] = [];
      for (let mask = 1; mask < 1 << free.length; mask++) {
        subsets.push({ choices: free.filter((_, i) => mask & (1 << i)) });
      }
      return [
        ...values,
        ...subsets,
        ...q.options.filter((o) => o.exclusive).map((o) => ({ choices: [o.id] })),
      ];
    }
    case 'text':
      return [...values, { text: 'une réponse' }];
  }
}

function answersArbitrary(inst: Instrument): fc.Arbitrary<Answers> {
  const qs = listQuestions(inst);
  return fc.tuple(...qs.map((q) => fc.constantFrom(...candidateValues(q)))).map((values) => {
    const answers: Answers = {};
    values.forEach((value, i) => {
      if (value !== undefined) answers[qs[i].id] = value;
    });
    return answers;
  });
}

function margin(inst: Instrument, answers: Answers, target: StrategyId): number {
  const ranked = scoreDiagnostic(inst, answers).strategies;
  const mine = ranked.find((s) => s.id === target)!.points;
  return mine - Math.max(...ranked.filter((s) => s.id !== target).map((s) => s.points));
}

/** Coordinate ascent over the answers: a constructive search for answers that put `target` first. */
function searchAnswersFor(inst: Instrument, target: StrategyId): Answers {
  const answers: Answers = {};
  for (let pass = 0; pass < 4; pass++) {
    let improved = false;
    for (const q of listQuestions(inst)) {
      let best = margin(inst, answers, target);
      let bestValue: AnswerValue | undefined = answers[q.id];
      for (const value of candidateValues(q)) {
        const trial = { ...answers };
        if (value === undefined) delete trial[q.id];
        else trial[q.id] = value;
        const m = margin(inst, trial, target);
        if (m > best) [best, bestValue, improved] = [m, value, true];
      }
      if (bestValue === undefined) delete answers[q.id];
      else answers[q.id] = bestValue;
    }
    if (!improved) break;
  }
  return answers;
}

describe('properties', () => {
  const scored = questions.filter((q) => scoreQuestion(q, candidateValues(q)[2]) !== null);

  it('improving one answer never lowers its dimension’s score', () => {
    fc.assert(
      fc.property(
        answersArbitrary(instrument),
        fc.constantFrom(...scored),
        fc.nat(),
        fc.nat(),
        (answers, q, i, j) => {
          const known = candidateValues(q).filter((v) => scoreQuestion(q, v) !== null) as AnswerValue[];
          const [low, high] = [known[i % known.length], known[j % known.length]].sort(
            (x, y) => scoreQuestion(q, x)! - scoreQuestion(q, y)!,
          );
          const dimension = instrument.dimensions.findIndex((d) => d.questions.includes(q));
          const before = scoreDiagnostic(instrument, { ...answers, [q.id]: low }).dimensions[dimension];
          const after = scoreDiagnostic(instrument, { ...answers, [q.id]: high }).dimensions[dimension];
          expect(after.score!).toBeGreaterThanOrEqual(before.score!);
          const order = ['unknown', 'weak', 'fragile', 'solid', 'strong'];
          expect(order.indexOf(after.level)).toBeGreaterThanOrEqual(order.indexOf(before.level));
        },
      ),
    );
  });

  it('all « je ne sais pas » gives not-yet with every question in the gaps', () => {
    const result = scoreDiagnostic(instrument, allUnknown);
    expect(result.verdict.id).toBe('not-yet');
    expect(result.gaps).toEqual(questions.map((q) => q.id));
    expect(result.verdict.reasons[0].questionIds).toEqual(questions.map((q) => q.id));
  });

  it('is deterministic, whatever the order of the answers', () => {
    fc.assert(
      fc.property(answersArbitrary(instrument), (answers) => {
        const reversed = Object.fromEntries(Object.entries(answers).reverse());
        expect(scoreDiagnostic(instrument, reversed)).toEqual(scoreDiagnostic(instrument, answers));
      }),
    );
  });

  it.each(['influence', 'essaimage-souple', 'duplication'] as const)(
    'strategy %s can come first',
    (target) => {
      const answers = searchAnswersFor(instrument, target);
      expect(margin(instrument, answers, target)).toBeGreaterThan(0);
      expect(scoreDiagnostic(instrument, answers).strategies[0].id).toBe(target);
    },
  );
});
