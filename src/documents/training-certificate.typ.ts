import { compileTypstPdf, formatDate, typstText } from './typst.ts';

/** Attendance certificate of one participant: the session, the organiser, each attended meeting with its date. */
export interface CertificateData {
  participant: string;
  organisation: string | null;
  session: string;
  organiser: string;
  meetings: { title: string; date: string; start: string; end: string; present: boolean }[];
  issuedAt: string;
}

export function renderCertificatePdf(d: CertificateData): Buffer {
  const attended = d.meetings.filter((m) => m.present);
  const minutes = attended.reduce((sum, m) => {
    const [sh, sm] = m.start.split(':').map(Number) as [number, number];
    const [eh, em] = m.end.split(':').map(Number) as [number, number];
    return sum + (eh * 60 + em - sh * 60 - sm);
  }, 0);
  const hours = `${Math.floor(minutes / 60)}\u00a0h${minutes % 60 ? String(minutes % 60).padStart(2, '0') : ''}`;
  const rows = d.meetings
    .map(
      (m) =>
        `[${typstText(formatDate(`${m.date}T12:00:00Z`, 'fr'))}], [${typstText(`${m.start}–${m.end}`)}], [${typstText(m.title)}], [${typstText(m.present ? 'Présent·e' : 'Absent·e')}],`,
    )
    .join('\n');
  const source = `
#set document(title: ${JSON.stringify('Attestation de présence')})
#set page(paper: "a4", margin: 2.2cm)
#set text(lang: "fr", size: 11pt)
#align(center)[#text(size: 20pt, weight: "bold")[Attestation de présence]]
#v(1cm)
${typstText(d.organiser)} atteste que *${typstText(d.participant)}*${d.organisation ? `, ${typstText(d.organisation)},` : ''} a participé à la session de formation «\u00a0${typstText(d.session)} », soit ${typstText(String(attended.length))} rencontre(s) sur ${typstText(String(d.meetings.length))} et ${typstText(hours)} de formation.
#v(0.6cm)
#table(columns: (auto, auto, 1fr, auto), inset: 6pt, table.header([*Date*], [*Horaire (Paris)*], [*Rencontre*], [*Présence*]),
${rows}
)
#v(1cm)
Fait le ${typstText(formatDate(d.issuedAt, 'fr'))}, par Essaim pour ${typstText(d.organiser)}.
`;
  return compileTypstPdf(source);
}
