import { describe, expect, it } from 'vitest';
import { foldForSearch, searchMethod } from './method-search.ts';
import { fixture, lt } from './method-content.test-support.ts';

describe('searchMethod', () => {
  const content = fixture();
  const cases: [string, string, 'fr' | 'en', { kind: string; id: string }[]][] = [
    ['matches titles without accents', 'energie', 'fr', [{ kind: 'glossary', id: 'energie' }]],
    ['is case-insensitive', 'FRANCHISE SOCIALE', 'fr', [{ kind: 'strategy', id: 'franchise' }]],
    [
      'finds bodies, accents in the query too',
      'adhèrent à une CHARTE',
      'fr',
      [{ kind: 'strategy', id: 'essaimage-souple' }],
    ],
    [
      'folds typographic and straight apostrophes together',
      "l'essoufflement",
      'fr',
      [{ kind: 'vigilance', id: 'volunteer-fatigue' }],
    ],
    ['searches the requested language only', 'volunteer fatigue', 'fr', []],
    ['searches English', 'volunteer fatigue', 'en', [{ kind: 'vigilance', id: 'volunteer-fatigue' }]],
    [
      'orders by kind within title hits',
      'essaimage',
      'fr',
      [
        { kind: 'glossary', id: 'essaimage' },
        { kind: 'strategy', id: 'essaimage-souple' },
        { kind: 'method-point', id: 'secure-pilot' },
      ],
    ],
    [
      'puts title hits before body hits',
      'projet',
      'fr',
      [
        { kind: 'method-point', id: 'secure-pilot' },
        { kind: 'glossary', id: 'essaimage' },
      ],
    ],
    ['ignores too short queries', ' e ', 'fr', []],
    ['finds nothing for unknown words', 'photovoltaïque', 'fr', []],
  ];
  it.each(cases)('%s', (_name, query, lang, expected) => {
    expect(searchMethod(content, query, lang).map(({ kind, id }) => ({ kind, id }))).toEqual(expected);
  });

  it('returns an excerpt around the match, without Markdown marks', () => {
    const [hit] = searchMethod(content, 'budgets', 'fr');
    expect(hit).toMatchObject({
      kind: 'method-point',
      id: 'secure-pilot',
      title: 'Sécuriser le projet d’origine',
    });
    expect(hit.excerpt).toContain('Séparer les budgets de l’essaimage');
    expect(hit.excerpt).not.toContain('**');
  });

  it('gives the opening of the text when only the title matches', () => {
    const [hit] = searchMethod(content, 'citoyenne', 'fr');
    expect(hit).toEqual({
      kind: 'glossary',
      id: 'energie',
      title: 'Énergie citoyenne',
      excerpt: 'Énergie produite par des habitants',
    });
  });

  it('cuts excerpts at word boundaries', () => {
    const long = fixture();
    long.glossary[1].definition = lt(`${'avant '.repeat(40)}cible${' après'.repeat(40)}`);
    const [hit] = searchMethod(long, 'cible', 'fr');
    expect(hit.excerpt).toMatch(/^…(avant )+cible( après)+…$/);
  });

  it('cuts long bodies with ellipses', () => {
    const long = fixture();
    long.glossary[1].definition = lt(`${'a'.repeat(200)} photovoltaïque ${'b'.repeat(200)}`);
    const [hit] = searchMethod(long, 'photovoltaique', 'fr');
    expect(hit.excerpt.startsWith('…')).toBe(true);
    expect(hit.excerpt.endsWith('…')).toBe(true);
    expect(hit.excerpt).toContain('photovoltaïque');
    expect(hit.excerpt.length).toBeLessThan(160);
  });
});

describe('foldForSearch', () => {
  it.each([
    ['Énergie', 'energie'],
    ['Cœur  du  concept', 'coeur du concept'],
    ['l’État', "l'etat"],
    ['«\u00a0pull\u00a0»', '« pull »'],
  ])('%s -> %s', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });
});
