import { typstNumber, typstString, typstText } from './typst.ts';

/**
 * The PDF of a diagnostic's results: verdict, a bar chart of the dimensions and the same figures as a table,
 * strategies with their reasons, points of vigilance, next actions and sources. Takes plain data already in the
 * document's language (see src/server/diagnostics/diagnostic-pdf.ts), returns Typst source.
 */
export interface DiagnosticResultDocument {
  lang: 'fr' | 'en';
  projectTitle: string;
  organisationName: string | null;
  diagnosticTitle: string;
  instrumentTitle: string;
  instrumentVersion: number;
  engineVersion: number;
  /** Drafts print a provisional result, said so on every page. */
  draft: boolean;
  /** Already formatted in the document's language. */
  date: string;
  verdict: { title: string; description: string; reasons: string[] };
  overall: { score: number | null; coverage: number };
  dimensions: { title: string; score: number | null; level: string; coverage: number; gaps: number }[];
  strategies: { title: string; score: number; reasons: string[] }[];
  situations: { title: string; reasons: string[] }[];
  vigilance: { title: string; reasons: string[] }[];
  nextActions: { text: string; reasons: string[] }[];
  gaps: string[];
  territory: string | null;
  model: string | null;
  sources: { label: string; authors: string; year: number | null; url: string | null }[];
}

const WORDS = {
  fr: {
    result: 'Résultat du diagnostic',
    draft: 'Brouillon\u00a0: résultat provisoire, calculé sur les réponses actuelles',
    project: 'Projet',
    organisation: 'Organisation',
    instrument: 'Outil',
    version: 'version',
    date: 'Date',
    verdict: 'Verdict',
    why: 'Pourquoi\u00a0?',
    overall: 'Score global',
    coverage: 'réponses connues',
    dimensions: 'Dimensions',
    chartCaption:
      'Score de chaque dimension (sur 100). Les mêmes valeurs figurent dans le tableau ci-dessous.',
    dimension: 'Dimension',
    score: 'Score',
    level: 'Niveau',
    known: 'Connu',
    gaps: 'Manques',
    strategies: 'Stratégies, de la plus adaptée à la moins adaptée',
    situations: 'Situations de changement d’échelle suggérées',
    vigilance: 'Points de vigilance',
    nextActions: 'Prochaines actions',
    gapList: 'Questions restées sans réponse connue',
    sources: 'Sources',
    territory: 'Territoire',
    model: 'Modèle envisagé',
    none: 'Aucun.',
    unknownScore: 'inconnu',
    footer: 'Essaim\u00a0: outil libre d’aide au changement d’échelle. Moteur de calcul',
    andMore: (n: number) => `… et ${n}\u00a0autres.`,
  },
  en: {
    result: 'Diagnostic result',
    draft: 'Draft: provisional result, computed from the current answers',
    project: 'Project',
    organisation: 'Organisation',
    instrument: 'Instrument',
    version: 'version',
    date: 'Date',
    verdict: 'Verdict',
    why: 'Why?',
    overall: 'Overall score',
    coverage: 'answers known',
    dimensions: 'Dimensions',
    chartCaption: 'Score of each dimension (out of 100). The same values are in the table below.',
    dimension: 'Dimension',
    score: 'Score',
    level: 'Level',
    known: 'Known',
    gaps: 'Gaps',
    strategies: 'Strategies, from the best fit to the least',
    situations: 'Suggested scaling situations',
    vigilance: 'Points of vigilance',
    nextActions: 'Next actions',
    gapList: 'Questions without a known answer',
    sources: 'Sources',
    territory: 'Territory',
    model: 'Model considered',
    none: 'None.',
    unknownScore: 'unknown',
    footer: 'Essaim: open-source tool for scaling up. Scoring engine',
    andMore: (n: number) => `… and ${n} more.`,
  },
} as const;

const percent = (share: number): string => `${Math.round(share * 100)}\u00a0%`;
const t = typstText;

function bulletList(items: string[]): string {
  return items.map((item) => `- ${t(item)}`).join('\n');
}

function reasonsBlock(reasons: string[]): string {
  if (reasons.length === 0) return '';
  return `#block(inset: (left: 1em))[#set text(size: 9pt, fill: luma(60))\n${bulletList(reasons)}]`;
}

function barChart(doc: DiagnosticResultDocument): string {
  const cells = doc.dimensions
    .map((d) => {
      const width = d.score === null ? 0 : Math.max(0, Math.min(100, d.score));
      const label = d.score === null ? WORDS[doc.lang].unknownScore : String(d.score);
      return `  align(right + horizon, text(size: 9pt, ${typstString(d.title)})),
  box(width: 100%, height: 10pt, fill: luma(235), radius: 2pt, place(left, rect(width: ${typstNumber(width)}%, height: 10pt, radius: 2pt, fill: rgb("#2e6b4f")))),
  align(left + horizon, text(size: 9pt, ${typstString(label)})),`;
    })
    .join('\n');
  return `#figure(
  grid(columns: (5.5cm, 1fr, 1.4cm), column-gutter: 6pt, row-gutter: 5pt,
${cells}
  ),
  caption: ${typstString(WORDS[doc.lang].chartCaption)},
  kind: image,
  supplement: none,
)`;
}

function dimensionTable(doc: DiagnosticResultDocument): string {
  const w = WORDS[doc.lang];
  const rows = doc.dimensions
    .map((d) =>
      [
        d.title,
        d.score === null ? w.unknownScore : String(d.score),
        d.level,
        percent(d.coverage),
        String(d.gaps),
      ]
        .map(typstString)
        .join(', '),
    )
    .map((row) => `  ${row},`)
    .join('\n');
  return `#table(
  columns: (1fr, auto, auto, auto, auto),
  align: (left, right, left, right, right),
  stroke: 0.5pt + luma(180),
  table.header([*${w.dimension}*], [*${w.score}*], [*${w.level}*], [*${w.known}*], [*${w.gaps}*]),
${rows}
)`;
}

/** The Typst source of the results document. */
export function diagnosticResultTypst(doc: DiagnosticResultDocument): string {
  const w = WORDS[doc.lang];
  const colon = doc.lang === 'fr' ? '\u00a0: ' : ': ';
  const field = (label: string, value: string) => `*${t(label)}*${colon}${t(value)}`;
  const header = [
    field(w.project, doc.projectTitle),
    doc.organisationName ? field(w.organisation, doc.organisationName) : null,
    field(w.instrument, `${doc.instrumentTitle} (${w.version} ${doc.instrumentVersion})`),
    doc.model ? field(w.model, doc.model) : null,
    doc.territory ? field(w.territory, doc.territory) : null,
    field(w.date, doc.date),
  ]
    .filter((line): line is string => line !== null)
    .join(' \\\n');
  const shownGaps = doc.gaps.slice(0, 25);
  const footer = `${w.footer} ${doc.engineVersion}.`;
  return `#set document(title: ${typstString(`${doc.projectTitle}${colon}${doc.diagnosticTitle}`)})
#set text(lang: ${typstString(doc.lang)}, size: 10.5pt)
#set page(paper: "a4", margin: (x: 2cm, y: 2.2cm), numbering: "1 / 1",
  header: ${doc.draft ? `align(right, text(size: 8pt, fill: rgb("#a33"), ${typstString(w.draft)}))` : 'none'},
  footer: context [#set text(size: 8pt, fill: luma(90)); ${t(footer)} #h(1fr) #counter(page).display("1 / 1", both: true)])
#set heading(numbering: none)
#show heading.where(level: 1): set text(size: 18pt)
#show heading.where(level: 2): set text(size: 13pt, fill: rgb("#2e6b4f"))

= ${t(`${w.result}${colon}${doc.diagnosticTitle}`)}

${header}

${doc.draft ? `#block(fill: rgb("#fdecea"), inset: 8pt, radius: 4pt, width: 100%)[${t(w.draft)}.]\n` : ''}
== ${t(`${w.verdict}${colon}${doc.verdict.title}`)}

${t(doc.verdict.description)}

${field(w.overall, doc.overall.score === null ? w.unknownScore : `${doc.overall.score} / 100`)} (${t(`${percent(doc.overall.coverage)} ${w.coverage}`)})

*${t(w.why)}*
${reasonsBlock(doc.verdict.reasons)}

== ${t(w.dimensions)}

${barChart(doc)}

${dimensionTable(doc)}

== ${t(w.strategies)}

${doc.strategies.map((s, i) => `${i + 1}. *${t(s.title)}* (${t(`${s.score} / 100`)})\n${reasonsBlock(s.reasons)}`).join('\n') || t(w.none)}

${doc.situations.length > 0 ? `== ${t(w.situations)}\n\n${doc.situations.map((s) => `- *${t(s.title)}*\n${reasonsBlock(s.reasons)}`).join('\n')}\n` : ''}
== ${t(w.vigilance)}

${doc.vigilance.map((v) => `- *${t(v.title)}*\n${reasonsBlock(v.reasons)}`).join('\n') || t(w.none)}

== ${t(w.nextActions)}

${doc.nextActions.map((a, i) => `${i + 1}. ${t(a.text)}\n${reasonsBlock(a.reasons)}`).join('\n') || t(w.none)}

${shownGaps.length > 0 ? `== ${t(w.gapList)}\n\n${bulletList(shownGaps)}\n${doc.gaps.length > shownGaps.length ? t(w.andMore(doc.gaps.length - shownGaps.length)) : ''}\n` : ''}
== ${t(w.sources)}

#set text(size: 9pt)
${doc.sources.map((s) => `- ${t(`${s.authors}${s.year ? ` (${s.year})` : ''}, ${s.label}`)}${s.url ? ` #link(${typstString(s.url)})` : ''}`).join('\n') || t(w.none)}
`;
}
