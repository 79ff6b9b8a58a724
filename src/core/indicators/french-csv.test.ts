import { describe, expect, it } from 'vitest';
import { parseFrenchNumber, parseSemicolonCsv, toSemicolonLine } from './french-csv.ts';

describe('parseSemicolonCsv', () => {
  it('reads a BOM, CRLF, quotes and empty lines, keeping line numbers', () => {
    const rows = parseSemicolonCsv('\ufeffsite;valeur\r\n"Trièves; Nord";"12,5"\r\n\r\n"dit ""oui""";3\n');
    expect(rows).toEqual([
      { line: 1, cells: ['site', 'valeur'] },
      { line: 2, cells: ['Trièves; Nord', '12,5'] },
      { line: 4, cells: ['dit "oui"', '3'] },
    ]);
  });
  it('counts lines inside quoted cells', () => {
    expect(parseSemicolonCsv('"a\nb";1\nc;2').map((r) => r.line)).toEqual([1, 3]);
  });
});

describe('parseFrenchNumber', () => {
  it.each([
    ['12,5', 12.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234', 1234],
    ['1\u202f000,25', 1000.25],
    ['-3', -3],
    ['36.5', 36.5],
  ])('%s', (input, expected) => expect(parseFrenchNumber(input)).toBe(expected));
  it.each(['', 'douze', '12,5 kWc', '1.234,5', '1,2,3', 'NaN', 'Infinity'])('%s is no number', (input) => {
    expect(parseFrenchNumber(input)).toBeNull();
  });
});

describe('toSemicolonLine', () => {
  it('writes decimal commas and quotes cells that need it', () => {
    expect(toSemicolonLine(['Pays de « Vercors »; sud', 12.5, null])).toBe(
      '"Pays de « Vercors »; sud";12,5;',
    );
  });
});
