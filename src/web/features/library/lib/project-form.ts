import type {
  Contact,
  EvidenceItem,
  EvidenceKind,
  KeyFigure,
  Phase,
  PhaseStatus,
  Project,
  ProjectFields,
  ProjectLink,
  Situation,
  Theme,
  Visibility,
} from '../api/types.ts';
import type { PickedTerritory } from '../components/territory-picker.tsx';

// The editor's state: what the person types, numbers included, as text. `toFields` turns it into the API body;
// what cannot be checked here (addresses, lengths, INSEE codes) is checked by the server, field by field.

export type FigureRow = {
  label: string;
  value: string;
  unit: string;
  year: string;
  uncertain: boolean;
  sourceUrl: string;
};
export type EvidenceRow = { kind: EvidenceKind; title: string; url: string; year: string };
export type ContactRow = { name: string; role: string; email: string; phone: string; url: string };
export type LinkRow = { label: string; url: string };

export type FormValues = {
  organisationId: string;
  title: string;
  summary: string;
  description: string;
  themes: Theme[];
  publics: string;
  territories: PickedTerritory[];
  phase: Phase;
  phaseStatus: PhaseStatus;
  scalingSituation: Situation | '';
  isCaseStudy: boolean;
  keyFigures: FigureRow[];
  evidence: EvidenceRow[];
  contacts: ContactRow[];
  links: LinkRow[];
  visibility: Visibility;
  sharedWithOrganisationIds: string[];
};

export function emptyValues(organisationId = ''): FormValues {
  return {
    organisationId,
    title: '',
    summary: '',
    description: '',
    themes: [],
    publics: '',
    territories: [],
    phase: 'idee',
    phaseStatus: 'en-cours',
    scalingSituation: '',
    isCaseStudy: false,
    keyFigures: [],
    evidence: [],
    contacts: [],
    links: [],
    visibility: 'private',
    sharedWithOrganisationIds: [],
  };
}

export const emptyFigure: FigureRow = {
  label: '',
  value: '',
  unit: '',
  year: '',
  uncertain: false,
  sourceUrl: '',
};
export const emptyEvidence: EvidenceRow = { kind: 'evaluation', title: '', url: '', year: '' };
export const emptyContact: ContactRow = { name: '', role: '', email: '', phone: '', url: '' };
export const emptyLink: LinkRow = { label: '', url: '' };

export function valuesFromProject(project: Project): FormValues {
  return {
    organisationId: project.organisationId,
    title: project.title,
    summary: project.summary,
    description: project.description,
    themes: project.themes as Theme[],
    publics: project.publics.join('\n'),
    territories: project.territories.map(({ type, code, name }) => ({ type, code, name })),
    phase: project.phase,
    phaseStatus: project.phaseStatus,
    scalingSituation: (project.scalingSituation ?? '') as Situation | '',
    isCaseStudy: project.isCaseStudy,
    keyFigures: project.keyFigures.map((figure) => ({
      label: figure.label,
      value: String(figure.value),
      unit: figure.unit ?? '',
      year: figure.year === undefined ? '' : String(figure.year),
      uncertain: figure.uncertain,
      sourceUrl: figure.sourceUrl ?? '',
    })),
    evidence: project.evidence.map((item) => ({
      kind: item.kind,
      title: item.title,
      url: item.url ?? '',
      year: item.year === undefined ? '' : String(item.year),
    })),
    contacts: project.contacts.map((contact) => ({
      name: contact.name,
      role: contact.role ?? '',
      email: contact.email ?? '',
      phone: contact.phone ?? '',
      url: contact.url ?? '',
    })),
    links: project.links.map((link) => ({ ...link })),
    visibility: project.visibility,
    sharedWithOrganisationIds: project.sharedWithOrganisationIds,
  };
}

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/** Decimal numbers as French people type them: « 1 234,5 » is 1234.5. */
export function parseNumber(value: string): number | undefined {
  const cleaned = value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (cleaned === '') return undefined;
  const number = Number(cleaned);
  return Number.isFinite(number) ? number : Number.NaN;
}

function optionalYear(value: string): number | undefined {
  const number = parseNumber(value);
  return number === undefined ? undefined : number;
}

/** The API body, or the fields that are not numbers when a number was expected (checked before sending). */
export function toFields(values: FormValues): { fields: ProjectFields; numberErrors: string[] } {
  const numberErrors: string[] = [];
  const keyFigures: KeyFigure[] = values.keyFigures.map((row, index) => {
    const value = parseNumber(row.value);
    if (value === undefined || Number.isNaN(value)) numberErrors.push(`keyFigures.${index}.value`);
    const year = optionalYear(row.year);
    if (year !== undefined && Number.isNaN(year)) numberErrors.push(`keyFigures.${index}.year`);
    return {
      label: row.label.trim(),
      value: value ?? Number.NaN,
      unit: optional(row.unit),
      year,
      uncertain: row.uncertain,
      sourceUrl: optional(row.sourceUrl),
    };
  });
  const evidence: EvidenceItem[] = values.evidence.map((row, index) => {
    const year = optionalYear(row.year);
    if (year !== undefined && Number.isNaN(year)) numberErrors.push(`evidence.${index}.year`);
    return { kind: row.kind, title: row.title.trim(), url: optional(row.url), year };
  });
  const contacts: Contact[] = values.contacts.map((row) => ({
    name: row.name.trim(),
    role: optional(row.role),
    email: optional(row.email),
    phone: optional(row.phone),
    url: optional(row.url),
  }));
  const links: ProjectLink[] = values.links.map((row) => ({ label: row.label.trim(), url: row.url.trim() }));
  return {
    numberErrors,
    fields: {
      title: values.title.trim(),
      summary: values.summary,
      description: values.description,
      themes: values.themes,
      publics: values.publics
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      territories: values.territories.map(({ type, code }) => ({ type, code })),
      phase: values.phase,
      phaseStatus: values.phaseStatus,
      scalingSituation: values.scalingSituation === '' ? null : values.scalingSituation,
      keyFigures,
      evidence,
      contacts,
      links,
      visibility: values.visibility,
      sharedWithOrganisationIds: values.visibility === 'shared' ? values.sharedWithOrganisationIds : [],
      isCaseStudy: values.isCaseStudy,
    },
  };
}

/** The id of the input that shows the error of a server field (`keyFigures.0.label` → `field-keyFigures-0-label`). */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}
