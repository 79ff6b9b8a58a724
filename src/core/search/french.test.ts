import { describe, expect, it } from 'vitest';
import { matchesNormalized, normalizeForSearch, toFts5Match, toSearchQuery, toTsQuery } from './french.ts';

const finds = (query: string, text: string) =>
  matchesNormalized(normalizeForSearch(text), toSearchQuery(query));

describe('French search normalisation', () => {
  it.each([
    ['energie', 'Des énergies renouvelables citoyennes'],
    ['énergies', 'Une energie locale'],
    ['hopital', 'Les hôpitaux de proximité'],
    ['hôpitaux', 'un hopital'],
    ['mobilite', 'Mobilités douces en zone rurale'],
    ['mobilités', 'mobilite partagee'],
    ['collectivites', 'Les collectivités locales'],
    ['renovation logement', 'Rénovation accompagnée des logements'],
    ['eau potable', 'Protéger l’eau potable'],
    ["l'alimentation", 'alimentation durable'],
    ['CENTRALES villageoises', 'Centrales-Villageoises du Pilat'],
    ['precarite', 'la précarité énergétique'],
  ])('« %s » finds « %s »', (query, text) => {
    expect(finds(query, text)).toBe(true);
  });

  it.each([
    ['energie', 'Protéger l’eau potable'],
    ['hopital eau', 'Les hôpitaux de proximité'],
    ['velo', 'Mobilités douces'],
  ])('« %s » does not find « %s »', (query, text) => {
    expect(finds(query, text)).toBe(false);
  });

  it('drops stop words, elisions and punctuation, and keeps only [a-z0-9] tokens', () => {
    expect(normalizeForSearch('L’énergie de la Vallée, et les 12 hôpitaux !')).toBe(
      'energ vall valle 12 hopital',
    );
    expect(normalizeForSearch('<script>alert("x")</script>')).toMatch(/^[a-z0-9 ]+$/);
    expect(toSearchQuery('le la les de et').groups).toEqual([]);
  });

  it('writes the same query for both engines, each word as a group of alternatives', () => {
    const q = toSearchQuery('Mobilité énergie énergies');
    expect(q.groups).toEqual([['mobil', 'mobilit'], ['energ']]);
    expect(toFts5Match(q)).toBe('("mobil" OR "mobilit") AND "energ"');
    expect(toTsQuery(q)).toBe('(mobil | mobilit) & energ');
  });

  it('cannot be used to inject FTS or tsquery syntax', () => {
    const q = toSearchQuery('a" OR 1=1 -- & | ! ( ) * NEAR');
    for (const g of q.groups) for (const s of g) expect(s).toMatch(/^[a-z0-9]+$/);
  });
});
