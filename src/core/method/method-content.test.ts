import { describe, expect, it } from 'vitest';
import { MethodContentError, listMethodContentProblems, validateMethodContent } from './method-content.ts';
import type { LocalizedText, MethodContent } from './method.schemas.ts';
import { fixture, lt } from './method-content.test-support.ts';

describe('validateMethodContent', () => {
  it('accepts coherent content and returns it typed', () => {
    const content = validateMethodContent(fixture());
    expect(content.strategies).toHaveLength(7);
    expect(listMethodContentProblems(content)).toEqual([]);
  });

  const broken: [string, (c: MethodContent) => void, RegExp][] = [
    [
      'unknown source',
      (c) => (c.situations[0].sources = ['nowhere']),
      /situations\.widen-public: unknown source "nowhere"/,
    ],
    [
      'unknown vigilance id in a risk',
      (c) => (c.strategies[0].risks[0].vigilanceId = 'made-up'),
      /unknown vigilance point "made-up"/,
    ],
    [
      'unknown glossary seeAlso',
      (c) => (c.glossary[0].seeAlso = ['missing-term']),
      /unknown glossary term "missing-term"/,
    ],
    [
      'glossary term pointing to itself',
      (c) => (c.glossary[1].seeAlso = ['energie']),
      /energie: refers to itself/,
    ],
    ['duplicate glossary id', (c) => (c.glossary[1].id = 'essaimage'), /duplicate id "essaimage"/],
    [
      'missing required vigilance point',
      (c) => (c.vigilance[0].id = 'something-else'),
      /required point "unsustainable-pilot-resources" is missing/,
    ],
    [
      'wrong control level',
      (c) => (c.strategies[0].controlLevel = 2),
      /influence: control level should be 1/,
    ],
    ['source never cited', (c) => c.sources.push({ ...c.sources[1], id: 'orphan' }), /orphan: never cited/],
    [
      'case citing no source with an address',
      (c) => (c.cases[0].sources = ['nesta']),
      /cases\.centrales-villageoises: cites no source with a public address/,
    ],
    [
      'example case that does not list the situation',
      (c) => (c.cases[2].situations = ['widen-public']),
      /situations\.widen-territory: its example case "bricobus" does not list it/,
    ],
    [
      'example case that does not list the strategy',
      (c) => (c.strategies[1].example = { caseId: 'bricobus', fictional: false, text: lt('Bricobus') }),
      /strategies\.label: its example case "bricobus" does not list it/,
    ],
    [
      'unknown vigilance id in a method point',
      (c) => (c.methodPoints[0].vigilance = ['nope']),
      /unknown vigilance point "nope"/,
    ],
  ];
  it.each(broken)('reports %s', (_name, mutate, expected) => {
    const content = fixture();
    mutate(content);
    expect(listMethodContentProblems(content).join('\n')).toMatch(expected);
  });

  const invalid: [string, (c: Record<string, unknown> & MethodContent) => void, string][] = [
    ['id not in kebab-case', (c) => (c.glossary[0].id = 'Essaimage'), 'glossary.0.id'],
    [
      'empty English text',
      (c) => (c.situations[0].title = { fr: 'Titre', en: '  ' }),
      'situations.0.title.en',
    ],
    [
      'a third language',
      (c) => (c.introduction[0].title = { ...c.introduction[0].title, de: 'x' } as LocalizedText),
      'introduction.0.title',
    ],
    ['cooperation with a level', (c) => (c.strategies[6].controlLevel = 3), 'strategies.6.controlLevel'],
    ['a strategy missing', (c) => c.strategies.pop(), 'strategies'],
    ['an unknown situation id', (c) => ((c.situations[0] as { id: string }).id = 'grow'), 'situations.0.id'],
    [
      'a case example also marked fictional',
      (c) => (c.situations[0].example.fictional = true),
      'situations.0.example',
    ],
    ['a plain http address', (c) => (c.sources[0].url = 'http://www.avise.org'), 'sources.0.url'],
    [
      'an unknown category',
      (c) => ((c.vigilance[0] as { category: string }).category = 'risk'),
      'vigilance.0.category',
    ],
  ];
  it.each(invalid)('rejects %s', (_name, mutate, path) => {
    const content = fixture() as Record<string, unknown> & MethodContent;
    mutate(content);
    let error: unknown;
    try {
      validateMethodContent(content);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MethodContentError);
    expect((error as MethodContentError).problems.some((p) => p.startsWith(`${path}:`))).toBe(true);
  });

  it('rejects something that is not content at all', () => {
    expect(() => validateMethodContent(null)).toThrow(MethodContentError);
    expect(() => validateMethodContent({})).toThrow(/sources/);
  });
});
