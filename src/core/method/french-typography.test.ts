import { describe, expect, it } from 'vitest';
import { findFrenchTypographyIssues } from './french-typography.ts';

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
