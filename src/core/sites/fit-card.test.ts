import { describe, expect, it } from 'vitest';
import { checklistProgress, compareFit, type FitFacts } from './fit-card.ts';

const facts = (over: Partial<FitFacts>): FitFacts => ({
  label: 'X',
  population: 10_000,
  epciType: 'CC',
  densityBand: { fr: 'Bourg', en: 'Town' },
  region: '84',
  regionName: 'Auvergne-Rhône-Alpes',
  ...over,
});

describe('compareFit', () => {
  it.each([
    [10_000, 30_000, 'close'],
    [10_000, 30_001, 'different'],
    [40_000, 10_000, 'different'],
    [null, 10_000, 'unknown'],
  ] as const)('population %s vs %s is %s', (a, b, verdict) => {
    const row = compareFit(facts({ population: a }), facts({ population: b })).find(
      (r) => r.fact === 'population',
    )!;
    expect(row.verdict).toBe(verdict);
  });

  it('compares EPCI type, density band and région as same or not', () => {
    const rows = compareFit(
      facts({ epciType: 'CA', region: '93', regionName: 'PACA' }),
      facts({ epciType: 'CC', densityBand: null }),
    );
    expect(rows.map((r) => [r.fact, r.verdict])).toEqual([
      ['population', 'close'],
      ['epciType', 'different'],
      ['density', 'unknown'],
      ['region', 'different'],
    ]);
  });
});

describe('checklistProgress', () => {
  it.each([
    [[], 0],
    [[{ done: true }, { done: false }, { done: false }], 33],
    [[{ done: true }], 100],
  ])('%j gives %i', (steps, pct) => expect(checklistProgress(steps)).toBe(pct));
});
