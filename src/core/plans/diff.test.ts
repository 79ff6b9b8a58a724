import { describe, expect, it } from 'vitest';
import { diffDiagnostics, proposePlanUpdates } from './diff.ts';
import type { StoredItem } from './plan.types.ts';
import { draftOf, item, result } from './plans.test-support.ts';

describe('a newer diagnostic', () => {
  const before = result();
  const after = result({
    gaps: ['capacity.team-stability'],
    dimensions: [
      { id: 'capacity', score: 70, level: 'solid', coverage: 1, answered: 2, unknownCount: 0, gaps: [] },
      { id: 'economics', score: 30, level: 'weak', coverage: 1, answered: 2, unknownCount: 0, gaps: [] },
    ],
    vigilance: [],
    nextActions: [],
  });

  it('tells new and closed gaps, vigilance points and weak dimensions', () => {
    expect(diffDiagnostics(before, after)).toEqual({
      newGaps: ['capacity.team-stability'],
      closedGaps: ['economics.after-pilot'],
      newVigilance: [],
      closedVigilance: ['single-funder'],
      newWeakDimensions: ['economics'],
      closedWeakDimensions: ['capacity'],
    });
  });

  it('proposes new items for new causes and closing items whose cause is gone; hand-made items and safeguards stay', () => {
    const stored: StoredItem[] = draftOf(before).items.map((i, n) => ({ ...i, id: `i${n}` }) as StoredItem);
    stored.push({
      ...item({ kind: 'prerequisite', details: {}, title: 'À la main' }),
      id: 'hand',
    } as StoredItem);
    const proposals = proposePlanUpdates(stored, draftOf(after));
    expect(proposals.add.map((i) => i.sourceRef?.key)).toEqual([
      'dimension:economics',
      'gap:capacity.team-stability',
    ]);
    expect(proposals.close.map((c) => c.key).sort()).toEqual([
      'action:write-model',
      'dimension:capacity',
      'gap:economics.after-pilot',
      'vigilance:single-funder',
    ]);
  });

  it('does not propose closing what is already finished', () => {
    const stored = draftOf(before).items.map(
      (i, n) => ({ ...i, id: `i${n}`, status: 'termine' }) as StoredItem,
    );
    expect(proposePlanUpdates(stored, draftOf(after)).close).toEqual([]);
  });
});
