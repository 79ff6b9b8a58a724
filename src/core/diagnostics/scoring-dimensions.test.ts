import { describe, expect, it } from 'vitest';
import type { Answers } from './answers.schemas.ts';
import { scoreDiagnostic } from './scoring.ts';
import { allUnknown, full, instrument } from './scoring.test-support.ts';

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
