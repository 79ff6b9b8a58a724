import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvReader, type CsvRecord } from './import.csv.ts';
import { parseCsvRows } from './import.parse.ts';

/**
 * The import's CSV reader against csv-parse, which it replaced: same cells and same refusals on thousands of
 * generated files, whatever the size of the chunks the file arrives in; and the edge cases a French spreadsheet
 * produces (BOM, `;` or `,`, quoted cells with line breaks and separators, CRLF), with their line numbers.
 */
function readAll(text: string, delimiter: ';' | ',', chunk = Infinity): CsvRecord[] | { error: string } {
  const reader = new CsvReader(delimiter);
  const out: CsvRecord[] = [];
  try {
    for (let at = 0; at < text.length || at === 0; at += chunk) {
      const final = at + chunk >= text.length;
      out.push(...reader.push(text.slice(at, at + chunk), final));
      if (final) break;
    }
    reader.check();
  } catch (error) {
    return { error: (error as { code: string }).code };
  }
  return out;
}

function reference(text: string, delimiter: ';' | ','): string[][] | { error: string } {
  try {
    return parse(text, { delimiter, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    return { error: (error as { code: string }).code };
  }
}

const cells = (r: CsvRecord[] | { error: string }) => ('error' in r ? r : r.map((x) => x.fields));

/**
 * A deterministic generator of awkward CSV text: cells plain or quoted (with separators, line breaks and doubled
 * quotes inside), blanks around them, both separators, every kind of line break, empty lines, and now and then a
 * stray quote or text after a closing quote.
 */
function generated(seed: number, cellCount: number, delimiter: ';' | ','): string {
  let s = seed;
  const rand = () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const plain = ['', 'a', 'é', 'Œuvre', ' ', '\t', '\u00a0', '« x »', 'n°3', delimiter === ';' ? ',' : ';'];
  const inside = [...plain, ';', ',', '\r\n', '\n', '\r', '""'];
  const breaks = seed % 4 === 0 ? ['\r\n', '\n', '\r'] : [seed % 2 === 0 ? '\n' : '\r\n'];
  let out = '';
  for (let i = 0; i < cellCount; i++) {
    const blank = () => (rand() < 0.2 ? pick([' ', '\t', '  ']) : '');
    let cell = rand() < 0.4 ? `"${pick(inside)}${pick(inside)}${pick(inside)}"` : pick(plain) + pick(plain);
    if (rand() < 0.03) cell += pick(['"', 'x', ' "y"']); // malformed
    if (rand() < 0.02) cell = `a"${cell}`; // a quote inside a plain cell
    out += blank() + cell + blank();
    const r = rand();
    out += r < 0.25 ? pick(breaks) : r < 0.3 ? pick(breaks) + pick(breaks) : delimiter;
  }
  return rand() < 0.5 ? out : out.slice(0, -1);
}

describe('the import’s CSV reader', () => {
  it('reads what csv-parse reads, and refuses what it refuses, on 3,000 generated files and in any chunks', () => {
    let refused = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const delimiter = seed % 3 === 0 ? ',' : ';';
      const text = generated(seed, 3 + (seed % 30), delimiter);
      const expected = reference(text, delimiter);
      if ('error' in expected) refused += 1;
      const whole = readAll(text, delimiter);
      expect(cells(whole), JSON.stringify(text)).toEqual(expected);
      // The same file cut in small chunks: records (and their lines) do not depend on where the cuts fall.
      for (const chunk of [1, 2, 3, 7])
        expect(readAll(text, delimiter, chunk), `${JSON.stringify(text)} in chunks of ${chunk}`).toEqual(
          whole,
        );
    }
    // Both outcomes are exercised.
    expect(refused).toBeGreaterThan(300);
    expect(refused).toBeLessThan(2700);
  });

  it('numbers lines as an editor shows them: LF, CRLF, a lone CR, line breaks inside quoted cells, empty lines', () => {
    const lines = (text: string) => (readAll(text, ';') as CsvRecord[]).map((r) => [r.line, r.fields]);
    expect(lines('t;r\nA;1\nB;"x\ny"\nC;3\n')).toEqual([
      [1, ['t', 'r']],
      [2, ['A', '1']],
      [3, ['B', 'x\ny']],
      [5, ['C', '3']],
    ]);
    expect(lines('t;r\r\nA;1\r\n\r\n   \r\nB;"x\r\ny"\r\nC;"3"')).toEqual([
      [1, ['t', 'r']],
      [2, ['A', '1']],
      [5, ['B', 'x\r\ny']],
      [7, ['C', '3']],
    ]);
    expect(lines('t\rA\r"B\r"\rC')).toEqual([
      [1, ['t']],
      [2, ['A']],
      [3, ['B\r']],
      [5, ['C']],
    ]);
  });

  it('names the line and the reason of a malformed file', () => {
    const error = (text: string) => {
      const reader = new CsvReader(';');
      try {
        reader.push(text, true);
        reader.check();
        return null;
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(error('t;r\r\nA;"ouvert\r\n\r\nB;2\r\n')).toBe(
      'Quote Not Closed: the parsing is finished with an opening quote at line 2',
    );
    expect(error('t;r\r\nA;1\r\nB;"fermé"x\r\n')).toBe(
      'Invalid Closing Quote: got "x" at line 3 instead of delimiter, record delimiter, trimable character (if activated) or comment',
    );
    expect(error('t;r\r\nA;"x\ny" z\r\n')).toBe(
      'Invalid Closing Quote: found non trimable byte after quote at line 3',
    );
    expect(error('t;r\r\nA;1\r\nB;ab"c\r\n')).toBe(
      'Invalid Opening Quote: a quote is found on field "r" at line 3, value is "ab"',
    );
  });
});

describe('CSV rows of an import file', () => {
  const rows = async (file: Buffer | string) => {
    const out = [];
    for await (const row of parseCsvRows(typeof file === 'string' ? Buffer.from(file) : file)) out.push(row);
    return out;
  };

  it('reads a French spreadsheet export: BOM, `;`, French headers, quoted cells with `;` and line breaks, CRLF', async () => {
    const file =
      '\ufeffTitre;Résumé;Colonne inconnue;Thèmes;Territoires\r\n' +
      'Garage « solidaire »;"Réparer; prêter\nà prix coûtant";x;Mobilité;45252\r\n' +
      '\r\n' +
      '  Épicerie  ;"Dit ""l’épicerie""";;Alimentation|Lien social;35238\r\n' +
      "'=1+1;Formule neutralisée à l’export;;;\r\n";
    expect(await rows(file)).toEqual([
      {
        line: 2,
        row: {
          title: 'Garage « solidaire »',
          summary: 'Réparer; prêter\nà prix coûtant',
          themes: 'Mobilité',
          territories: '45252',
        },
      },
      {
        line: 5,
        row: {
          title: 'Épicerie',
          summary: 'Dit "l’épicerie"',
          themes: 'Alimentation|Lien social',
          territories: '35238',
        },
      },
      {
        line: 6,
        row: { title: '=1+1', summary: 'Formule neutralisée à l’export', themes: '', territories: '' },
      },
    ]);
  });

  it('takes `,` when the header has more commas, and LF line ends', async () => {
    expect(await rows('title,summary\n"Café, associatif",Un lieu\nRecyclerie,"Deux\nlignes"\nFin,x')).toEqual(
      [
        { line: 2, row: { title: 'Café, associatif', summary: 'Un lieu' } },
        { line: 3, row: { title: 'Recyclerie', summary: 'Deux\nlignes' } },
        { line: 5, row: { title: 'Fin', summary: 'x' } },
      ],
    );
  });

  it('keeps accented letters cut between two 64 KB slices of the file, and every line number after them', async () => {
    const lines = ['titre;résumé'];
    for (let i = 0; i < 3000; i++)
      lines.push(`Projet ${i};${i % 7 === 0 ? '"Été\r\nhiver"' : 'Œuvre éphémère'}`);
    const file = Buffer.from(`\ufeff${lines.join('\r\n')}`);
    const read = await rows(file);
    expect(read).toHaveLength(3000);
    let line = 2;
    read.forEach((r, i) => {
      expect(r).toEqual({
        line,
        row: { title: `Projet ${i}`, summary: i % 7 === 0 ? 'Été\r\nhiver' : 'Œuvre éphémère' },
      });
      line += i % 7 === 0 ? 2 : 1;
    });
  });

  it('reads a quoted cell longer than several 64 KB slices, and the rows around it', async () => {
    const long = `${'Une longue description; avec « guillemets » ""cités"" et\r\ndes lignes. '.repeat(5000)}fin`;
    const read = await rows(`titre;description\r\nAvant;x\r\nLongue;"${long}"\r\nAprès;y`);
    expect(read.map((r) => [r.line, r.row.title])).toEqual([
      [2, 'Avant'],
      [3, 'Longue'],
      [5004, 'Après'],
    ]);
    expect(read[1]!.row.description).toBe(long.replaceAll('""', '"'));
  });

  it('gives the rows before a malformed one, then refuses the file with the column’s header and the line', async () => {
    const read: number[] = [];
    const reading = (async () => {
      for await (const row of parseCsvRows(Buffer.from('titre;résumé\r\nA;x\r\nB;un "guillemet"\r\n')))
        read.push(row.line);
    })();
    await expect(reading).rejects.toThrow('at line 3');
    expect(read).toEqual([2]);
  });

  it('refuses a malformed file with the column’s header and the line in the message', async () => {
    await expect(rows('titre;résumé\r\nA;x\r\nB;un "guillemet"\r\n')).rejects.toThrow(
      'Invalid Opening Quote: a quote is found on field "résumé" at line 3, value is "un "',
    );
  });
});
