import type { Actor } from '../auth/actor.ts';
import { hasOrganisationRole, type GuardedRecord } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import type { ProjectCard, ProjectView } from './library.schemas.ts';
import { renderMarkdown } from './markdown.ts';
import {
  firstImages,
  organisationsByIds,
  sharesOf,
  territoriesOf,
  type ProjectRow,
  type TerritoryRow,
} from './projects.repository.ts';
import { loadStory } from './story.service.ts';

export function guardOf(
  row: Pick<ProjectRow, 'organisation_id' | 'visibility' | 'status'>,
  shares: readonly string[],
): GuardedRecord {
  return {
    organisationId: row.organisation_id,
    visibility: row.visibility,
    published: row.status === 'published',
    sharedWithOrganisationIds: shares,
  };
}

export function imageUrl(projectId: string, imageId: string): string {
  return `/api/v1/projects/${projectId}/images/${imageId}`;
}

const TYPE_ORDER = { region: 0, departement: 1, epci: 2, commune: 3 } as const;
function territoryOut(rows: readonly TerritoryRow[]) {
  return [...rows]
    .sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || a.name.localeCompare(b.name, 'fr'))
    .map((t) => ({ type: t.type, code: t.code, name: t.name, departement: t.departement, region: t.region }));
}

function parse<T>(json: string, fallback: T): T {
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
}

export async function presentProject(
  ctx: AppContext,
  actor: Actor | null,
  row: ProjectRow,
): Promise<ProjectView> {
  const [territories, shares, organisations, images, story] = await Promise.all([
    territoriesOf(ctx.db, [row.id]),
    sharesOf(ctx.db, row.id),
    organisationsByIds(ctx.db, [row.organisation_id]),
    ctx.db
      .selectFrom('project_images')
      .select(['id', 'alt', 'content_type', 'size', 'width', 'height'])
      .where('project_id', '=', row.id)
      .where('deleted_at', 'is', null)
      .orderBy('position')
      .execute(),
    loadStory(ctx.db, row.id),
  ]);
  const org = organisations[0];
  const member = hasOrganisationRole(actor, row.organisation_id, 'viewer');
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisation: { id: row.organisation_id, name: org?.name ?? '', kind: org?.kind ?? 'other' },
    title: row.title,
    summary: row.summary,
    description: row.description,
    descriptionHtml: renderMarkdown(row.description),
    themes: parse(row.themes, []),
    publics: parse(row.publics, []),
    territories: territoryOut(territories),
    phase: row.phase,
    phaseStatus: row.phase_status,
    scalingSituation: row.scaling_situation,
    keyFigures: parse(row.key_figures, []),
    evidence: parse(row.evidence, []),
    contacts: parse(row.contacts, []),
    links: parse(row.links, []),
    images: images.map((i) => ({
      id: i.id,
      url: imageUrl(row.id, i.id),
      alt: i.alt,
      contentType: i.content_type,
      size: Number(i.size),
      width: i.width,
      height: i.height,
    })),
    visibility: row.visibility,
    sharedWithOrganisationIds: member ? shares : [],
    status: row.status,
    isCaseStudy: row.is_case_study === 1,
    isFictional: row.is_fictional === 1,
    hasKit: Number(row.has_kit) === 1,
    source: row.source,
    importedAt: row.imported_at,
    story,
    canEdit: hasOrganisationRole(actor, row.organisation_id, 'editor'),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    deletedAt: row.deleted_at,
    version: Number(row.version),
  };
}

export type CardRow = Pick<
  ProjectRow,
  | 'id'
  | 'title'
  | 'summary'
  | 'organisation_id'
  | 'themes'
  | 'phase'
  | 'phase_status'
  | 'scaling_situation'
  | 'visibility'
  | 'status'
  | 'is_case_study'
  | 'is_fictional'
  | 'has_kit'
  | 'updated_at'
  | 'published_at'
  | 'deleted_at'
> & { proximity?: number | null };

export const CARD_COLUMNS = [
  'p.id',
  'p.title',
  'p.summary',
  'p.organisation_id',
  'p.themes',
  'p.phase',
  'p.phase_status',
  'p.scaling_situation',
  'p.visibility',
  'p.status',
  'p.is_case_study',
  'p.is_fictional',
  'p.has_kit',
  'p.updated_at',
  'p.published_at',
  'p.deleted_at',
] as const;

const PROXIMITY = ['other', 'region', 'departement', 'epci'] as const;

function shorten(text: string, max = 320): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40))}…`;
}

/** Cards for lists and search results: territories, organisation and first image in three queries for the page. */
export async function presentCards(ctx: AppContext, rows: readonly CardRow[]): Promise<ProjectCard[]> {
  const ids = rows.map((r) => r.id);
  const [territories, organisations, images] = await Promise.all([
    territoriesOf(ctx.db, ids),
    organisationsByIds(
      ctx.db,
      rows.map((r) => r.organisation_id),
    ),
    firstImages(ctx.db, ids),
  ]);
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  return rows.map((row) => {
    const org = orgById.get(row.organisation_id);
    const image = images.find((i) => i.project_id === row.id);
    return {
      id: row.id,
      title: row.title,
      summary: shorten(row.summary),
      organisation: { id: row.organisation_id, name: org?.name ?? '', kind: org?.kind ?? 'other' },
      themes: parse(row.themes, []),
      territories: territoryOut(territories.filter((t) => t.project_id === row.id)),
      phase: row.phase,
      phaseStatus: row.phase_status,
      scalingSituation: row.scaling_situation,
      visibility: row.visibility,
      status: row.status,
      isCaseStudy: Number(row.is_case_study) === 1,
      isFictional: Number(row.is_fictional) === 1,
      hasKit: Number(row.has_kit) === 1,
      imageUrl: image ? imageUrl(row.id, image.id) : null,
      proximity:
        row.proximity === undefined || row.proximity === null
          ? null
          : (PROXIMITY[Number(row.proximity)] ?? null),
      updatedAt: row.updated_at,
      publishedAt: row.published_at,
      deletedAt: row.deleted_at,
    };
  });
}

/** Opaque keyset cursors: the sort key of the last item of a page. */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, length: number): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(key) &&
      key.length === length &&
      key.every((k) => typeof k === 'string' || typeof k === 'number')
    )
      return key;
  } catch {
    // fall through
  }
  return null;
}
