import type { KitDocument, KitEntry } from './kit-document.ts';

/** The kit as Markdown (CommonMark): easy to read in a forge, to diff, to paste into a wiki. */
const escape = (text: string) => text.replace(/([\\`*_[\]#<>|])/g, '\\$1');

function entryMd(e: KitEntry, level: number, colon: string): string {
  const out = [`${'#'.repeat(level)} ${escape(e.heading)}${e.badge ? ` (${escape(e.badge)})` : ''}`, ''];
  for (const p of e.paragraphs) out.push(escape(p), '');
  if (e.fields.length) out.push(...e.fields.map(([k, v]) => `- **${escape(k)}**${colon}${escape(v)}`), '');
  for (const child of e.children) out.push(entryMd(child, level + 1, colon));
  return out.join('\n');
}

export function renderKitMarkdown(doc: KitDocument): string {
  const w = doc.words;
  const colon = doc.lang === 'fr' ? '\u00a0: ' : ': ';
  const out = [
    `# ${escape(doc.title)}`,
    '',
    `${w.kit} · ${escape(doc.versionLabel)} · ${w.published} ${doc.date}`,
    '',
    `- **${w.carrier}**${colon}${escape(doc.carrier)}`,
    `- **${w.licence}**${colon}${doc.licenceUrl ? `[${escape(doc.licence)}](${doc.licenceUrl})` : escape(doc.licence)}`,
    ...(doc.changeNote ? [`- **${w.changeNote}**${colon}${escape(doc.changeNote)}`] : []),
    ...(doc.url ? [`- ${doc.url}`] : []),
    '',
  ];
  for (const section of doc.sections) {
    if (section.block === 'links' && section.entries.length === 0) continue;
    out.push(`## ${escape(section.title)}`, '');
    if (section.table) {
      if (section.table.rows.length === 0) out.push(w.none, '');
      else {
        out.push(`| ${section.table.header.map(escape).join(' | ')} |`, '| --- | --- | --- |');
        for (const row of section.table.rows)
          out.push(`| ${row.map((c) => escape(c).replace(/\n/g, ' ')).join(' | ')} |`);
        out.push('');
      }
      continue;
    }
    if (section.entries.length === 0) out.push(w.none, '');
    for (const e of section.entries) out.push(entryMd(e, 3, colon));
  }
  out.push(`## ${w.resources}`, '');
  out.push(
    ...(doc.resources.length
      ? doc.resources.map((r) => `- ${escape(r.name)}${colon}${escape(r.detail)}`)
      : [w.none]),
    '',
  );
  out.push('---', '', escape(doc.footer), '');
  return out.join('\n');
}
