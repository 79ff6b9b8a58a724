import type { Actor } from '../auth/actor.ts';
import { hasOrganisationRole, requireActor } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import { findTerritory } from '../territories/territories.service.ts';
import { readableBy } from './library.service.ts';
import { toCsv, type Cell } from './csv.ts';

/**
 * Exports. « Mes projets »: every live record of the actor's organisations, in the import's own columns (an export
 * re-imports as is). Open data: public published records only, without contacts (personal data), under the
 * Licence Ouverte 2.0, with a Table Schema descriptor.
 */
const parse = (json: string): unknown => JSON.parse(json) as unknown;
const joined = (json: string) => (parse(json) as string[]).join('|');

async function territoriesByProject(ctx: AppContext, ids: string[]) {
  const map = new Map<
    string,
    { type: string; code: string; name: string; departement: string | null; region: string | null }[]
  >();
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await ctx.db
      .selectFrom('project_territories')
      .selectAll()
      .where('project_id', 'in', ids.slice(i, i + 5000))
      .execute();
    for (const r of rows) map.set(r.project_id, [...(map.get(r.project_id) ?? []), r]);
  }
  return map;
}
const territoryCode = (t: { type: string; code: string }) =>
  t.type === 'region' ? `region:${t.code}` : t.code;

export const EXPORT_COLUMNS = [
  'title',
  'summary',
  'description',
  'themes',
  'publics',
  'territories',
  'phase',
  'phaseStatus',
  'scalingSituation',
  'keyFigures',
  'evidence',
  'contacts',
  'links',
  'visibility',
  'status',
  'isCaseStudy',
  'isFictional',
  'source',
  'id',
  'organisation',
  'updatedAt',
] as const;

export async function exportMine(
  ctx: AppContext,
  actorOrNull: Actor | null,
  organisationId: string | undefined,
) {
  const actor = requireActor(actorOrNull);
  let orgIds = actor.memberships
    .map((m) => m.organisationId)
    .filter((o) => hasOrganisationRole(actor, o, 'viewer'));
  if (organisationId) orgIds = orgIds.filter((o) => o === organisationId);
  if (orgIds.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('projects as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .selectAll('p')
    .select('o.name as organisation_name')
    .where('p.organisation_id', 'in', orgIds)
    .where('p.deleted_at', 'is', null)
    .orderBy('p.updated_at', 'desc')
    .execute();
  const territories = await territoriesByProject(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    title: r.title,
    summary: r.summary,
    description: r.description,
    themes: parse(r.themes) as string[],
    publics: parse(r.publics) as string[],
    territories: (territories.get(r.id) ?? []).map(territoryCode),
    phase: r.phase,
    phaseStatus: r.phase_status,
    scalingSituation: r.scaling_situation,
    keyFigures: parse(r.key_figures),
    evidence: parse(r.evidence),
    contacts: parse(r.contacts),
    links: parse(r.links),
    visibility: r.visibility,
    status: r.status,
    isCaseStudy: r.is_case_study === 1,
    isFictional: r.is_fictional === 1,
    source: r.source,
    id: r.id,
    organisation: r.organisation_name,
    updatedAt: r.updated_at,
  }));
}

export function mineToCsv(items: Awaited<ReturnType<typeof exportMine>>, separator: ';' | ','): string {
  const rows: Cell[][] = items.map((i) =>
    EXPORT_COLUMNS.map((c) => {
      const v = i[c];
      if (Array.isArray(v))
        return c === 'themes' || c === 'publics' || c === 'territories' ? v.join('|') : JSON.stringify(v);
      return v as Cell;
    }),
  );
  return toCsv([...EXPORT_COLUMNS], rows, separator);
}

export const OPEN_DATA_FIELDS: { name: string; type: string; description: string; format?: string }[] = [
  { name: 'id', type: 'string', format: 'uuid', description: 'Identifiant de la fiche' },
  { name: 'titre', type: 'string', description: 'Titre du projet' },
  {
    name: 'resume',
    type: 'string',
    description: 'Résumé honnête : ce qui marche, ce qui n’a pas marché, ce que cela coûte',
  },
  { name: 'description', type: 'string', description: 'Description (Markdown)' },
  {
    name: 'thematiques',
    type: 'string',
    description:
      'Thématiques, séparées par | (energy, water, food-agriculture, housing, mobility, employment-integration, health, culture, digital, social-ties, environment, other)',
  },
  { name: 'publics', type: 'string', description: 'Publics, séparés par |' },
  {
    name: 'territoires_codes',
    type: 'string',
    description:
      'Codes officiels géographiques (COG) : communes, EPCI (SIREN), départements, régions (préfixe region:), séparés par |',
  },
  { name: 'territoires_noms', type: 'string', description: 'Noms des territoires, séparés par |' },
  { name: 'departements', type: 'string', description: 'Codes des départements concernés, séparés par |' },
  { name: 'regions', type: 'string', description: 'Codes des régions concernées, séparés par |' },
  { name: 'phase', type: 'string', description: 'Phase (idee, etude, operation)' },
  {
    name: 'statut_phase',
    type: 'string',
    description: 'Statut de la phase (en-cours, en-retard, en-pause, bloque, abandonne, termine)',
  },
  {
    name: 'situation_changement_echelle',
    type: 'string',
    description:
      'Situation de changement d’échelle (widen-public, widen-territory, spread-adapted, change-rules, change-culture)',
  },
  {
    name: 'chiffres_cles',
    type: 'string',
    description: 'Chiffres clés (JSON : label, value, unit, year, uncertain, sourceUrl)',
  },
  { name: 'preuves', type: 'string', description: 'Preuves disponibles (JSON : kind, title, url, year)' },
  { name: 'liens', type: 'string', description: 'Liens (JSON : label, url)' },
  { name: 'organisation', type: 'string', description: 'Organisation porteuse' },
  { name: 'type_organisation', type: 'string', description: 'Type d’organisation' },
  { name: 'etude_de_cas', type: 'boolean', description: 'Étude de cas avec récit du changement d’échelle' },
  { name: 'fictif', type: 'boolean', description: 'Projet fictif de démonstration' },
  { name: 'kit_de_transfert', type: 'boolean', description: 'Un kit de transfert est publié' },
  { name: 'publie_le', type: 'datetime', description: 'Date de publication (UTC)' },
  { name: 'modifie_le', type: 'datetime', description: 'Dernière modification (UTC)' },
];

export async function openData(ctx: AppContext) {
  const rows = await ctx.db
    .selectFrom('projects as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .where('p.deleted_at', 'is', null)
    .where(readableBy(null, true))
    .select([
      'p.id',
      'p.title',
      'p.summary',
      'p.description',
      'p.themes',
      'p.publics',
      'p.phase',
      'p.phase_status',
      'p.scaling_situation',
      'p.key_figures',
      'p.evidence',
      'p.links',
      'p.is_case_study',
      'p.is_fictional',
      'p.has_kit',
      'p.published_at',
      'p.updated_at',
      'o.name as organisation',
      'o.kind as organisation_kind',
    ])
    .orderBy('p.published_at', 'desc')
    .orderBy('p.id')
    .execute();
  const territories = await territoriesByProject(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const ts = territories.get(r.id) ?? [];
    const deps = [
      ...new Set(
        ts.flatMap((t) =>
          t.type === 'epci'
            ? (findTerritory('epci', t.code)?.departements ?? [])
            : t.departement && t.type !== 'region'
              ? [t.departement]
              : [],
        ),
      ),
    ].sort();
    return {
      id: r.id,
      titre: r.title,
      resume: r.summary,
      description: r.description,
      thematiques: joined(r.themes),
      publics: joined(r.publics),
      territoires_codes: ts.map(territoryCode).join('|'),
      territoires_noms: ts.map((t) => t.name).join('|'),
      departements: deps.join('|'),
      regions: [...new Set(ts.map((t) => t.region).filter(Boolean))].sort().join('|'),
      phase: r.phase,
      statut_phase: r.phase_status,
      situation_changement_echelle: r.scaling_situation ?? '',
      chiffres_cles: r.key_figures,
      preuves: r.evidence,
      liens: r.links,
      organisation: r.organisation,
      type_organisation: r.organisation_kind,
      etude_de_cas: Number(r.is_case_study) === 1,
      fictif: Number(r.is_fictional) === 1,
      kit_de_transfert: Number(r.has_kit) === 1,
      publie_le: r.published_at ?? '',
      modifie_le: r.updated_at,
    };
  });
}

export function openDataCsv(items: Awaited<ReturnType<typeof openData>>): string {
  return toCsv(
    OPEN_DATA_FIELDS.map((f) => f.name),
    items.map((i) => OPEN_DATA_FIELDS.map((f) => i[f.name as keyof typeof i] as Cell)),
    ',',
  );
}

export function dataPackage(publicUrl: string) {
  const base = `${publicUrl.replace(/\/$/, '')}/api/v1/open-data`;
  return {
    profile: 'tabular-data-package',
    name: 'essaim-projets',
    title: 'Essaim : projets d’innovation sociale et territoriale',
    description:
      'Fiches projets publiques de la bibliothèque Essaim. Les contacts (données personnelles) ne sont pas publiés. Les projets marqués « fictif » sont des exemples de démonstration.',
    licenses: [
      {
        name: 'etalab-2.0',
        title: 'Licence Ouverte / Open Licence version 2.0',
        path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
      },
    ],
    sources: [
      {
        title: 'Code officiel géographique (INSEE) via @etalab/decoupage-administratif',
        path: 'https://github.com/etalab/decoupage-administratif',
      },
    ],
    resources: [
      {
        name: 'projets',
        path: `${base}/projects.csv`,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', header: true, lineTerminator: '\r\n' },
        schema: {
          fields: OPEN_DATA_FIELDS.map((f) => ({
            name: f.name,
            type: f.type,
            description: f.description,
            ...(f.format ? { format: f.format } : {}),
            ...(f.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
          })),
          primaryKey: 'id',
          missingValues: [''],
        },
      },
    ],
  };
}
