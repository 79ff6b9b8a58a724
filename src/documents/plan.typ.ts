import { compileTypstPdf, typstString, typstText } from './typst.ts';
import { PLAN_WORDS, SECTION_ORDER, type PlanDocument, type PlanDocumentItem } from './plan-document.ts';

/** The PDF of a scaling plan, for a funder or an elected council: cover, summary, sections, risk matrix, budget. */

const t = typstText;
const s = typstString;

function itemTable(doc: PlanDocument, items: PlanDocumentItem[]): string {
  const w = PLAN_WORDS[doc.lang];
  const extra = items[0]?.fields.map((f) => f.label) ?? [];
  const headers = [w.title, ...extra, w.owner, w.due, w.status];
  const rows = items
    .map((i) => {
      const title = i.description
        ? `[*${t(i.title)}* \\ #text(size: 8.5pt, ${s(i.description.slice(0, 600))})]`
        : `[*${t(i.title)}*]`;
      return `  ${[title, ...i.fields.map((f) => s(f.value)), s(i.owner), s(i.dueDate), s(i.status)].join(', ')},`;
    })
    .join('\n');
  return `#table(
  columns: (${['2fr', ...extra.map(() => '1fr'), 'auto', 'auto', 'auto'].join(', ')}),
  stroke: 0.5pt + luma(180),
  inset: 5pt,
  table.header(${headers.map((h) => `[*${t(h)}*]`).join(', ')}),
${rows}
)`;
}

function riskMatrix(doc: PlanDocument): string {
  const w = PLAN_WORDS[doc.lang];
  const fills = [
    ['#f7d9a8', '#f0a58a', '#d9534f'],
    ['#e8edc4', '#f7d9a8', '#f0a58a'],
    ['#cfe8d5', '#e8edc4', '#f7d9a8'],
  ];
  const cells = doc.riskMatrix
    .map((row, r) => {
      const label = `[*${t(w.levels[2 - r])}*]`;
      const cols = row.map(
        (titles, c) =>
          `table.cell(fill: rgb(${s(fills[r][c])}))[#set text(size: 8pt)\n${titles.length ? titles.map((x) => `${t(x)}`).join(' \\ ') : ''}]`,
      );
      return `  ${[label, ...cols].join(', ')},`;
    })
    .join('\n');
  return `#figure(
  table(columns: (2.2cm, 1fr, 1fr, 1fr), stroke: 0.5pt + luma(150), inset: 5pt,
  table.header([*${t(`${w.likelihood} / ${w.impact}`)}*], ${w.levels.map((l) => `[*${t(l)}*]`).join(', ')}),
${cells}
  ),
  caption: ${s(w.matrixCaption)},
  kind: table,
)`;
}

export function planTypst(doc: PlanDocument): string {
  const w = PLAN_WORDS[doc.lang];
  const colon = doc.lang === 'fr' ? '\u00a0: ' : ': ';
  const field = (label: string, value: string) => `*${t(label)}*${colon}${t(value)}`;
  const sections = SECTION_ORDER.map((kind) => {
    const items = doc.items.filter((i) => i.kind === kind);
    let body = items.length ? itemTable(doc, items) : t(w.none);
    if (kind === 'risk' && items.length) body = `${riskMatrix(doc)}\n\n${body}`;
    if (kind === 'budget-line') {
      body += `\n\n#table(columns: (1fr, auto), stroke: 0.5pt + luma(180), inset: 5pt,
  ${[
    [w.investment, doc.budget.investment],
    [w.running, doc.budget.running],
    [w.total, doc.budget.total],
    [w.funded, doc.budget.funded],
    [w.unfunded, doc.budget.unfunded],
    [w.unfundedShare, doc.budget.unfundedShare],
  ]
    .map(([a, b]) => `[${t(a)}], align(right, [*${t(b)}*])`)
    .join(',\n  ')},
)`;
    }
    return `== ${t(w.sections[kind])}\n\n${body}\n`;
  }).join('\n');
  return `#set document(title: ${s(doc.title)})
#set text(lang: ${s(doc.lang)}, size: 10pt)
#set page(paper: "a4", margin: (x: 1.8cm, y: 2cm), numbering: "1 / 1",
  footer: context [#set text(size: 8pt, fill: luma(90)); ${t(w.footer)} #h(1fr) #counter(page).display("1 / 1", both: true)])
#show heading.where(level: 1): set text(size: 22pt, fill: rgb("#2e6b4f"))
#show heading.where(level: 2): set text(size: 13pt, fill: rgb("#2e6b4f"))

#v(4cm)
#text(size: 12pt, fill: luma(80), ${s(w.plan)})
= ${t(doc.title)}
#v(1cm)
${field(w.project, doc.projectTitle)} \\
${field(w.strategy, doc.strategy)} \\
${field(w.situation, doc.situation)} \\
${field(w.status, doc.status)} \\
${field(w.date, doc.date)}
#pagebreak()

== ${t(w.summary)}

${doc.summary ? t(doc.summary) : ''}

${field(w.sections['budget-line'], `${doc.budget.total} (${w.unfundedShare.toLowerCase()}${colon}${doc.budget.unfundedShare})`)} \\
${SECTION_ORDER.map((k) => field(w.sections[k], String(doc.items.filter((i) => i.kind === k).length))).join(' \\\n')}

${doc.ranking.length ? `*${t(w.ranking)}*\n${doc.ranking.map((r, i) => `${i + 1}. ${t(`${r.title} (${r.score} / 100)`)}`).join('\n')}\n` : ''}
== ${t(w.objectives)}

${doc.objectives.length ? doc.objectives.map((o) => `- ${t(`${o.label}${colon}${o.target}${o.date ? ` (${o.date})` : ''}`)}`).join('\n') : t(w.none)}

${sections}
`;
}

export function renderPlanPdf(doc: PlanDocument): Buffer {
  return compileTypstPdf(planTypst(doc));
}
