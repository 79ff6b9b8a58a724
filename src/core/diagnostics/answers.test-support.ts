import fc from 'fast-check';
import type { AnswerValue, Answers } from './answers.schemas.ts';
import { listQuestions } from './instrument.schemas.ts';
import type { Instrument } from './instrument.schemas.ts';
import type { Question } from './question.schemas.ts';
import { scoreDiagnostic } from './scoring.ts';

/**
 * Answer generators shared by the scoring property tests and the shipped instruments' tests
 * (content/instruments/instruments.test.ts): every value a user could give, random answer sets, and a search for
 * answers that put a strategy first.
 */

/** Every value a user could give to a question, plus « je ne sais pas » and no answer. */
export function candidateValues(q: Question): (AnswerValue | undefined)[] {
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

/** Random answer sets: each question unanswered, « je ne sais pas » or any of its possible values. */
export function answersArbitrary(inst: Instrument): fc.Arbitrary<Answers> {
  const qs = listQuestions(inst);
  return fc.tuple(...qs.map((q) => fc.constantFrom(...candidateValues(q)))).map((values) => {
    const answers: Answers = {};
    values.forEach((value, i) => {
      if (value !== undefined) answers[qs[i].id] = value;
    });
    return answers;
  });
}

/** How far `target` leads the best other strategy (negative when it does not come first). */
export function margin(inst: Instrument, answers: Answers, target: string): number {
  const ranked = scoreDiagnostic(inst, answers).strategies;
  const mine = ranked.find((s) => s.id === target)!.points;
  return mine - Math.max(...ranked.filter((s) => s.id !== target).map((s) => s.points));
}

/**
 * Coordinate ascent from an empty answer set, at most `passes` times over the questions: a constructive search for
 * answers that put `target` first.
 */
export function searchAnswersFor(inst: Instrument, target: string, passes = 4): Answers {
  const answers: Answers = {};
  for (let pass = 0; pass < passes; pass++) {
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
