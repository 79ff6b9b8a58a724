/**
 * A small RFC 5545 writer for training sessions: one VEVENT per meeting with TZID=Europe/Paris and the zone's
 * VTIMEZONE, CRLF line ends, lines folded at 75 octets, text escaped. The `ics` npm package writes UTC or floating
 * times only (no TZID, no VTIMEZONE), hence this file.
 * A meeting keeps its UID for life; every change raises its SEQUENCE, and a cancelled meeting is sent with
 * STATUS:CANCELLED in a METHOD:CANCEL calendar, so that calendar clients update the event they already have.
 */
export interface IcsMeeting {
  uid: string;
  sequence: number;
  title: string;
  description: string;
  /** Paris wall-clock: 2027-01-15, 10:00. */
  localDate: string;
  localStart: string;
  localEnd: string;
  url: string | null;
  conferenceUrl: string | null;
  cancelled: boolean;
}

export interface IcsCalendar {
  /** REQUEST for invitations and updates, CANCEL for cancellations, null for a subscribed feed (no iTIP method). */
  method: 'REQUEST' | 'CANCEL' | null;
  name: string;
  organizer: { name: string; email: string };
  meetings: IcsMeeting[];
  stamp: Date;
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'X-LIC-LOCATION:Europe/Paris',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (never inside a UTF-8 character), continuation lines starting with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    const limit = out.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const local = (date: string, time: string) => `${date.replaceAll('-', '')}T${time.replace(':', '')}00`;
const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export function renderIcs(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Essaim//Sessions de formation//FR',
    'CALSCALE:GREGORIAN',
  ];
  if (calendar.method) lines.push(`METHOD:${calendar.method}`);
  lines.push(`X-WR-CALNAME:${escapeIcsText(calendar.name)}`, 'X-WR-TIMEZONE:Europe/Paris', ...VTIMEZONE);
  for (const m of calendar.meetings) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${m.uid}`,
      `DTSTAMP:${utcStamp(calendar.stamp)}`,
      `DTSTART;TZID=Europe/Paris:${local(m.localDate, m.localStart)}`,
      `DTEND;TZID=Europe/Paris:${local(m.localDate, m.localEnd)}`,
      `SEQUENCE:${m.sequence}`,
      `SUMMARY:${escapeIcsText(m.title)}`,
      `DESCRIPTION:${escapeIcsText(m.description)}`,
      `ORGANIZER;CN=${escapeIcsText(calendar.organizer.name).replace(/[":]/g, '')}:mailto:${calendar.organizer.email}`,
      `STATUS:${m.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    );
    if (m.conferenceUrl) lines.push(`LOCATION:${escapeIcsText(m.conferenceUrl)}`);
    if (m.url) lines.push(`URL:${m.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
