import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AnswerValue } from './answers.schemas.ts';
import { scoreDiagnostic, scoreQuestion } from './scoring.ts';
import { allUnknown, instrument, questions } from './scoring.test-support.ts';
import { answersArbitrary, candidateValues, margin, searchAnswersFor } from './answers.test-support.ts';

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
