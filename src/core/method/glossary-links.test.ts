import { describe, expect, it } from 'vitest';
import { buildGlossaryMatcher, linkGlossaryTerms } from './glossary-links.ts';

const glossary = [
  { id: 'essaimage', term: 'Essaimage' },
  { id: 'invariant', term: 'Invariant (partie fixe)' },
  { id: 'scic', term: 'SCIC (société coopérative d’intérêt collectif)' },
  { id: 'changement-echelle', term: 'Changement d’échelle' },
  { id: 'epci', term: 'EPCI (intercommunalité)' },
];
const matcher = buildGlossaryMatcher(glossary);

function linked(text: string, seen = new Set<string>(), exclude?: string) {
  return linkGlossaryTerms(text, matcher, seen, exclude)
    .filter((s) => s.termId)
    .map((s) => [s.text, s.termId]);
}

describe('linkGlossaryTerms', () => {
  it.each([
    ['L’essaimage repose sur une charte.', [['essaimage', 'essaimage']]],
    ['Les invariants du modèle', [['invariants', 'invariant']]],
    ['la partie fixe du modèle', [['partie fixe', 'invariant']]],
    ['une SCIC locale', [['SCIC', 'scic']]],
    ['le changement d’échelle', [['changement d’échelle', 'changement-echelle']]],
    ["le changement d'échelle", [["changement d'échelle", 'changement-echelle']]],
    ['le changement\u00a0d’échelle', [['changement\u00a0d’échelle', 'changement-echelle']]],
    ['chaque intercommunalité', [['intercommunalité', 'epci']]],
  ])('links %s', (text, expected) => {
    expect(linked(text)).toEqual(expected);
  });

  it.each([
    'le mot scic en minuscules ne suffit pas',
    'essaimages? non : essaimageur est un autre mot',
    'désessaimage',
  ])('does not link inside words or lower-case acronyms: %s', (text) => {
    expect(linked(text).map(([, id]) => id)).not.toContain('scic');
    if (!text.includes('essaimages?')) expect(linked(text)).toEqual([]);
  });

  it('links only the first occurrence of a term in a block, across texts sharing a set', () => {
    const seen = new Set<string>();
    expect(linked('Essaimage et essaimage.', seen)).toEqual([['Essaimage', 'essaimage']]);
    expect(linked('Encore l’essaimage.', seen)).toEqual([]);
  });

  it('never links the excluded term and keeps the whole text', () => {
    const text = 'L’essaimage d’une SCIC.';
    expect(linked(text, new Set(), 'essaimage')).toEqual([['SCIC', 'scic']]);
    const segments = linkGlossaryTerms(text, matcher, new Set());
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('returns the text unchanged without a glossary', () => {
    expect(linkGlossaryTerms('Essaimage', buildGlossaryMatcher([]), new Set())).toEqual([
      { text: 'Essaimage' },
    ]);
  });
});
