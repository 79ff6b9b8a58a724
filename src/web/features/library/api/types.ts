// Wire types of the library API (`src/server/library/library.schemas.ts` is the source of truth; the web app
// reaches the server through HTTP only, so the shapes it reads are written again here).

export const themes = [
  'energy',
  'water',
  'food-agriculture',
  'housing',
  'mobility',
  'employment-integration',
  'health',
  'culture',
  'digital',
  'social-ties',
  'environment',
  'other',
] as const;
export type Theme = (typeof themes)[number];

export const phases = ['idee', 'etude', 'operation'] as const;
export type Phase = (typeof phases)[number];

export const phaseStatuses = ['en-cours', 'en-retard', 'en-pause', 'bloque', 'abandonne', 'termine'] as const;
export type PhaseStatus = (typeof phaseStatuses)[number];

export const situations = [
  'widen-public',
  'widen-territory',
  'spread-adapted',
  'change-rules',
  'change-culture',
] as const;
export type Situation = (typeof situations)[number];

export const visibilities = ['private', 'shared', 'public'] as const;
export type Visibility = (typeof visibilities)[number];

export const evidenceKinds = [
  'evaluation',
  'study',
  'monitoring-data',
  'testimony',
  'press',
  'other',
] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

export const organisationKinds = [
  'commune',
  'epci',
  'departement',
  'region',
  'association',
  'cooperative',
  'company',
  'state-service',
  'other',
] as const;

export type TerritoryType = 'commune' | 'epci' | 'departement' | 'region';

export type ProjectTerritory = {
  type: TerritoryType;
  code: string;
  name: string;
  departement: string | null;
  region: string | null;
};

export type Organisation = { id: string; name: string; kind: string };

export type KeyFigure = {
  label: string;
  value: number;
  unit?: string;
  year?: number;
  uncertain: boolean;
  sourceUrl?: string;
};
export type EvidenceItem = { kind: EvidenceKind; title: string; url?: string; year?: number };
export type Contact = { name: string; role?: string; email?: string; phone?: string; url?: string };
export type ProjectLink = { label: string; url: string };
export type ProjectImage = {
  id: string;
  url: string;
  alt: string;
  contentType: string;
  size: number;
  width: number | null;
  height: number | null;
};

export type StoryPhase = {
  title: string;
  startDate: string;
  endDate: string | null;
  description: string;
  decisions: string[];
  kept: string[];
  adapted: string[];
};

/** Where a story's facts come from; `date` is a year, a month or a day when known. */
export type StorySource = { label: string; url: string; date: string | null };

export type Story = {
  introduction: string;
  phases: StoryPhase[];
  lessons: string[];
  failures: string[];
  sources: StorySource[];
  version: number;
  updatedAt: string;
};

export type Project = {
  id: string;
  organisationId: string;
  organisation: Organisation;
  title: string;
  summary: string;
  description: string;
  themes: string[];
  publics: string[];
  territories: ProjectTerritory[];
  phase: Phase;
  phaseStatus: PhaseStatus;
  scalingSituation: string | null;
  keyFigures: KeyFigure[];
  evidence: EvidenceItem[];
  contacts: Contact[];
  links: ProjectLink[];
  images: ProjectImage[];
  visibility: Visibility;
  sharedWithOrganisationIds: string[];
  status: 'draft' | 'published';
  isCaseStudy: boolean;
  isFictional: boolean;
  hasKit: boolean;
  source: string | null;
  importedAt: string | null;
  story: Story | null;
  canEdit: boolean;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  deletedAt: string | null;
  version: number;
};

export type ProjectCard = {
  id: string;
  title: string;
  summary: string;
  organisation: Organisation;
  themes: string[];
  territories: ProjectTerritory[];
  phase: Phase;
  phaseStatus: PhaseStatus;
  scalingSituation: string | null;
  visibility: Visibility;
  status: 'draft' | 'published';
  isCaseStudy: boolean;
  isFictional: boolean;
  hasKit: boolean;
  imageUrl: string | null;
  proximity: 'epci' | 'departement' | 'region' | 'other' | null;
  updatedAt: string;
  publishedAt: string | null;
  deletedAt: string | null;
};

export type CardPage = { items: ProjectCard[]; nextCursor: string | null };

/** What the editor sends: `POST /projects` (with `organisationId`) or `PATCH /projects/:id` (with `version`). */
export type ProjectFields = {
  title: string;
  summary: string;
  description: string;
  themes: Theme[];
  publics: string[];
  territories: { type: TerritoryType; code: string }[];
  phase: Phase;
  phaseStatus: PhaseStatus;
  scalingSituation: Situation | null;
  keyFigures: KeyFigure[];
  evidence: EvidenceItem[];
  contacts: Contact[];
  links: ProjectLink[];
  visibility: Visibility;
  sharedWithOrganisationIds: string[];
  isCaseStudy: boolean;
};

export type Territory = {
  type: TerritoryType;
  code: string;
  name: string;
  departement: string | null;
  departementName: string | null;
  region: string | null;
  regionName: string | null;
  population: number | null;
  populationBand: { id: string; fr: string; en: string } | null;
  postalCodes: string[];
  epci: { code: string; name: string; type: string | null } | null;
  epciType: string | null;
  departements: string[];
};
