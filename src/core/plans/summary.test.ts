import { describe, expect, it } from 'vitest';
import type { AnyItem, StoredItem } from './plan.types.ts';
import { item } from './plans.test-support.ts';
import { budgetTotals, riskMatrix } from './summary.ts';

describe('budget and risks', () => {
  const line = (
    amount: number,
    category: 'investment' | 'running',
    fundingStatus: 'sought' | 'requested' | 'granted' | 'refused',
    status: AnyItem['status'] = 'en-cours',
  ) =>
    item({ kind: 'budget-line', status, details: { category, amount, fundingSource: 'x', fundingStatus } });

  it('adds amounts by category, counts only granted funding as funded', () => {
    expect(
      budgetTotals([
        line(10_000.1, 'investment', 'granted'),
        line(5_000.2, 'running', 'requested'),
        line(5_000, 'running', 'refused'),
        line(999, 'running', 'sought', 'abandonne'),
      ]),
    ).toEqual({
      total: 20_000.3,
      byCategory: { investment: 10_000.1, running: 10_000.2 },
      funded: 10_000.1,
      unfunded: 10_000.2,
      unfundedShare: 0.5,
    });
    expect(budgetTotals([]).unfundedShare).toBe(0);
  });

  it('places open risks in a 3×3 matrix, highest likelihood first', () => {
    const risks: StoredItem[] = [
      {
        ...item({ kind: 'risk', details: { likelihood: 3, impact: 1, mitigation: '' } }),
        id: 'r1',
      } as StoredItem,
      {
        ...item({ kind: 'risk', details: { likelihood: 1, impact: 3, mitigation: '' } }),
        id: 'r2',
      } as StoredItem,
      {
        ...item({ kind: 'risk', status: 'termine', details: { likelihood: 1, impact: 3, mitigation: '' } }),
        id: 'r3',
      } as StoredItem,
    ];
    const m = riskMatrix(risks);
    expect(m[0][0]).toEqual({ likelihood: 3, impact: 1, itemIds: ['r1'] });
    expect(m[2][2]).toEqual({ likelihood: 1, impact: 3, itemIds: ['r2'] });
    expect(m.flat().reduce((n, c) => n + c.itemIds.length, 0)).toBe(2);
  });
});
