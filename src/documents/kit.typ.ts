import { compileTypstPdf, typstString, typstText } from './typst.ts';
import type { KitDocument, KitEntry } from './kit-document.ts';

/** The kit as a PDF: cover, table of contents, one chapter per block, key figures as a table, resources, and the licence and version in every page footer. */
const t = typstText;
const s = typstString;

function entryTypst(e: KitEntry, level: number, colon: string): string {
  const heading = `${'='.repeat(level)} ${t(e.heading)}${e.badge ? ` #box(inset: (x: 4pt, y: 2pt), radius: 3pt, fill: rgb(${s(e.badge.length < 6 ? '#dbeee3' : '#f6e7c8')}), text(size: 8pt, ${s(e.badge)}))` : ''}`;
  const parts = [heading, ...e.paragraphs.map((p) => `${t(p)}\n`)];
  if (e.fields.length) parts.push(e.fields.map(([k, v]) => `- *${t(k)}*${t(colon)}${t(v)}`).join('\n'));
  for (const child of e.children) parts.push(entryTypst(child, level + 1, colon));
  return parts.join('\n\n');
}

export function kitTypst(doc: KitDocument): string {
  const w = doc.words;
  const colon = doc.lang === 'fr' ? '\u00a0: ' : ': ';
  const sections = doc.sections
    .filter((sec) => !(sec.block === 'links' && sec.entries.length === 0))
    .map((sec) => {
      let body: string;
      if (sec.table) {
        body = sec.table.rows.length
          ? `#table(columns: (2fr, 1fr, 2fr), stroke: 0.5pt + luma(180), inset: 5pt,
  table.header(${sec.table.header.map((h) => `[*${t(h)}*]`).join(', ')}),
${sec.table.rows.map((r) => `  ${r.map((c) => `[${t(c)}]`).join(', ')},`).join('\n')}
)`
          : t(w.none);
      } else
        body = sec.entries.length ? sec.entries.map((e) => entryTypst(e, 3, colon)).join('\n\n') : t(w.none);
      return `== ${t(sec.title)}\n\n${body}\n`;
    })
    .join('\n');
  const resources = doc.resources.length
    ? doc.resources.map((r) => `- *${t(r.name)}*${t(colon)}${t(r.detail)}`).join('\n')
    : t(w.none);
  return `#set document(title: ${s(doc.title)}, author: ${s(doc.carrier)})
#set text(lang: ${s(doc.lang)}, size: 10pt)
#set heading(numbering: none)
#set page(paper: "a4", margin: (x: 1.8cm, y: 2cm),
  footer: context [#set text(size: 8pt, fill: luma(80)); ${t(doc.footer)} #h(1fr) #counter(page).display("1 / 1", both: true)])
#show heading.where(level: 1): set text(size: 24pt, fill: rgb("#2e6b4f"))
#show heading.where(level: 2): it => { pagebreak(weak: true); set text(size: 15pt, fill: rgb("#2e6b4f")); it }
#show heading.where(level: 3): set text(size: 12pt)

#v(4cm)
#text(size: 12pt, fill: luma(70), ${s(w.kit)})
= ${t(doc.title)}
#v(1cm)
*${t(w.carrier)}*${t(colon)}${t(doc.carrier)} \\
*${t(w.version)}*${t(colon)}${t(doc.versionLabel)} \\
*${t(w.published)}*${t(colon)}${t(doc.date)} \\
*${t(w.licence)}*${t(colon)}${doc.licenceUrl ? `#link(${s(doc.licenceUrl)})[${t(doc.licence)}]` : t(doc.licence)}
${doc.changeNote ? `\n#v(0.5cm)\n*${t(w.changeNote)}*${t(colon)}${t(doc.changeNote)}\n` : ''}${doc.url ? `\n#v(0.5cm)\n#link(${s(doc.url)})[${t(doc.url)}]\n` : ''}
#pagebreak()
#outline(title: ${s(w.contents)}, depth: 2)

${sections}
== ${t(w.resources)}

${resources}
`;
}

export function renderKitPdf(doc: KitDocument): Buffer {
  return compileTypstPdf(kitTypst(doc));
}
