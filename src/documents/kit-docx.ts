import {
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { KitDocument, KitEntry } from './kit-document.ts';

/** The kit as an editable Word document: the same content as the PDF; a host site can rework it into its own. */
const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
];

function entryDocx(e: KitEntry, level: number, colon: string): Paragraph[] {
  const out = [
    new Paragraph({
      heading: HEADINGS[Math.min(level, 3)],
      children: [
        new TextRun(e.heading),
        ...(e.badge ? [new TextRun({ text: ` (${e.badge})`, italics: true })] : []),
      ],
    }),
  ];
  out.push(...e.paragraphs.map((p) => new Paragraph(p)));
  out.push(
    ...e.fields.map(
      ([k, v]) =>
        new Paragraph({
          bullet: { level: 0 },
          children: [new TextRun({ text: `${k}${colon}`, bold: true }), new TextRun(v)],
        }),
    ),
  );
  for (const child of e.children) out.push(...entryDocx(child, level + 1, colon));
  return out;
}

export async function renderKitDocx(doc: KitDocument): Promise<Buffer> {
  const w = doc.words;
  const colon = doc.lang === 'fr' ? '\u00a0: ' : ': ';
  const line = (label: string, value: string) =>
    new Paragraph({ children: [new TextRun({ text: `${label}${colon}`, bold: true }), new TextRun(value)] });
  const children: (Paragraph | Table | TableOfContents)[] = [
    new Paragraph({ text: w.kit }),
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    line(w.carrier, doc.carrier),
    line(w.version, doc.versionLabel),
    line(w.published, doc.date),
    new Paragraph({
      children: [
        new TextRun({ text: `${w.licence}${colon}`, bold: true }),
        doc.licenceUrl
          ? new ExternalHyperlink({
              link: doc.licenceUrl,
              children: [new TextRun({ text: doc.licence, style: 'Hyperlink' })],
            })
          : new TextRun(doc.licence),
      ],
    }),
    ...(doc.changeNote ? [line(w.changeNote, doc.changeNote)] : []),
    new TableOfContents(w.contents, { hyperlink: true, headingStyleRange: '1-2' }),
  ];
  for (const section of doc.sections) {
    if (section.block === 'links' && section.entries.length === 0) continue;
    children.push(
      new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    );
    if (section.table) {
      if (section.table.rows.length === 0) children.push(new Paragraph(w.none));
      else
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: section.table.header.map((h) => cell(h, true)) }),
              ...section.table.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
            ],
          }),
        );
      continue;
    }
    if (section.entries.length === 0) children.push(new Paragraph(w.none));
    for (const e of section.entries) children.push(...entryDocx(e, 1, colon));
  }
  children.push(new Paragraph({ text: w.resources, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }));
  children.push(
    ...(doc.resources.length
      ? doc.resources.map(
          (r) =>
            new Paragraph({
              bullet: { level: 0 },
              children: [new TextRun({ text: r.name, bold: true }), new TextRun(`${colon}${r.detail}`)],
            }),
        )
      : [new Paragraph(w.none)]),
  );
  const document = new Document({
    title: doc.title,
    creator: doc.carrier,
    features: { updateFields: true },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [new Paragraph({ children: [new TextRun({ text: doc.footer, size: 16 })] })],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
