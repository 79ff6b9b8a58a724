import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Instrument } from '../diagnostics/instrument.schemas.ts';
import type { DiagnosticResult, Trace } from '../diagnostics/scoring.ts';
import { derivePlanDraft, type VigilanceInfo } from './derive.ts';
import { diffDiagnostics, proposePlanUpdates } from './diff.ts';
import { budgetTotals, riskMatrix } from './summary.ts';
import { findCycle, topologicalOrder, validateItem, validatePlanFields } from './validate.ts';
import type { AnyItem, StoredItem } from './plan.types.ts';

const t = (fr: string, en = fr) => ({ fr, en });
const yesno = (id: string) => ({
  id,
  type: 'yesno',
  text: t(`Question ${id} ?`, `Question ${id}?`),
  help: t('aide'),
  sources: ['avise'],
});

const instrument = {
  id: 'carrier-readiness',
  version: 1,
  dimensions: [
    {
      id: 'capacity',
      title: t('Capacité du porteur', 'Carrier capacity'),
      description: t('Temps et équipe'),
      weight: 1,
      sources: ['avise'],
      questions: [yesno('capacity.leader-time'), yesno('capacity.team-stability')],
    },
    {
      id: 'economics',
      title: t('Coûts', 'Costs'),
      description: t('Argent'),
      weight: 1,
      sources: ['avise'],
      questions: [yesno('economics.main-funder-share'), yesno('economics.after-pilot')],
    },
  ],
} as unknown as Instrument;

const trace = (ruleId: string, questionIds: string[]): Trace => ({
  ruleId,
  questionIds,
  dimensionIds: [],
  answers: [],
  explanation: t('parce que'),
});

function result(over: Partial<DiagnosticResult> = {}): DiagnosticResult {
  return {
    engineVersion: 1,
    instrumentId: 'carrier-readiness',
    instrumentVersion: 1,
    dimensions: [
      { id: 'capacity', score: 20, level: 'weak', coverage: 1, answered: 2, unknownCount: 0, gaps: [] },
      {
        id: 'economics',
        score: 80,
        level: 'strong',
        coverage: 0.5,
        answered: 1,
        unknownCount: 1,
        gaps: ['economics.after-pilot'],
      },
    ],
    overall: { score: 50, coverage: 0.75 },
    verdict: { id: 'prepare-first', reasons: [] },
    strategies: [
      { id: 'essaimage-souple', score: 70, points: 70, reasons: [] },
      { id: 'franchise', score: 40, points: 40, reasons: [] },
    ],
    situations: [{ id: 'spread-adapted', score: 60, reasons: [] }],
    vigilance: [
      { id: 'single-funder', reasons: [trace('vigilance.single-funder', ['economics.main-funder-share'])] },
    ],
    nextActions: [
      {
        id: 'write-model',
        text: t('Écrire le modèle', 'Write the model'),
        reasons: [trace('next.write-model', ['capacity.leader-time'])],
      },
    ],
    gaps: ['economics.after-pilot'],
    ...over,
  };
}

const vigilance: VigilanceInfo[] = [
  {
    id: 'single-funder',
    category: 'brake',
    title: t('Dépendre d’un seul financeur', 'Depending on a single funder'),
    explanation: t('Un seul financeur.'),
    actions: [t('Diversifier.', 'Diversify.')],
  },
];

const draftOf = (r: DiagnosticResult, lang: 'fr' | 'en' = 'fr') =>
  derivePlanDraft({
    diagnosticId: 'd1',
    result: r,
    instrument,
    vigilance,
    lang,
    answers: { 'capacity.leader-time': { choice: 'no' }, 'capacity.team-stability': { choice: 'yes' } },
  });

describe('plan derivation from a diagnostic', () => {
  const draft = draftOf(result());

  it('takes the situation and the best-ranked strategy, and keeps the ranking', () => {
    expect(draft.situation).toBe('spread-adapted');
    expect(draft.strategy).toBe('essaimage-souple');
    expect(draft.strategyRanking).toEqual([
      { id: 'essaimage-souple', score: 70 },
      { id: 'franchise', score: 40 },
    ]);
  });

  it.each([
    ['action:write-model', 'prerequisite', 'Écrire le modèle', ['capacity.leader-time'], 'next.write-model'],
    [
      'dimension:capacity',
      'prerequisite',
      'Renforcer : Capacité du porteur',
      ['capacity.leader-time'],
      'dimension.weak',
    ],
    [
      'gap:economics.after-pilot',
      'prerequisite',
      'Trouver la réponse : Question economics.after-pilot ?',
      ['economics.after-pilot'],
      'gap',
    ],
    [
      'vigilance:single-funder',
      'risk',
      'Dépendre d’un seul financeur',
      ['economics.main-funder-share'],
      'vigilance.single-funder',
    ],
  ])('derives %s as a %s linked to its answers', (key, kind, title, questionIds, ruleId) => {
    const item = draft.items.find((i) => i.sourceRef?.key === key);
    expect(item).toMatchObject({ kind, title, sourceRef: { diagnosticId: 'd1', key, questionIds, ruleId } });
  });

  it('suggests likelihood and impact for a risk, with the method’s actions as mitigation', () => {
    const risk = draft.items.find((i) => i.kind === 'risk');
    expect(risk?.details).toEqual({ likelihood: 2, impact: 3, mitigation: 'Diversifier.' });
  });

  it('always proposes the four safeguards of the pilot, each with an indicator and only existing questions', () => {
    const safeguards = draft.items.filter((i) => i.kind === 'safeguard');
    expect(safeguards.map((s) => s.kind === 'safeguard' && s.details.area)).toEqual([
      'team-time',
      'funding',
      'quality',
      'territory',
    ]);
    for (const s of safeguards)
      if (s.kind === 'safeguard') expect(s.details.indicator.length).toBeGreaterThan(10);
    expect(safeguards[0].sourceRef?.questionIds).toEqual(['capacity.leader-time', 'capacity.team-stability']);
    expect(safeguards[2].sourceRef?.questionIds).toEqual([]);
  });

  it('does not raise a strong dimension and writes English when asked', () => {
    expect(draft.items.some((i) => i.sourceRef?.key === 'dimension:economics')).toBe(false);
    expect(draftOf(result(), 'en').items.find((i) => i.sourceRef?.key === 'dimension:capacity')?.title).toBe(
      'Strengthen: Carrier capacity',
    );
  });
});

const item = (over: Partial<AnyItem> & Pick<AnyItem, 'kind' | 'details'>): AnyItem =>
  ({
    title: 'x',
    description: '',
    status: 'en-cours',
    startDate: null,
    dueDate: null,
    sourceRef: null,
    ...over,
  }) as AnyItem;

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
