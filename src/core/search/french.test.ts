import { describe, expect, it } from 'vitest';
import {
  matchesNormalized,
  normalizeForSearch,
  toFts5Match,
  toSearchQuery,
  toTsQuery,
  words,
} from './french.ts';

/** The definition `words` follows, as it was first written: a split on the Unicode classes. */
const referenceWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/[œ]/g, 'oe')
    .replace(/[æ]/g, 'ae')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && w.length <= 40);

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

  it('splits words as the Unicode classes do, for every code point', () => {
    const differ: string[] = [];
    for (let point = 0; point <= 0x10ffff; point++) {
      const c = String.fromCodePoint(point);
      const text = `a${c}b ${c}`;
      const got = words(text);
      const want = referenceWords(text);
      if (got.length !== want.length || got.some((w, i) => w !== want[i])) differ.push(point.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('splits random texts as the Unicode classes do (surrogates, ligatures, marks, long words)', () => {
    const pieces = [
      'a',
      'É',
      'é',
      'e\u0301',
      'œ',
      'Œ',
      'æ',
      'Æ',
      'İ',
      'ß',
      'ﬁ',
      '٣',
      '²',
      '7',
      ' ',
      '’',
      "'",
      '-',
      '\n',
      '.',
      '𝐀',
      '😀',
      '\ud800',
      '\udc00',
      '\ud835',
      '中',
      'Ω',
      'ǅ',
      'x'.repeat(39),
      'y'.repeat(40),
      'œ'.repeat(20),
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const length = Math.floor(random() * 30);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      expect(words(text), JSON.stringify(text)).toEqual(referenceWords(text));
    }
  });
});
