import { describe, expect, it } from 'vitest';
import { findGlossaryTerm, strategiesByControl } from './method-lookups.ts';
import type { Strategy } from './method.schemas.ts';
import { fixture } from './method-content.test-support.ts';

describe('strategiesByControl', () => {
  const ids = (list: readonly Strategy[]) => list.map((s) => s.id);
  const shuffled = (): Strategy[] => {
    const s = fixture().strategies;
    return [s[6], s[3], s[0], s[5], s[1], s[4], s[2]];
  };
  const cases: [string, Strategy[], { includeTransversal?: boolean }, string[]][] = [
    [
      'orders by control, without cooperation',
      shuffled(),
      {},
      ['influence', 'label', 'essaimage-souple', 'franchise', 'duplication', 'merger'],
    ],
    [
      'puts transversal strategies last when asked',
      shuffled(),
      { includeTransversal: true },
      ['influence', 'label', 'essaimage-souple', 'franchise', 'duplication', 'merger', 'cooperation'],
    ],
    [
      'keeps only what it is given',
      shuffled().filter((s) => ['merger', 'label', 'cooperation'].includes(s.id)),
      {},
      ['label', 'merger'],
    ],
    ['handles an empty list', [], { includeTransversal: true }, []],
  ];
  it.each(cases)('%s', (_name, input, options, expected) => {
    const before = ids(input);
    expect(ids(strategiesByControl(input, options))).toEqual(expected);
    expect(ids(input)).toEqual(before); // the input is not sorted in place
  });
});

describe('findGlossaryTerm', () => {
  const content = fixture();
  it.each([
    ['essaimage', 'essaimage'],
    ['ÉNERGIE CITOYENNE', 'energie'],
    ['Community energy', 'energie'],
    ['energie', 'energie'],
    ['franchise', undefined],
    ['', undefined],
  ])('%s -> %s', (query, expected) => {
    expect(findGlossaryTerm(content, query)?.id).toBe(expected);
  });
});
