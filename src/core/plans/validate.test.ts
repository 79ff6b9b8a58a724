import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { item } from './plans.test-support.ts';
import { findCycle, topologicalOrder, validateItem, validatePlanFields } from './validate.ts';

describe('validation', () => {
  it.each([
    [{ startDate: '2027-03-01', dueDate: '2027-02-01' }, 'dueDate'],
    [{ startDate: '2027-02-30', dueDate: null }, 'startDate'],
    [{ startDate: null, dueDate: '01/02/2027' }, 'dueDate'],
  ])('refuses dates %o on field %s', (dates, field) => {
    expect(Object.keys(validateItem(item({ kind: 'prerequisite', details: {}, ...dates })))).toEqual([field]);
  });

  it('accepts a same-day start and due date', () => {
    expect(
      validateItem(
        item({ kind: 'prerequisite', details: {}, startDate: '2027-01-01', dueDate: '2027-01-01' }),
      ),
    ).toEqual({});
  });

  it.each([
    [-1, 'Le montant ne peut pas être négatif.'],
    [10.005, 'Le montant a au plus deux décimales.'],
  ])('refuses the amount %d', (amount, reason) => {
    const errors = validateItem(
      item({
        kind: 'budget-line',
        details: { category: 'running', amount, fundingSource: '', fundingStatus: 'sought' },
      }),
    );
    expect(errors['details.amount']?.fr).toBe(reason);
  });

  it('accepts 0.29 € (no floating-point false alarm)', () => {
    expect(
      validateItem(
        item({
          kind: 'budget-line',
          details: { category: 'running', amount: 0.29, fundingSource: '', fundingStatus: 'sought' },
        }),
      ),
    ).toEqual({});
  });

  it('refuses a milestone depending on itself', () => {
    expect(validateItem(item({ kind: 'milestone', details: { dependsOn: ['m1'] } }), 'm1')).toHaveProperty([
      'details.dependsOn',
    ]);
  });

  it('checks plan dates and objectives', () => {
    const errors = validatePlanFields({
      startDate: '2027-01-01',
      endDate: '2026-01-01',
      objectives: [{ label: 'Sites', target: -3, unit: 'sites', date: '2026-06-01' }],
    });
    expect(Object.keys(errors).sort()).toEqual(['endDate', 'objectives.0.date', 'objectives.0.target']);
  });
});

describe('dependency cycles', () => {
  const graph = (pairs: [string, string[]][]) => new Map(pairs);

  it.each([
    [
      [
        ['a', ['b']],
        ['b', ['c']],
        ['c', []],
      ],
      null,
    ],
    [[['a', ['a']]], ['a']],
    [
      [
        ['a', ['b']],
        ['b', ['c']],
        ['c', ['a']],
      ],
      ['a', 'b', 'c'],
    ],
    [
      [
        ['a', ['b', 'c']],
        ['b', ['d']],
        ['c', ['d']],
        ['d', []],
      ],
      null,
    ],
  ] as [[string, string[]][], string[] | null][])('finds the cycle of %j', (pairs, cycle) => {
    expect(findCycle(graph(pairs))).toEqual(cycle);
  });

  it('orders milestones after their dependencies', () => {
    expect(
      topologicalOrder(
        ['a', 'b', 'c'],
        graph([
          ['a', ['c']],
          ['b', []],
          ['c', ['b']],
        ]),
      ),
    ).toEqual(['b', 'c', 'a']);
  });

  /** Reference answer: a cycle exists iff repeatedly removing nodes with no remaining dependency leaves some nodes. */
  const hasCycleByPeeling = (edges: Map<string, string[]>): boolean => {
    const remaining = new Map([...edges].map(([k, v]) => [k, new Set(v)]));
    for (;;) {
      const free = [...remaining]
        .filter(([, deps]) => [...deps].every((d) => !remaining.has(d)))
        .map(([k]) => k);
      if (free.length === 0) return remaining.size > 0;
      for (const k of free) remaining.delete(k);
    }
  };

  it('agrees with a reference on random graphs, and each reported cycle is a real cycle', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f'];
    const arbGraph = fc
      .array(fc.tuple(fc.constantFrom(...nodes), fc.constantFrom(...nodes)), { maxLength: 12 })
      .map((pairs) => {
        const edges = new Map<string, string[]>(nodes.map((n) => [n, []]));
        for (const [from, to] of pairs) if (!edges.get(from)!.includes(to)) edges.get(from)!.push(to);
        return edges;
      });
    fc.assert(
      fc.property(arbGraph, (edges) => {
        const cycle = findCycle(edges);
        expect(cycle !== null).toBe(hasCycleByPeeling(edges));
        if (cycle)
          cycle.forEach((node, i) => expect(edges.get(node)).toContain(cycle[(i + 1) % cycle.length]));
      }),
      { numRuns: 500 },
    );
  });

  it('handles a chain of 20 000 milestones without overflowing the stack', () => {
    const edges = new Map(Array.from({ length: 20_000 }, (_, i) => [`m${i}`, i > 0 ? [`m${i - 1}`] : []]));
    expect(findCycle(edges)).toBeNull();
    edges.set('m0', ['m19999']);
    expect(findCycle(edges)?.length).toBe(20_000);
  });
});
