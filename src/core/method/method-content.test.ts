import { describe, expect, it } from 'vitest';
import { MethodContentError, listMethodContentProblems, validateMethodContent } from './method-content.ts';
import { findFrenchTypographyIssues } from './french-typography.ts';
import { foldForSearch, searchMethod } from './method-search.ts';
import { findGlossaryTerm, strategiesByControl } from './method-lookups.ts';
import {
  CASE_IDS,
  EXPECTED_CONTROL_LEVELS,
  INITIATIVE_IDS,
  REQUIRED_VIGILANCE_IDS,
  SITUATION_IDS,
  STRATEGY_IDS,
} from './method.schemas.ts';
import type { LocalizedText, MethodContent, Strategy } from './method.schemas.ts';

// A small, complete and coherent content built in memory (src/core may not read files): every test starts from
// a fresh copy and changes one thing.
const lt = (fr: string, en = `${fr} (en)`): LocalizedText => ({ fr, en });
const example = { caseId: null, fictional: true, text: lt('Exemple fictif') };

function fixture(): MethodContent {
  return {
    sources: [
      {
        id: 'avise',
        label: 'Stratégies pour changer d’échelle',
        authors: 'Avise',
        year: 2014,
        url: 'https://www.avise.org/changer-d-echelle',
        description: lt('Guide'),
      },
      {
        id: 'nesta',
        label: 'Making it big',
        authors: 'Nesta',
        year: 2014,
        url: null,
        description: lt('Rapport'),
      },
    ],
    introduction: [
      {
        id: 'definition',
        title: lt('Définition'),
        body: lt('Faire grandir l’**impact**.'),
        sources: ['nesta'],
      },
    ],
    situations: SITUATION_IDS.map((id) => ({
      id,
      title: lt(`Situation ${id}`),
      summary: lt('Résumé'),
      description: lt('Description'),
      signs: [lt('Signe un'), lt('Signe deux')],
      strategies: ['cooperation'],
      example: { caseId: 'bricobus', fictional: false, text: lt('Le Bricobus') },
      sources: ['avise'],
    })),
    strategies: STRATEGY_IDS.map((id) => ({
      id,
      controlLevel: id === 'cooperation' ? null : EXPECTED_CONTROL_LEVELS[id],
      transversal: id === 'cooperation',
      title: lt(
        id === 'franchise' ? 'Franchise sociale' : `Stratégie ${id}`,
        id === 'franchise' ? 'Social franchise' : `Strategy ${id}`,
      ),
      summary: lt(
        id === 'essaimage-souple' ? 'Des structures autonomes adhèrent à une charte commune.' : 'Résumé',
      ),
      description: lt('Description'),
      whenItFits: lt('Quand'),
      costs: lt('Coûts'),
      demandsOnCarrier: lt('Exigences'),
      risks: [{ vigilanceId: 'loss-of-soul', text: lt('Risque') }],
      example,
      sources: ['avise'],
    })),
    initiatives: INITIATIVE_IDS.map((id) => ({
      id,
      title: lt(`Initiative ${id}`),
      summary: lt('Résumé'),
      description: lt('Description'),
      tips: [lt('Conseil')],
      vigilance: [],
      example,
      sources: ['avise'],
    })),
    vigilance: REQUIRED_VIGILANCE_IDS.map((id) => ({
      id,
      title: lt(
        id === 'volunteer-fatigue' ? 'L’essoufflement des bénévoles' : `Vigilance ${id}`,
        id === 'volunteer-fatigue' ? 'Volunteer fatigue' : `Vigilance ${id}`,
      ),
      category: 'difficulty' as const,
      explanation: lt('Explication'),
      actions: [lt('Action')],
      signs: [lt('Signe')],
      sources: ['avise'],
    })),
    methodPoints: [
      {
        id: 'secure-pilot',
        title: lt('Sécuriser le projet d’origine'),
        summary: lt('Protéger le site pilote'),
        body: lt(
          'Séparer les budgets de l’**essaimage** et ceux du site.\n\nProtéger le temps des personnes clés.',
        ),
        vigilance: ['pilot-weakened'],
        sources: ['avise'],
      },
    ],
    glossary: [
      {
        id: 'essaimage',
        term: lt('Essaimage', 'Spreading'),
        definition: lt('Transposer un projet ailleurs'),
        seeAlso: ['energie'],
        sources: ['avise'],
      },
      {
        id: 'energie',
        term: lt('Énergie citoyenne', 'Community energy'),
        definition: lt('Énergie produite par des habitants'),
        seeAlso: [],
        sources: ['avise'],
      },
    ],
    cases: CASE_IDS.map((id) => ({
      id,
      name: id,
      carrier: lt('Porteur'),
      summary: lt('Résumé'),
      facts: [
        { text: lt('Fait un'), certain: true },
        { text: lt('Fait deux'), certain: false },
        { text: lt('Fait trois'), certain: true },
      ],
      situations: [...SITUATION_IDS],
      strategies: ['duplication'],
      illustrates: lt('Illustre'),
      lessons: [lt('Leçon un'), lt('Leçon deux')],
      sources: ['avise'],
    })),
  };
}

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

describe('findFrenchTypographyIssues', () => {
  it.each([
    ['Quoi\u00a0? Voici\u00a0: «\u00a0essaimer\u00a0» ; non.', ['ordinary space before punctuation']],
    ['C\u2019est l\u2019essaimage\u00a0!', []],
    ["C'est", ['straight apostrophe']],
    ['un "label"', ['straight quote', 'straight quote']],
    ['Pourquoi?', ['missing non-breaking space before punctuation']],
    ['Trois étapes: plan', ['missing non-breaking space before a colon']],
    ['«essaimer\u00a0»', ['missing non-breaking space after «']],
    ['Voir https://www.avise.org/changer-d-echelle et 10:30', []],
    ['Vraiment\u00a0?!', []],
    ['2 600 actionnaires', ['ordinary space inside a number']],
    ['70 % en bio', ['ordinary space inside a number or before %']],
    ['2\u00a0600 actionnaires, 70\u00a0% en bio, 2014 et 2015', []],
  ])('%s', (text, expected) => {
    const issues = findFrenchTypographyIssues(text);
    expect(issues).toHaveLength(expected.length);
    expected.forEach((message, i) => expect(issues[i]).toContain(message));
  });
});
