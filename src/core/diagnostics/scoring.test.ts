import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateAnswers } from './answers.schemas.ts';
import type { AnswerValue, Answers } from './answers.schemas.ts';
import { InstrumentSchema, listQuestions } from './instrument.schemas.ts';
import type { StrategyId } from './instrument-vocabulary.ts';
import type { Question } from './question.schemas.ts';
import type { Instrument } from './instrument.schemas.ts';
import {
  ENGINE_VERSION,
  compareResults,
  scoreDiagnostic,
  scoreQuestion,
  summarizeAnswer,
} from './scoring.ts';

const L = (fr: string, en = fr) => ({ fr, en });

/** A small instrument that exercises every question type and every kind of rule. */
const instrument: Instrument = InstrumentSchema.parse({
  id: 'tiny',
  version: 3,
  kind: 'carrier-readiness',
  title: L('Petit'),
  intro: L('Petit outil de test'),
  estimatedMinutes: { min: 1, max: 2 },
  dimensions: [
    {
      id: 'a',
      title: L('A'),
      description: L('A'),
      weight: 1,
      sources: ['isat'],
      questions: [
        {
          id: 'a.scale',
          type: 'scale',
          text: L('Échelle'),
          help: L('Aide'),
          sources: ['isat'],
          levels: [
            { id: 'low', label: L('Bas', 'Low'), score: 0 },
            { id: 'mid', label: L('Moyen', 'Middle'), score: 50 },
            { id: 'high', label: L('Haut', 'High'), score: 100 },
          ],
        },
        { id: 'a.yn', type: 'yesno', text: L('Oui ?'), help: L('Aide'), sources: ['msi'] },
        {
          id: 'a.risk',
          type: 'yesno',
          text: L('Risque ?'),
          help: L('Aide'),
          sources: ['msi'],
          scores: { yes: 0, partly: 50, no: 100 },
        },
        {
          id: 'a.multi',
          type: 'multiple',
          text: L('Plusieurs'),
          help: L('Aide'),
          sources: ['avise'],
          options: [
            { id: 'x', label: L('X'), score: 60 },
            { id: 'y', label: L('Y'), score: 60 },
            { id: 'none', label: L('Aucun', 'None'), score: 0, exclusive: true },
          ],
        },
        { id: 'a.text', type: 'text', text: L('Texte'), help: L('Aide'), sources: ['avise'] },
      ],
    },
    {
      id: 'b',
      title: L('B'),
      description: L('B'),
      weight: 2,
      sources: ['nesta'],
      questions: [
        {
          id: 'b.single',
          type: 'single',
          text: L('Un seul'),
          help: L('Aide'),
          sources: ['nesta'],
          weight: 2,
          options: [
            { id: 's0', label: L('Zéro', 'Zero'), score: 0 },
            { id: 's1', label: L('Cent', 'Hundred'), score: 100 },
          ],
        },
        {
          id: 'b.wish',
          type: 'single',
          text: L('Souhait'),
          help: L('Aide'),
          sources: ['avise'],
          options: [
            { id: 'open', label: L('Ouvert', 'Open'), tags: ['free'] },
            { id: 'charter', label: L('Charte', 'Charter') },
            { id: 'branches', label: L('Antennes', 'Branches') },
          ],
        },
      ],
    },
  ],
  rules: {
    levels: { fragile: 35, solid: 55, strong: 75, minCoverageAboveFragile: 0.5 },
    verdicts: [
      {
        ruleId: 'v.gaps',
        verdict: 'not-yet',
        when: { coverage: { max: 0.49 } },
        explanation: L('Trop de manques'),
      },
      {
        ruleId: 'v.weak-a',
        verdict: 'prepare-first',
        when: { dimension: 'a', level: ['weak'] },
        explanation: L('A faible'),
      },
      {
        ruleId: 'v.now',
        verdict: 'needed-now',
        when: { all: [{ overall: { min: 70 } }, { q: 'b.single', is: ['s1'] }] },
        explanation: L('Maintenant'),
      },
      { ruleId: 'v.ready', verdict: 'ready', when: { overall: { min: 30 } }, explanation: L('Prêt') },
    ],
    defaultVerdict: { ruleId: 'v.default', verdict: 'prepare-first', explanation: L('Par défaut') },
    verdictLabels: {
      'not-yet': { title: L('Pas encore'), description: L('…') },
      'prepare-first': { title: L('À préparer'), description: L('…') },
      ready: { title: L('Prêt'), description: L('…') },
      'needed-now': { title: L('Maintenant'), description: L('…') },
    },
    situations: [
      {
        id: 'widen-territory',
        threshold: 2,
        contributions: [
          { ruleId: 'sit.free', when: { tag: 'free' }, points: 1, explanation: L('Libre') },
          { ruleId: 'sit.x', when: { q: 'a.multi', is: ['x'] }, points: 1, explanation: L('X') },
        ],
      },
    ],
    strategies: [
      {
        id: 'influence',
        base: 10,
        contributions: [
          { ruleId: 's.open', when: { q: 'b.wish', is: ['open'] }, points: 30, explanation: L('Ouvert') },
        ],
      },
      {
        id: 'essaimage-souple',
        base: 10,
        contributions: [
          {
            ruleId: 's.charter',
            when: { q: 'b.wish', is: ['charter'] },
            points: 30,
            explanation: L('Charte'),
          },
          {
            ruleId: 's.strong-a',
            when: { dimension: 'a', level: ['strong'] },
            points: 10,
            explanation: L('A fort'),
          },
        ],
      },
      {
        id: 'duplication',
        base: 10,
        contributions: [
          {
            ruleId: 's.branches',
            when: { q: 'b.wish', is: ['branches'] },
            points: 30,
            explanation: L('Antennes'),
          },
          { ruleId: 's.risky', when: { q: 'a.risk', is: ['yes'] }, points: -20, explanation: L('Risqué') },
        ],
      },
    ],
    vigilance: [
      {
        ruleId: 'vg.risk',
        id: 'pilot-weakened',
        when: { q: 'a.risk', is: ['yes', 'partly'] },
        explanation: L('Risque'),
      },
      {
        ruleId: 'vg.b',
        id: 'pilot-weakened',
        when: { dimension: 'b', level: ['weak'] },
        explanation: L('B faible'),
      },
      {
        ruleId: 'vg.unknown',
        id: 'weak-evidence',
        when: { q: 'a.yn', unknown: true },
        explanation: L('Inconnu'),
      },
    ],
    nextActions: [
      {
        id: 'fill',
        ruleId: 'na.fill',
        when: { gapCount: { min: 1 } },
        text: L('Combler'),
        explanation: L('Manques'),
      },
      {
        id: 'fix-a',
        ruleId: 'na.fix-a',
        when: { not: { dimension: 'a', score: { min: 55 } } },
        text: L('Renforcer A'),
        explanation: L('A moyen'),
      },
    ],
  },
});

const questions = listQuestions(instrument);
const question = (id: string): Question => questions.find((q) => q.id === id)!;
const allUnknown: Answers = Object.fromEntries(questions.map((q) => [q.id, { unknown: true }]));
const full: Answers = {
  'a.scale': { choice: 'high' },
  'a.yn': { choice: 'yes' },
  'a.risk': { choice: 'no' },
  'a.multi': { choices: ['x', 'y'] },
  'a.text': { text: 'libre' },
  'b.single': { choice: 's1' },
  'b.wish': { choice: 'charter' },
};

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

describe('scoreQuestion', () => {
  it.each([
    ['a.scale', { choice: 'low' }, 0],
    ['a.scale', { choice: 'mid' }, 50],
    ['a.yn', { choice: 'partly' }, 50],
    ['a.yn', { choice: 'yes' }, 100],
    ['a.risk', { choice: 'yes' }, 0],
    ['a.risk', { choice: 'no' }, 100],
    ['a.multi', { choices: ['x'] }, 60],
    ['a.multi', { choices: ['x', 'y'] }, 100],
    ['a.multi', { choices: ['none'] }, 0],
    ['b.single', { choice: 's1' }, 100],
    ['b.wish', { choice: 'open' }, null],
    ['a.text', { text: 'x' }, null],
    ['a.scale', { unknown: true }, null],
    ['a.scale', undefined, null],
    ['a.scale', { choice: 'nope' }, null],
    ['a.scale', { choices: ['low'] }, null],
  ] as const)('%s %j -> %s', (id, value, expected) => {
    expect(scoreQuestion(question(id), value as AnswerValue | undefined)).toBe(expected);
  });
});

describe('summarizeAnswer', () => {
  it.each([
    ['a.scale', { choice: 'mid' }, { fr: 'Moyen', en: 'Middle' }],
    ['a.yn', { choice: 'partly' }, { fr: 'En partie', en: 'Partly' }],
    ['a.multi', { choices: ['y', 'x'] }, { fr: 'X ; Y', en: 'X; Y' }],
    ['a.text', { text: 'mot' }, { fr: 'mot', en: 'mot' }],
    ['a.yn', { unknown: true }, { fr: 'Je ne sais pas', en: 'I don’t know' }],
    ['a.yn', undefined, { fr: 'Sans réponse', en: 'No answer' }],
  ] as const)('%s %j', (id, value, expected) => {
    expect(summarizeAnswer(question(id), value as AnswerValue | undefined)).toEqual(expected);
  });
});

describe('scoreDiagnostic: dimensions', () => {
  it.each([
    // a: mean of known scored answers; b: b.single only (b.wish is not scored).
    ['everything at best', full, { a: [100, 'strong'], b: [100, 'strong'] }],
    [
      'a mixed',
      { ...full, 'a.scale': { choice: 'low' }, 'a.yn': { choice: 'partly' } },
      { a: [Math.round((0 + 50 + 100 + 100) / 4), 'solid'], b: [100, 'strong'] },
    ],
    [
      'coverage below half caps the level at fragile',
      { 'a.scale': { choice: 'high' }, 'b.single': { choice: 's1' } },
      { a: [100, 'fragile'], b: [100, 'strong'] },
    ],
    ['nothing known', allUnknown, { a: [null, 'unknown'], b: [null, 'unknown'] }],
  ] as const)('%s', (_name, answers, expected) => {
    const result = scoreDiagnostic(instrument, answers as Answers);
    for (const [id, [score, level]] of Object.entries(expected)) {
      const dimension = result.dimensions.find((d) => d.id === id)!;
      expect([dimension.score, dimension.level]).toEqual([score, level]);
    }
  });

  it('counts answered, unknown and gaps per dimension, free text included', () => {
    const answers: Answers = {
      'a.scale': { choice: 'mid' },
      'a.yn': { unknown: true },
      'a.text': { text: 'x' },
    };
    const a = scoreDiagnostic(instrument, answers).dimensions[0];
    expect(a).toMatchObject({
      answered: 2,
      unknownCount: 1,
      gaps: ['a.yn', 'a.risk', 'a.multi'],
      coverage: 0.25,
    });
  });

  it('weights the overall score by dimension weight', () => {
    const result = scoreDiagnostic(instrument, {
      ...full,
      'a.scale': { choice: 'low' },
      'a.yn': { choice: 'no' },
    });
    // a = round((0 + 0 + 100 + 100) / 4) = 50, b = 100 with weight 2.
    expect(result.overall.score).toBe(Math.round((50 + 2 * 100) / 3));
    expect(result.overall.coverage).toBe(1);
  });
});

describe('scoreDiagnostic: verdict', () => {
  it.each([
    ['all unknown', allUnknown, 'not-yet', 'engine.nothing-known'],
    ['too many gaps', { 'a.scale': { choice: 'high' }, 'b.single': { choice: 's1' } }, 'not-yet', 'v.gaps'],
    [
      'weak dimension a',
      {
        ...full,
        'a.scale': { choice: 'low' },
        'a.yn': { choice: 'no' },
        'a.risk': { choice: 'yes' },
        'a.multi': { choices: ['none'] },
      },
      'prepare-first',
      'v.weak-a',
    ],
    ['strong and pressing', full, 'needed-now', 'v.now'],
    ['strong but not pressing', { ...full, 'b.single': { choice: 's0' } }, 'ready', 'v.ready'],
    [
      'no rule holds',
      {
        ...full,
        'a.scale': { choice: 'low' },
        'a.yn': { choice: 'no' },
        'a.multi': { choices: ['x'] },
        'b.single': { choice: 's0' },
      },
      'prepare-first',
      'v.default',
    ],
  ] as const)('%s -> %s', (_name, answers, verdict, ruleId) => {
    const result = scoreDiagnostic(instrument, answers as Answers);
    expect(result.verdict.id).toBe(verdict);
    expect(result.verdict.reasons.map((r) => r.ruleId)).toEqual([ruleId]);
  });

  it('traces a verdict to the answers it read', () => {
    const reason = scoreDiagnostic(instrument, full).verdict.reasons[0];
    expect(reason.questionIds).toEqual(['b.single']);
    expect(reason.dimensionIds).toEqual(['a', 'b']);
    expect(reason.answers).toEqual([{ questionId: 'b.single', answer: { fr: 'Cent', en: 'Hundred' } }]);
    expect(reason.explanation).toEqual(L('Maintenant'));
  });
});

describe('scoreDiagnostic: strategies, situations, vigilance, next actions', () => {
  it('ranks strategies by points with the contributions that hold as reasons', () => {
    const result = scoreDiagnostic(instrument, {
      ...full,
      'b.wish': { choice: 'branches' },
      'a.risk': { choice: 'yes' },
    });
    // a is strong (75): essaimage-souple gets 10 + 10 and ties with duplication (10 + 30 - 20); instrument order wins.
    expect(result.strategies.map((s) => [s.id, s.points])).toEqual([
      ['essaimage-souple', 20],
      ['duplication', 20],
      ['influence', 10],
    ]);
    const duplication = result.strategies[1];
    expect(duplication.reasons.map((r) => r.ruleId)).toEqual(['s.branches', 's.risky']);
    expect(duplication.reasons[1].answers).toEqual([
      { questionId: 'a.risk', answer: { fr: 'Oui', en: 'Yes' } },
    ]);
  });

  it('keeps the instrument order on ties and clamps scores to 0..100', () => {
    const result = scoreDiagnostic(instrument, { 'a.risk': { choice: 'yes' }, 'b.wish': { choice: 'open' } });
    expect(result.strategies.map((s) => s.id)).toEqual(['influence', 'essaimage-souple', 'duplication']);
    expect(result.strategies.map((s) => s.score)).toEqual([40, 10, 0]);
    expect(result.strategies[2].points).toBe(-10);
  });

  it('suggests a situation only when its threshold is reached', () => {
    expect(scoreDiagnostic(instrument, { 'b.wish': { choice: 'open' } }).situations).toEqual([]);
    const both = scoreDiagnostic(instrument, { 'b.wish': { choice: 'open' }, 'a.multi': { choices: ['x'] } });
    expect(both.situations.map((s) => [s.id, s.score, s.reasons.map((r) => r.ruleId)])).toEqual([
      ['widen-territory', 2, ['sit.free', 'sit.x']],
    ]);
    expect(both.situations[0].reasons[0].questionIds).toEqual(['b.wish']);
  });

  it('groups vigilance rules by id and lists each reason', () => {
    const result = scoreDiagnostic(instrument, {
      ...full,
      'a.risk': { choice: 'partly' },
      'b.single': { choice: 's0' },
      'a.yn': { unknown: true },
    });
    expect(result.vigilance.map((v) => [v.id, v.reasons.map((r) => r.ruleId)])).toEqual([
      ['pilot-weakened', ['vg.risk', 'vg.b']],
      ['weak-evidence', ['vg.unknown']],
    ]);
  });

  it('lists next actions whose condition holds, gaps as their reason', () => {
    const result = scoreDiagnostic(instrument, {
      ...full,
      'a.yn': { unknown: true },
      'a.scale': { choice: 'low' },
      'a.multi': { choices: ['none'] },
    });
    expect(result.nextActions.map((a) => a.id)).toEqual(['fill', 'fix-a']);
    expect(result.nextActions[0].reasons[0].questionIds).toEqual(['a.yn']);
    expect(scoreDiagnostic(instrument, full).nextActions).toEqual([]);
  });

  it('stamps the engine and instrument versions', () => {
    const result = scoreDiagnostic(instrument, full);
    expect([result.engineVersion, result.instrumentId, result.instrumentVersion]).toEqual([
      ENGINE_VERSION,
      'tiny',
      3,
    ]);
  });

  it('reads a value that does not fit its question as a gap', () => {
    const result = scoreDiagnostic(instrument, {
      ...full,
      'a.scale': { choices: ['high'] },
      'b.single': { choice: 'zzz' },
    });
    expect(result.gaps).toEqual(['a.scale', 'b.single']);
  });
});

describe('versioning', () => {
  it('keeps the result of answers to an old version when a new version changes the rules', () => {
    const before = scoreDiagnostic(instrument, full);
    const v4: Instrument = structuredClone(instrument);
    v4.version = 4;
    v4.rules.strategies[1].contributions[0].points = -50;
    v4.rules.verdicts = v4.rules.verdicts.filter((r) => r.ruleId !== 'v.now');
    const newer = scoreDiagnostic(v4, full);
    expect([newer.instrumentVersion, newer.verdict.id, newer.strategies[0].id]).toEqual([
      4,
      'ready',
      'influence',
    ]);
    // The old diagnostic is scored with the version it answered, and gives the same result as before.
    expect(scoreDiagnostic(instrument, full)).toEqual(before);
    expect([before.instrumentVersion, before.verdict.id, before.strategies[0].id]).toEqual([
      3,
      'needed-now',
      'essaimage-souple',
    ]);
    // Answers sent for version 3 are refused by version 4, naming the version as the field at fault.
    const validation = validateAnswers(v4, 3, full);
    expect(validation.ok ? [] : validation.errors.map((e) => e.field)).toEqual(['instrumentVersion']);
  });
});

describe('compareResults', () => {
  it('reports dimension deltas, gaps and vigilance that changed', () => {
    const before = scoreDiagnostic(instrument, {
      ...full,
      'a.yn': { unknown: true },
      'a.risk': { choice: 'yes' },
      'b.single': { choice: 's0' },
    });
    const after = scoreDiagnostic(instrument, { ...full, 'a.text': { unknown: true } });
    const comparison = compareResults(before, after);
    expect(comparison.verdict).toEqual({ before: before.verdict.id, after: 'needed-now' });
    expect(comparison.dimensions).toEqual([
      { id: 'a', before: 67, after: 100, delta: 33, levelBefore: 'solid', levelAfter: 'strong' },
      { id: 'b', before: 0, after: 100, delta: 100, levelBefore: 'weak', levelAfter: 'strong' },
    ]);
    expect(comparison.newGaps).toEqual(['a.text']);
    expect(comparison.closedGaps).toEqual(['a.yn']);
    expect(comparison.newVigilance).toEqual([]);
    expect(comparison.resolvedVigilance).toEqual(['pilot-weakened', 'weak-evidence']);
    expect(comparison.topStrategy).toEqual({ before: 'essaimage-souple', after: 'essaimage-souple' });
  });
});

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
