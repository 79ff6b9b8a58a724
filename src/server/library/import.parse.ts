import { ValidationError, msg } from '../errors.ts';
import { normalizeName } from '../territories/territories.data.ts';
import {
  PHASE_LABELS,
  PHASE_STATUSES,
  PHASES,
  STATUS_LABELS,
  THEME_LABELS,
  THEMES,
} from './library.schemas.ts';
import { unsafeCell } from './csv.ts';
import { CsvReader } from './import.csv.ts';

/**
 * Reading an import file: CSV rows streamed from the file (never all in memory), JSON rows from the list, column
 * names and French labels (« Énergie », « Étude », « En cours », « oui ») mapped to the API's input shape.
 */
/** Accepted column names (normalised: lower case, no accents, no spaces). */
const ALIASES: Record<string, keyof RawRow> = {
  title: 'title',
  titre: 'title',
  nom: 'title',
  nomduprojet: 'title',
  summary: 'summary',
  resume: 'summary',
  description: 'description',
  themes: 'themes',
  theme: 'themes',
  thematiques: 'themes',
  thematique: 'themes',
  publics: 'publics',
  public: 'publics',
  territories: 'territories',
  territoires: 'territories',
  territoire: 'territories',
  codesinsee: 'territories',
  codeinsee: 'territories',
  phase: 'phase',
  etape: 'phase',
  phasestatus: 'phaseStatus',
  statut: 'phaseStatus',
  statutdelaphase: 'phaseStatus',
  scalingsituation: 'scalingSituation',
  situation: 'scalingSituation',
  situationdechangementdechelle: 'scalingSituation',
  keyfigures: 'keyFigures',
  chiffrescles: 'keyFigures',
  evidence: 'evidence',
  preuves: 'evidence',
  contacts: 'contacts',
  links: 'links',
  liens: 'links',
  visibility: 'visibility',
  visibilite: 'visibility',
  sharedwithorganisationids: 'sharedWithOrganisationIds',
  partageavec: 'sharedWithOrganisationIds',
  status: 'status',
  publication: 'status',
  iscasestudy: 'isCaseStudy',
  etudedecas: 'isCaseStudy',
  isfictional: 'isFictional',
  fictif: 'isFictional',
  source: 'source',
};
export type RawRow = Partial<
  Record<
    | 'title'
    | 'summary'
    | 'description'
    | 'themes'
    | 'publics'
    | 'territories'
    | 'phase'
    | 'phaseStatus'
    | 'scalingSituation'
    | 'keyFigures'
    | 'evidence'
    | 'contacts'
    | 'links'
    | 'visibility'
    | 'sharedWithOrganisationIds'
    | 'status'
    | 'isCaseStudy'
    | 'isFictional'
    | 'source',
    unknown
  >
>;

export const headerKey = (h: string) => normalizeName(h).replace(/ /g, '');

/** One parsed row and where it comes from: its line in a CSV file, its position (from 1) in a JSON list. */
export interface ParsedRow {
  line: number;
  row: RawRow;
}

const CHUNK = 64 * 1024;

/**
 * Streams the rows of a CSV file (UTF-8 with or without BOM, `;` or `,` as separator: whichever the header line
 * has more of), 64 KB of the file decoded at a time, so that the reader never holds more than a few rows.
 * `onBytes` reports how much of the file has been read, for the progress of large imports.
 */
export async function* parseCsvRows(
  data: Buffer,
  onBytes?: (done: number) => void,
): AsyncGenerator<ParsedRow> {
  const start = data.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? 3 : 0;
  const head = data.subarray(start, start + 4096).toString('utf8');
  const firstLine = head.slice(0, head.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const reader = new CsvReader(delimiter);
  // The header's cells, and each known column's index and field.
  let header: string[] | null = null;
  let columns: [index: number, key: keyof RawRow][] = [];
  // A BOM after the first one stays text, as it did; a character cut between two slices is decoded whole.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  for (let at = start; at < data.length || at === start; at += CHUNK) {
    const end = Math.min(data.length, at + CHUNK);
    const final = end >= data.length;
    const text = decoder.decode(data.subarray(at, end), { stream: !final });
    const records = reader.push(text, final);
    onBytes?.(end);
    for (const { line, fields } of records) {
      if (header === null) {
        header = fields;
        columns = [];
        fields.forEach((h, index) => {
          const key = headerKey(h);
          if (Object.hasOwn(ALIASES, key)) columns.push([index, ALIASES[key]!]);
        });
        continue;
      }
      const row: RawRow = {};
      for (const [index, key] of columns) if (index < fields.length) row[key] = unsafeCell(fields[index]!);
      yield { line, row };
    }
    reader.check();
    if (final) break;
  }
}

/** The rows of a JSON file: a list of projects, or `{ "projects": [...] }` (numbered from 1). */
export async function* parseJsonRows(
  data: Buffer,
  onBytes?: (done: number) => void,
): AsyncGenerator<ParsedRow> {
  const parsed = JSON.parse(data.toString('utf8').replace(/^\ufeff/, '')) as unknown;
  onBytes?.(data.length);
  const list = Array.isArray(parsed) ? parsed : (parsed as { projects?: unknown })?.projects;
  if (!Array.isArray(list))
    throw new ValidationError({
      body: msg(
        'JSON attendu : une liste de projets, ou { "projects": [...] }.',
        'Expected JSON: a list of projects, or { "projects": [...] }.',
      ),
    });
  for (let i = 0; i < list.length; i++) {
    const row = list[i] as unknown;
    yield { line: i + 1, row: (row && typeof row === 'object' ? row : {}) as RawRow };
  }
}

const byLabel = <T extends string>(
  ids: readonly T[],
  labels: Record<string, string | { fr: string; en: string }>,
) => {
  const map = new Map<string, T>();
  for (const id of ids) {
    map.set(headerKey(id), id);
    const l = labels[id];
    if (typeof l === 'string') map.set(headerKey(l), id);
    else if (l) [l.fr, l.en].forEach((x) => map.set(headerKey(x), id));
  }
  // Few distinct spellings occur in a file: each is normalised once.
  const seen = new Map<string, string>();
  return (value: string): string => {
    let id = seen.get(value);
    if (id === undefined) {
      id = map.get(headerKey(value)) ?? value;
      if (seen.size < 10_000) seen.set(value, id);
    }
    return id;
  };
};
const themeOf = byLabel(THEMES, THEME_LABELS);
const phaseOf = byLabel(PHASES, PHASE_LABELS);
const statusOf = byLabel(PHASE_STATUSES, STATUS_LABELS);

export function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string' || value.trim() === '') return [];
  return value.split(/\s*[|\n]\s*/).filter(Boolean);
}
function jsonList(value: unknown): unknown {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string' || value.trim() === '') return [];
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value; // zod names the field
  }
}
function bool(value: unknown): unknown {
  if (typeof value === 'boolean' || value === undefined) return value;
  const v = headerKey(String(value));
  if (v === '') return undefined;
  if (['true', 'oui', 'yes', '1', 'vrai'].includes(v)) return true;
  if (['false', 'non', 'no', '0', 'faux'].includes(v)) return false;
  return value;
}
const text = (v: unknown) => (v === undefined || v === null ? undefined : typeof v === 'string' ? v : v);

/** One row to the API's input shape, accepting French labels (« Énergie », « Étude », « En cours », « oui »). */
export function toInput(row: RawRow, organisationId: string): Record<string, unknown> {
  const links =
    typeof row.links === 'string' && !row.links.trim().startsWith('[')
      ? list(row.links).map((u) => ({
          label: String(u)
            .replace(/^https?:\/\/(www\.)?/, '')
            .split('/')[0],
          url: u,
        }))
      : jsonList(row.links);
  const optional = (key: string, value: unknown) =>
    value === undefined || value === '' ? {} : { [key]: value };
  return {
    organisationId,
    title: text(row.title) ?? '',
    ...optional('summary', text(row.summary)),
    ...optional('description', text(row.description)),
    themes: list(row.themes).map((t) => themeOf(String(t))),
    publics: list(row.publics),
    territories: list(row.territories),
    ...optional('phase', typeof row.phase === 'string' ? phaseOf(row.phase) : row.phase),
    ...optional(
      'phaseStatus',
      typeof row.phaseStatus === 'string' ? statusOf(row.phaseStatus) : row.phaseStatus,
    ),
    ...optional('scalingSituation', row.scalingSituation),
    keyFigures: jsonList(row.keyFigures),
    evidence: jsonList(row.evidence),
    contacts: jsonList(row.contacts),
    links,
    ...optional('visibility', row.visibility),
    sharedWithOrganisationIds: list(row.sharedWithOrganisationIds),
    ...optional('isCaseStudy', bool(row.isCaseStudy)),
    ...optional('isFictional', bool(row.isFictional)),
  };
}
