import { describe, expect, it } from 'vitest';
import { findCopyIssues, fixCopy, readSource, sourceFiles } from './test/french-copy.ts';

const NBSP = '\u00a0';
const check = (source: string) => findCopyIssues('x.ts', source, '.').map((i) => `${i.line}:${i.kind}`);

describe('French copy checker', () => {
  it('finds ordinary spaces in the French side of msg(), zod messages, fr: properties and French branches', () => {
    expect(check(`msg('Date attendue : AAAA', 'Expected date : YYYY');`)).toEqual(['1:space-before']);
    expect(check(`z.enum(['a'], 'Boîte : incoming.|Box : incoming.');`)).toEqual(['1:space-before']);
    expect(check(`const w = { fr: { a: 'Essaim : outil' }, en: { a: 'Essaim : tool' } };`)).toEqual([
      '1:space-before',
    ]);
    expect(check(`const s = fr ? 'Seuil ?' : 'Threshold ?';`)).toEqual(['1:space-before']);
    expect(check(`const s = lang === 'en' ? 'Why ?' : 'Pourquoi ?';`)).toEqual(['1:space-before']);
    expect(check('msg(`La session « ${t} » : fin`, `The session « ${t} » : end`);')).toEqual([
      '1:space-after-open-quote',
      '1:space-before',
      '1:space-before',
    ]);
    expect(check(`msg('Le nom «X»', 'x');`)).toEqual(['1:missing-after-open-quote']);
  });

  it('finds a separator written with an ordinary space before it, as in a join of French titles', () => {
    expect(check(`const v = titles.join(' ; ');`)).toEqual(['1:space-before']);
    expect(check(`const label = a + ' : ' + b;`)).toEqual(['1:space-before']);
    // English joins, and French ones with their no-break space, are right.
    expect(check(`const v = titles.join('; ');`)).toEqual([]);
    expect(check(`const v = titles.join(fr ? '\\u00a0; ' : '; ');`)).toEqual([]);
    expect(check(`const v = titles.join(lang === 'en' ? ' ; ' : '${NBSP}; ');`)).toEqual([]);
  });

  it('reads the French return that follows an English early return', () => {
    const source = `function f(l) {\n  if (l === 'en') {\n    return 'Hello : x';\n  }\n  return 'Bonjour : x';\n}`;
    expect(check(source)).toEqual(['5:space-before']);
  });

  it('leaves code, English text and already correct copy alone', () => {
    expect(check(`const a = b ? c : d; for (;;) {}`)).toEqual([]);
    expect(
      check(
        `msg('Date${NBSP}: AAAA', 'Date: YYYY'); const e = 'Questions answered « je ne sais pas » or left';`,
      ),
    ).toEqual([]);
    expect(check("msg('«\\u00a0x\\u00a0»', 'x');")).toEqual([]);
  });

  it('writes U+00A0 in place of the ordinary space, or \\u00a0 where the file writes escapes', () => {
    const source = `msg('Attendu : «x »', 'Expected: x');`;
    expect(fixCopy(source, findCopyIssues('x.ts', source, '.'))).toBe(
      `msg('Attendu${NBSP}: «${NBSP}x${NBSP}»', 'Expected: x');`,
    );
    const escaped = "const c = '\\u00a0: '; msg(`Fin : ${x}`, 'End');";
    expect(fixCopy(escaped, findCopyIssues('x.ts', escaped, '.'))).toBe(
      "const c = '\\u00a0: '; msg(`Fin\\u00a0: ${x}`, 'End');",
    );
  });
});

describe('French copy of the server, the CLI and the documents', () => {
  it('puts a no-break space before ; : ! ? » and after «', () => {
    const issues = sourceFiles(['src/server', 'src/cli', 'src/documents']).flatMap((f) =>
      findCopyIssues(f, readSource(f)),
    );
    expect(issues.map((i) => `${i.file}:${String(i.line)} ${i.kind} « …${i.excerpt}… »`)).toEqual([]);
  });
});
