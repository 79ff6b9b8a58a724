import { describe, expect, it } from 'vitest';
import { compareResults, scoreDiagnostic } from './scoring.ts';
import { full, instrument } from './scoring.test-support.ts';

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
