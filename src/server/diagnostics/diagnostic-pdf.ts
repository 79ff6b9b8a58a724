import { listQuestions } from '../../core/diagnostics/instrument.schemas.ts';
import type { LocalizedText } from '../../core/diagnostics/instrument-vocabulary.ts';
import type { Instrument } from '../../core/diagnostics/instrument.schemas.ts';
import { scoreDiagnostic } from '../../core/diagnostics/scoring.ts';
import type { DiagnosticResult, Trace } from '../../core/diagnostics/scoring.ts';
import type { MethodContent } from '../../core/method/method.schemas.ts';
import {
  diagnosticResultTypst,
  type DiagnosticResultDocument,
} from '../../documents/diagnostic-result.typ.ts';
import { compileTypstPdf, formatDate } from '../../documents/typst.ts';
import type { DiagnosticRow } from './diagnostics.repository.ts';
import { parseAnswers, parseResult } from './diagnostics.present.ts';

const LEVELS: Record<string, LocalizedText> = {
  unknown: { fr: 'inconnu', en: 'unknown' },
  weak: { fr: 'faible', en: 'weak' },
  fragile: { fr: 'fragile', en: 'fragile' },
  solid: { fr: 'solide', en: 'solid' },
  strong: { fr: 'fort', en: 'strong' },
};

/** A reason as one line: the explanation, then the answers it read (« Question → réponse »). */
function reasonLines(
  traces: readonly Trace[],
  lang: 'fr' | 'en',
  questionText: Map<string, LocalizedText>,
): string[] {
  return traces.map((trace) => {
    const answers = trace.answers
      .slice(0, 4)
      .map((a) => `${questionText.get(a.questionId)?.[lang] ?? a.questionId} → ${a.answer[lang]}`)
      .join(lang === 'fr' ? '\u00a0; ' : '; ');
    return answers ? `${trace.explanation[lang]} (${answers})` : trace.explanation[lang];
  });
}

/** Everything the results document shows, in one language, from the stored result (or a preview for drafts). */
export function buildResultDocument(
  row: DiagnosticRow,
  instrument: Instrument,
  method: MethodContent,
  context: { projectTitle: string; organisationName: string | null; lang: 'fr' | 'en'; now: Date },
): DiagnosticResultDocument {
  const { lang } = context;
  const result: DiagnosticResult = parseResult(row) ?? scoreDiagnostic(instrument, parseAnswers(row));
  const questionText = new Map(listQuestions(instrument).map((q) => [q.id, q.text]));
  const dimensionTitle = new Map(instrument.dimensions.map((d) => [d.id, d.title]));
  const reasons = (traces: readonly Trace[]) => reasonLines(traces, lang, questionText);
  const label = instrument.rules.verdictLabels[result.verdict.id];
  const sourceIds = new Set<string>(
    instrument.dimensions.flatMap((d) => [...d.sources, ...d.questions.flatMap((q) => q.sources)]),
  );
  const facts = row.territory_facts
    ? (JSON.parse(row.territory_facts) as { name: string; code: string; population: number | null })
    : null;
  const population = facts?.population
    ? ` ${new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(facts.population)} ${lang === 'fr' ? 'habitants' : 'inhabitants'}`
    : '';
  return {
    lang,
    projectTitle: context.projectTitle,
    organisationName: context.organisationName,
    diagnosticTitle: row.title,
    instrumentTitle: instrument.title[lang],
    instrumentVersion: instrument.version,
    engineVersion: result.engineVersion,
    draft: row.status === 'draft',
    date: formatDate(row.completed_at ?? context.now.toISOString(), lang),
    verdict: {
      title: label.title[lang],
      description: label.description[lang],
      reasons: reasons(result.verdict.reasons),
    },
    overall: result.overall,
    dimensions: result.dimensions.map((d) => ({
      title: dimensionTitle.get(d.id)?.[lang] ?? d.id,
      score: d.score,
      level: LEVELS[d.level][lang],
      coverage: d.coverage,
      gaps: d.gaps.length,
    })),
    strategies: result.strategies.map((s, i) => ({
      title: method.strategies.find((m) => m.id === s.id)?.title[lang] ?? s.id,
      score: s.score,
      // The reasons of the three best strategies; the others are listed with their score only.
      reasons: i < 3 ? reasons(s.reasons) : [],
    })),
    situations: result.situations.map((s) => ({
      title: method.situations.find((m) => m.id === s.id)?.title[lang] ?? s.id,
      reasons: reasons(s.reasons),
    })),
    vigilance: result.vigilance.map((v) => ({
      title: method.vigilance.find((m) => m.id === v.id)?.title[lang] ?? v.id,
      reasons: reasons(v.reasons),
    })),
    nextActions: result.nextActions.map((a) => ({ text: a.text[lang], reasons: reasons(a.reasons) })),
    gaps: result.gaps.map((id) => questionText.get(id)?.[lang] ?? id),
    territory: facts ? `${facts.name} (${facts.code})${population}` : null,
    model: row.kind === 'replicator-fit' ? row.model_ref : null,
    sources: method.sources
      .filter((s) => sourceIds.has(s.id))
      .map((s) => ({ label: s.label, authors: s.authors, year: s.year, url: s.url })),
  };
}

export function renderResultPdf(document: DiagnosticResultDocument): Buffer {
  return compileTypstPdf(diagnosticResultTypst(document));
}
