import { describe, expect, it } from 'vitest';
import { validateAnswers } from './answers.schemas.ts';
import type { AnswerFieldError } from './answers.schemas.ts';
import { InstrumentSchema } from './instrument.schemas.ts';
import type { Instrument } from './instrument.schemas.ts';

const L = (fr: string, en = fr) => ({ fr, en });

const instrument: Instrument = InstrumentSchema.parse({
  id: 'mini',
  version: 2,
  kind: 'replicator-fit',
  title: L('Mini'),
  intro: L('Mini'),
  estimatedMinutes: { min: 1, max: 1 },
  dimensions: [
    {
      id: 'd',
      title: L('D'),
      description: L('D'),
      weight: 1,
      sources: ['isat'],
      questions: [
        {
          id: 'd.scale',
          type: 'scale',
          text: L('Échelle'),
          help: L('Aide'),
          sources: ['isat'],
          levels: [
            { id: 'low', label: L('Bas'), score: 0 },
            { id: 'high', label: L('Haut'), score: 100 },
          ],
        },
        { id: 'd.yn', type: 'yesno', text: L('Oui ?'), help: L('Aide'), sources: ['isat'] },
        {
          id: 'd.single',
          type: 'single',
          text: L('Un'),
          help: L('Aide'),
          sources: ['isat'],
          options: [
            { id: 'a', label: L('A') },
            { id: 'b', label: L('B') },
          ],
        },
        {
          id: 'd.multi',
          type: 'multiple',
          text: L('Plusieurs'),
          help: L('Aide'),
          sources: ['isat'],
          options: [
            { id: 'a', label: L('A') },
            { id: 'b', label: L('B') },
            { id: 'none', label: L('Aucun', 'None'), exclusive: true },
          ],
        },
        {
          id: 'd.text',
          type: 'text',
          text: L('Texte'),
          help: L('Aide'),
          sources: ['isat'],
          optional: true,
          maxLength: 10,
        },
      ],
    },
  ],
  rules: {
    levels: { fragile: 35, solid: 55, strong: 75, minCoverageAboveFragile: 0.5 },
    verdicts: [{ ruleId: 'v', verdict: 'ready', when: { overall: { min: 0 } }, explanation: L('Prêt') }],
    defaultVerdict: { ruleId: 'v.default', verdict: 'not-yet', explanation: L('Non') },
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
        contributions: [{ ruleId: 's', when: { q: 'd.yn', is: ['yes'] }, points: 1, explanation: L('Oui') }],
      },
    ],
    vigilance: [],
    nextActions: [],
  },
});

const complete = {
  'd.scale': { choice: 'high' },
  'd.yn': { choice: 'partly' },
  'd.single': { choice: 'a' },
  'd.multi': { choices: ['a', 'b'] },
  'd.text': { text: 'court' },
};

const fieldsOf = (errors: AnswerFieldError[]) => errors.map((e) => [e.field, e.questionId]);

describe('validateAnswers', () => {
  it('accepts complete answers and « je ne sais pas » for every type', () => {
    expect(validateAnswers(instrument, 2, complete)).toEqual({ ok: true, answers: complete });
    const unknown = Object.fromEntries(Object.keys(complete).map((id) => [id, { unknown: true }]));
    expect(validateAnswers(instrument, 2, unknown, { requireComplete: true }).ok).toBe(true);
    expect(validateAnswers(instrument, 2, {}).ok).toBe(true);
  });

  it.each([
    ['wrong version', 1, complete, [['instrumentVersion', null]]],
    ['unknown question', 2, { ...complete, 'd.nope': { choice: 'a' } }, [['answers.d.nope', 'd.nope']]],
    [
      'choices for a scale',
      2,
      { ...complete, 'd.scale': { choices: ['high'] } },
      [['answers.d.scale', 'd.scale']],
    ],
    ['text for yes/no', 2, { ...complete, 'd.yn': { text: 'oui' } }, [['answers.d.yn', 'd.yn']]],
    ['choice for multiple', 2, { ...complete, 'd.multi': { choice: 'a' } }, [['answers.d.multi', 'd.multi']]],
    [
      'level not in the scale',
      2,
      { ...complete, 'd.scale': { choice: 'middle' } },
      [['answers.d.scale', 'd.scale']],
    ],
    [
      'maybe is not yes/no/partly',
      2,
      { ...complete, 'd.yn': { choice: 'maybe' } },
      [['answers.d.yn', 'd.yn']],
    ],
    [
      'option not in list',
      2,
      { ...complete, 'd.single': { choice: 'c' } },
      [['answers.d.single', 'd.single']],
    ],
    [
      'one of several options not in list',
      2,
      { ...complete, 'd.multi': { choices: ['a', 'z'] } },
      [['answers.d.multi', 'd.multi']],
    ],
    ['no option ticked', 2, { ...complete, 'd.multi': { choices: [] } }, [['answers.d.multi', 'd.multi']]],
    [
      'option ticked twice',
      2,
      { ...complete, 'd.multi': { choices: ['a', 'a'] } },
      [['answers.d.multi', 'd.multi']],
    ],
    [
      'exclusive option combined',
      2,
      { ...complete, 'd.multi': { choices: ['none', 'a'] } },
      [['answers.d.multi', 'd.multi']],
    ],
    [
      'text over the question’s limit',
      2,
      { ...complete, 'd.text': { text: 'x'.repeat(11) } },
      [['answers.d.text', 'd.text']],
    ],
    ['blank text', 2, { ...complete, 'd.text': { text: '   ' } }, [['answers.d.text', 'd.text']]],
    [
      'unknown mixed with a value',
      2,
      { ...complete, 'd.yn': { unknown: true, choice: 'yes' } },
      [['answers.d.yn', 'd.yn']],
    ],
    ['unknown: false', 2, { ...complete, 'd.yn': { unknown: false } }, [['answers.d.yn', 'd.yn']]],
    ['not an object', 2, { ...complete, 'd.yn': 'yes' }, [['answers.d.yn', 'd.yn']]],
    [
      'several errors at once',
      3,
      { ...complete, 'd.single': { choice: 'c' }, 'd.x': { unknown: true } },
      [
        ['instrumentVersion', null],
        ['answers.d.single', 'd.single'],
        ['answers.d.x', 'd.x'],
      ],
    ],
  ] as const)('rejects %s', (_name, version, answers, expected) => {
    const result = validateAnswers(instrument, version, answers);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(fieldsOf(result.errors)).toEqual(expected);
    for (const error of result.errors) {
      expect(error.reason.fr.length).toBeGreaterThan(0);
      expect(error.reason.en.length).toBeGreaterThan(0);
    }
  });

  it('caps free text at 5000 characters even without a question limit', () => {
    const long = instrument.dimensions[0].questions.map((q) =>
      q.id === 'd.text' ? { ...q, maxLength: undefined } : q,
    );
    const noLimit: Instrument = {
      ...instrument,
      dimensions: [{ ...instrument.dimensions[0], questions: long }],
    };
    expect(validateAnswers(noLimit, 2, { 'd.text': { text: 'x'.repeat(5000) } }).ok).toBe(true);
    expect(validateAnswers(noLimit, 2, { 'd.text': { text: 'x'.repeat(5001) } }).ok).toBe(false);
  });

  it('rejects answers that are not an object', () => {
    for (const answers of [null, [], 'x', 3]) {
      const result = validateAnswers(instrument, 2, answers);
      expect(result.ok ? [] : fieldsOf(result.errors)).toEqual([['answers', null]]);
    }
  });

  it('with requireComplete, names every missing question that is not optional', () => {
    const result = validateAnswers(
      instrument,
      2,
      { 'd.scale': { choice: 'low' } },
      { requireComplete: true },
    );
    expect(result.ok ? [] : fieldsOf(result.errors)).toEqual([
      ['answers.d.yn', 'd.yn'],
      ['answers.d.single', 'd.single'],
      ['answers.d.multi', 'd.multi'],
    ]);
  });
});
