import { describe, expect, it } from 'vitest';
import { InstrumentSchema, findInstrumentProblems } from './instrument.schemas.ts';
import type { Condition } from './condition.schemas.ts';
import type { Instrument } from './instrument.schemas.ts';

const L = (fr: string, en = fr) => ({ fr, en });

function build(overrides: { questions?: unknown[]; when?: Condition; extraRuleId?: string } = {}): unknown {
  return {
    id: 'probe',
    version: 1,
    kind: 'carrier-readiness',
    title: L('Sonde'),
    intro: L('Sonde'),
    estimatedMinutes: { min: 5, max: 10 },
    dimensions: [
      {
        id: 'd',
        title: L('D'),
        description: L('D'),
        weight: 1,
        sources: ['nesta'],
        questions: overrides.questions ?? [
          {
            id: 'd.scale',
            type: 'scale',
            text: L('Échelle'),
            help: L('Aide'),
            sources: ['nesta'],
            levels: [
              { id: 'low', label: L('Bas'), score: 0 },
              { id: 'high', label: L('Haut'), score: 100 },
            ],
          },
          {
            id: 'd.wish',
            type: 'single',
            text: L('Souhait'),
            help: L('Aide'),
            sources: ['avise'],
            options: [
              { id: 'a', label: L('A'), tags: ['t.a'] },
              { id: 'b', label: L('B') },
            ],
          },
        ],
      },
    ],
    rules: {
      levels: { fragile: 35, solid: 55, strong: 75, minCoverageAboveFragile: 0.5 },
      verdicts: [
        {
          ruleId: 'v',
          verdict: 'ready',
          when: overrides.when ?? { q: 'd.scale', is: ['high'] },
          explanation: L('Prêt'),
        },
      ],
      defaultVerdict: {
        ruleId: overrides.extraRuleId ?? 'v.default',
        verdict: 'not-yet',
        explanation: L('Non'),
      },
      verdictLabels: {
        'not-yet': { title: L('Pas encore'), description: L('…') },
        'prepare-first': { title: L('À préparer'), description: L('…') },
        ready: { title: L('Prêt'), description: L('…') },
        'needed-now': { title: L('Maintenant'), description: L('…') },
      },
      situations: [],
      strategies: [
        {
          id: 'label',
          base: 0,
          contributions: [{ ruleId: 's', when: { tag: 't.a' }, points: 5, explanation: L('A') }],
        },
      ],
      vigilance: [],
      nextActions: [],
    },
  };
}

const scale = (id: string, scores: number[]) => ({
  id,
  type: 'scale',
  text: L('Q'),
  help: L('Aide'),
  sources: ['isat'],
  levels: scores.map((score, i) => ({ id: `l${i}`, label: L(`N${i}`), score })),
});

describe('InstrumentSchema', () => {
  it('accepts a coherent instrument', () => {
    const parsed = InstrumentSchema.safeParse(build());
    expect(parsed.success).toBe(true);
    expect(findInstrumentProblems(parsed.data as Instrument)).toEqual([]);
  });

  it.each([
    [
      'a rule names an unknown question',
      build({ when: { q: 'd.nope', is: ['x'] } }),
      'v: unknown question d.nope',
    ],
    [
      'a rule names an unknown choice',
      build({ when: { q: 'd.scale', is: ['middle'] } }),
      'v: question d.scale has no choice middle',
    ],
    [
      'a rule names an unknown dimension',
      build({ when: { dimension: 'zz', level: ['weak'] } }),
      'v: unknown dimension zz',
    ],
    [
      'a rule tests a tag nobody carries',
      build({ when: { tag: 'ghost' } }),
      'v: no option carries tag ghost',
    ],
    [
      'a rule reads the score of an unscored question',
      build({ when: { q: 'd.wish', score: { min: 1 } } }),
      'v: question d.wish is not scored',
    ],
    ['two rules share an id', build({ extraRuleId: 'v' }), 'duplicate rule id v'],
    [
      'two questions share an id',
      build({ questions: [scale('d.q', [0, 100]), scale('d.q', [0, 100])], when: { overall: { min: 1 } } }),
      'duplicate question id d.q',
    ],
    [
      'scale scores decrease',
      build({ questions: [scale('d.q', [100, 0])], when: { overall: { min: 1 } } }),
      'question d.q: level scores must not decrease',
    ],
    [
      'only some options are scored',
      build({
        questions: [
          {
            id: 'd.s',
            type: 'single',
            text: L('Q'),
            help: L('Aide'),
            sources: ['isat'],
            options: [
              { id: 'a', label: L('A'), score: 10, tags: ['t.a'] },
              { id: 'b', label: L('B') },
            ],
          },
        ],
        when: { overall: { min: 1 } },
      }),
      'question d.s: give a score to every option or to none',
    ],
  ])('rejects an instrument where %s', (_name, raw, problem) => {
    const parsed = InstrumentSchema.safeParse(raw);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain(problem);
  });

  it.each([
    ['an unknown source id', { sources: ['wikipedia'] }],
    ['an unknown question type', { type: 'slider' }],
    ['a question without help', { help: undefined }],
    ['English missing', { text: { fr: 'Question' } }],
  ])('rejects a question with %s', (_name, patch) => {
    const question = { ...scale('d.q', [0, 100]), ...patch };
    expect(
      InstrumentSchema.safeParse(build({ questions: [question], when: { overall: { min: 1 } } })).success,
    ).toBe(false);
  });

  it('rejects an unknown strategy, vigilance or verdict id', () => {
    const raw = build() as { rules: Record<string, unknown> };
    const withStrategy = {
      ...raw,
      rules: {
        ...raw.rules,
        strategies: [
          {
            id: 'growth',
            base: 0,
            contributions: [{ ruleId: 's', when: { tag: 't.a' }, points: 5, explanation: L('A') }],
          },
        ],
      },
    };
    expect(InstrumentSchema.safeParse(withStrategy).success).toBe(false);
    const vigilance = [{ ruleId: 'x', id: 'boredom', when: { overall: { min: 1 } }, explanation: L('x') }];
    expect(InstrumentSchema.safeParse({ ...raw, rules: { ...raw.rules, vigilance } }).success).toBe(false);
    const defaultVerdict = { ruleId: 'v.default', verdict: 'maybe', explanation: L('x') };
    expect(InstrumentSchema.safeParse({ ...raw, rules: { ...raw.rules, defaultVerdict } }).success).toBe(
      false,
    );
  });
});
