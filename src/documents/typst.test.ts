import { describe, expect, it } from 'vitest';
import { diagnosticResultTypst, type DiagnosticResultDocument } from './diagnostic-result.typ.ts';
import { TypstCompileError, compileTypstPdf, formatDate, typstString, typstText } from './typst.ts';

const xmpTitle = (pdf: Buffer): string =>
  /<dc:title><rdf:Alt><rdf:li[^>]*>([\s\S]*?)<\/rdf:li>/.exec(pdf.toString('utf8'))?.[1] ?? '';

describe('Typst helpers', () => {
  it('writes any text as a string literal that Typst reads back unchanged', () => {
    const nasty =
      'Guillemets « " », \\ antislash, #set page(width: 1cm), ]) [x] $y$ *gras* _it_ `code` <lbl> @ref\nligne\ttab \u0007';
    const literal = typstString(nasty);
    expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
    // The document title is set from the literal: the PDF metadata carries the very same text (XML-escaped).
    const pdf = compileTypstPdf(
      `#set document(title: ${typstString('Épreuve « À » œ')})\n${typstText(nasty)}(suite)[x].y`,
    );
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(xmpTitle(pdf)).toBe('Épreuve « À » œ');
  });

  it('reports Typst’s own diagnostics when the source is wrong', () => {
    expect(() => compileTypstPdf('#let x = (')).toThrow(TypstCompileError);
    expect(() => compileTypstPdf('#let x = (')).toThrow(/unclosed delimiter/);
  });

  it('writes dates out in the document’s language', () => {
    expect(formatDate('2026-11-25T10:00:00.000Z', 'fr')).toBe('25 novembre 2026');
    expect(formatDate('2026-11-25T10:00:00.000Z', 'en')).toBe('25 November 2026');
  });
});

function sampleDocument(overrides: Partial<DiagnosticResultDocument> = {}): DiagnosticResultDocument {
  return {
    lang: 'fr',
    projectTitle: 'Bricobus « l’atelier qui roule » #2',
    organisationName: 'Compagnons Bâtisseurs',
    diagnosticTitle: 'Diagnostic de printemps',
    instrumentTitle: 'Prêts à changer d’échelle ?',
    instrumentVersion: 1,
    engineVersion: 1,
    draft: false,
    date: '25 novembre 2026',
    verdict: {
      title: 'Préparer d’abord',
      description: 'Quelques fondations manquent.',
      reasons: ['Le modèle n’est pas écrit (Question → Non)'],
    },
    overall: { score: 58, coverage: 0.9 },
    dimensions: [
      { title: 'Motivation', score: 80, level: 'fort', coverage: 1, gaps: 0 },
      { title: 'Modèle économique', score: null, level: 'inconnu', coverage: 0, gaps: 3 },
      { title: 'Preuves', score: 0, level: 'faible', coverage: 0.5, gaps: 1 },
    ],
    strategies: [
      { title: 'Essaimage souple', score: 70, reasons: ['Vous voulez garder un lien léger.'] },
      { title: 'Franchise sociale', score: 20, reasons: [] },
    ],
    situations: [{ title: 'Étendre le territoire', reasons: ['Des demandes viennent d’ailleurs.'] }],
    vigilance: [{ title: 'Épuisement des bénévoles', reasons: ['Peu de bénévoles.'] }],
    nextActions: [{ text: 'Écrire le cœur du modèle.', reasons: ['Le modèle n’est pas écrit.'] }],
    gaps: ['Combien coûte un site\u00a0?'],
    territory: null,
    model: null,
    sources: [
      { label: 'Scaling Up Toolkit', authors: 'ExpandNet', year: 2010, url: 'https://expandnet.net' },
    ],
    ...overrides,
  };
}

describe('diagnostic result template', () => {
  it('compiles to a PDF titled with the project, with French typography in the source', () => {
    const source = diagnosticResultTypst(sampleDocument());
    expect(source).toContain('Verdict\u00a0: Préparer d’abord');
    expect(source).toContain('Projet');
    // User text only ever enters as string literals.
    expect(source).toContain(typstString('Bricobus « l’atelier qui roule » #2'));
    expect(source).not.toMatch(/^Bricobus/m);
    const pdf = compileTypstPdf(source);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(xmpTitle(pdf)).toBe('Bricobus « l’atelier qui roule » #2\u00a0: Diagnostic de printemps');
    expect(pdf.length).toBeGreaterThan(15_000);
  });

  it('draws one bar per dimension, none for unknown scores, and numbers strategies in order', () => {
    const source = diagnosticResultTypst(sampleDocument());
    const bars = [...source.matchAll(/rect\(width: (\d+)%/g)].map((m) => Number(m[1]));
    expect(bars).toEqual([80, 0, 0]);
    expect(source).toMatch(/^1\. \*#"Essaimage souple";\*/m);
    expect(source).toMatch(/^2\. \*#"Franchise sociale";\*/m);
  });

  it('writes English documents with English labels and marks drafts on every page', () => {
    const source = diagnosticResultTypst(
      sampleDocument({ lang: 'en', draft: true, date: '25 November 2026' }),
    );
    expect(source).toContain('Verdict: Préparer d’abord');
    expect(source).toContain('Draft: provisional result');
    expect(source).toMatch(/header: align\(right/);
    expect(compileTypstPdf(source).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
