import { describe, expect, it } from 'vitest';
import type { Answers } from './answers.schemas.ts';
import { scoreDiagnostic } from './scoring.ts';
import { L, allUnknown, full, instrument } from './scoring.test-support.ts';

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
