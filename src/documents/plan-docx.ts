import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { PLAN_WORDS, SECTION_ORDER, type PlanDocument } from './plan-document.ts';

/** The scaling plan as an editable Word document: the same content as the PDF, in tables a team can rework. */

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
const table = (header: string[], rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });

export async function renderPlanDocx(doc: PlanDocument): Promise<Buffer> {
  const w = PLAN_WORDS[doc.lang];
  const colon = doc.lang === 'fr' ? '\u00a0: ' : ': ';
  const semicolon = doc.lang === 'fr' ? '\u00a0; ' : '; ';
  const line = (label: string, value: string) =>
    new Paragraph({ children: [new TextRun({ text: `${label}${colon}`, bold: true }), new TextRun(value)] });
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: w.plan }),
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    line(w.project, doc.projectTitle),
    line(w.strategy, doc.strategy),
    line(w.situation, doc.situation),
    line(w.status, doc.status),
    line(w.date, doc.date),
    new Paragraph({ text: w.summary, heading: HeadingLevel.HEADING_1 }),
    ...(doc.summary ? doc.summary.split('\n').map((p) => new Paragraph(p)) : []),
    ...doc.ranking.map((r, i) => new Paragraph(`${i + 1}. ${r.title} (${r.score} / 100)`)),
    new Paragraph({ text: w.objectives, heading: HeadingLevel.HEADING_1 }),
    ...(doc.objectives.length
      ? doc.objectives.map(
          (o) =>
            new Paragraph({
              text: `${o.label}${colon}${o.target}${o.date ? ` (${o.date})` : ''}`,
              bullet: { level: 0 },
            }),
        )
      : [new Paragraph(w.none)]),
  ];
  for (const kind of SECTION_ORDER) {
    const items = doc.items.filter((i) => i.kind === kind);
    children.push(new Paragraph({ text: w.sections[kind], heading: HeadingLevel.HEADING_1 }));
    if (items.length === 0) {
      children.push(new Paragraph(w.none));
      continue;
    }
    if (kind === 'risk') {
      children.push(
        new Paragraph({ text: w.matrix, heading: HeadingLevel.HEADING_2 }),
        new Paragraph(w.matrixCaption),
      );
      children.push(
        table(
          [`${w.likelihood} / ${w.impact}`, ...w.levels],
          doc.riskMatrix.map((row, r) => [w.levels[2 - r], ...row.map((titles) => titles.join(semicolon))]),
        ),
      );
    }
    const extra = items[0].fields.map((f) => f.label);
    children.push(
      table(
        [w.title, w.description, ...extra, w.owner, w.start, w.due, w.status],
        items.map((i) => [
          i.title,
          i.description,
          ...i.fields.map((f) => f.value),
          i.owner,
          i.startDate,
          i.dueDate,
          i.status,
        ]),
      ),
    );
    if (kind === 'budget-line') {
      children.push(
        new Paragraph(''),
        table(
          [w.sections['budget-line'], ''],
          [
            [w.investment, doc.budget.investment],
            [w.running, doc.budget.running],
            [w.total, doc.budget.total],
            [w.funded, doc.budget.funded],
            [w.unfunded, doc.budget.unfunded],
            [w.unfundedShare, doc.budget.unfundedShare],
          ],
        ),
      );
    }
  }
  children.push(
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: w.footer, size: 16 })] }),
  );
  const document = new Document({
    creator: 'Essaim',
    title: doc.title,
    language: doc.lang === 'fr' ? 'fr-FR' : 'en-GB',
    sections: [{ children }],
  } as ConstructorParameters<typeof Document>[0]);
  return Packer.toBuffer(document);
}
