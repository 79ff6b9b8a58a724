import { parse } from 'csv-parse/sync';
import type { Actor } from '../auth/actor.ts';
import { assertCanWriteIn, requireActor } from '../auth/permissions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { AppError, ValidationError, msg } from '../errors.ts';
import { fieldErrorsFromZod } from '../http/validation-errors.ts';
import type { Language } from '../http/language.ts';
import { normalizeName } from '../territories/territories.data.ts';
import {
  PHASE_LABELS,
  PHASE_STATUSES,
  PHASES,
  projectInput,
  STATUS_LABELS,
  THEME_LABELS,
  THEMES,
  type ProjectInput,
} from './library.schemas.ts';
import { unsafeCell } from './csv.ts';
import { resolveTerritories, type ResolvedTerritory } from './projects.derive.ts';
import { existingOrganisationIds } from './projects.repository.ts';
import { buildProjectRows } from './projects.service.ts';

/**
 * Import of project records (CSV or JSON) into one organisation the actor edits. Every row is checked as the
 * API checks a record; the dry run lists every rejected row (line, field, reason) and every duplicate (same title,
 * organisation and territories, in the file or already stored). A real import with rejected rows writes nothing
 * unless `acceptValidRows` is set; it runs in one transaction with batched inserts. `source` and `imported_at`
 * are kept on each record. The jobs module was not there when this was written: large files run inline.
 */
export const MAX_IMPORT_ROWS = 100_000;

export interface ImportOptions {
  organisationId: string;
  dryRun: boolean;
  acceptValidRows: boolean;
  source?: string;
  lang: Language;
}

export interface ImportReport {
  dryRun: boolean;
  total: number;
  valid: number;
  imported: number;
  rejected: { line: number; field: string; reason: string }[];
  duplicates: {
    line: number;
    title: string;
    duplicateOfLine: number | null;
    existingProjectId: string | null;
  }[];
  source: string;
  importedAt: string | null;
}

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
type RawRow = Partial<
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

const headerKey = (h: string) => normalizeName(h).replace(/ /g, '');

function parseCsv(text: string): { line: number; row: RawRow }[] {
  const body = text.replace(/^\ufeff/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records = parse(body, {
    delimiter,
    columns: (header: string[]) => header.map((h) => ALIASES[headerKey(h)] ?? `ignored:${h}`),
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
    info: true,
    raw: true,
  }) as { record: Record<string, string>; info: { lines: number }; raw: string }[];
  // `info.lines` is where a record ends; a quoted cell may span lines, so count back to where it starts.
  return records.map(({ record, info, raw }) => ({
    line: info.lines - (raw.match(/\n/g)?.length ?? 0),
    row: Object.fromEntries(
      Object.entries(record)
        .filter(([k]) => !k.startsWith('ignored:'))
        .map(([k, v]) => [k, unsafeCell(v)]),
    ),
  }));
}

function parseJson(text: string): { line: number; row: RawRow }[] {
  const data = JSON.parse(text.replace(/^\ufeff/, '')) as unknown;
  const list = Array.isArray(data) ? data : (data as { projects?: unknown })?.projects;
  if (!Array.isArray(list))
    throw new ValidationError({
      body: msg(
        'JSON attendu : une liste de projets, ou { "projects": [...] }.',
        'Expected JSON: a list of projects, or { "projects": [...] }.',
      ),
    });
  // Rows are numbered from 1 in the list (there are no lines as such in JSON).
  return list.map((row, i) => ({ line: i + 1, row: (row && typeof row === 'object' ? row : {}) as RawRow }));
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
  return (value: string): string => map.get(headerKey(value)) ?? value;
};
const themeOf = byLabel(THEMES, THEME_LABELS);
const phaseOf = byLabel(PHASES, PHASE_LABELS);
const statusOf = byLabel(PHASE_STATUSES, STATUS_LABELS);

function list(value: unknown): unknown[] {
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
function toInput(row: RawRow, organisationId: string): Record<string, unknown> {
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

export function duplicateKey(
  organisationId: string,
  title: string,
  territories: readonly { type: string; code: string }[],
): string {
  return [organisationId, normalizeName(title), ...territories.map((t) => `${t.type}:${t.code}`).sort()].join(
    '\u0000',
  );
}

export async function importProjects(
  ctx: AppContext,
  actorOrNull: Actor | null,
  body: string,
  format: 'csv' | 'json',
  options: ImportOptions,
): Promise<ImportReport> {
  const actor = requireActor(actorOrNull);
  assertCanWriteIn(actor, options.organisationId);
  let rows: { line: number; row: RawRow }[];
  try {
    rows = format === 'json' ? parseJson(body) : parseCsv(body);
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError({
      body: msg(
        `Fichier illisible : ${(error as Error).message}`,
        `Unreadable file: ${(error as Error).message}`,
      ),
    });
  }
  if (rows.length === 0)
    throw new ValidationError({
      body: msg('Le fichier ne contient aucune ligne de projet.', 'The file contains no project row.'),
    });
  if (rows.length > MAX_IMPORT_ROWS)
    throw new ValidationError({
      body: msg(
        `${MAX_IMPORT_ROWS} lignes au plus par import.`,
        `${MAX_IMPORT_ROWS} rows at most per import.`,
      ),
    });

  const now = ctx.now().toISOString();
  const source = (options.source ?? '').trim().slice(0, 200) || `import ${now.slice(0, 10)}`;
  const report: ImportReport = {
    dryRun: options.dryRun,
    total: rows.length,
    valid: 0,
    imported: 0,
    rejected: [],
    duplicates: [],
    source,
    importedAt: null,
  };

  // Known duplicates: the organisation's live projects.
  const seen = new Map<string, { line: number | null; projectId: string | null }>();
  const existing = await ctx.db
    .selectFrom('projects as p')
    .leftJoin('project_territories as t', 't.project_id', 'p.id')
    .select(['p.id', 'p.title', 't.type', 't.code'])
    .where('p.organisation_id', '=', options.organisationId)
    .where('p.deleted_at', 'is', null)
    .execute();
  const byProject = new Map<string, { title: string; territories: { type: string; code: string }[] }>();
  for (const r of existing) {
    const entry = byProject.get(r.id) ?? { title: r.title, territories: [] };
    if (r.type && r.code) entry.territories.push({ type: r.type, code: r.code });
    byProject.set(r.id, entry);
  }
  for (const [id, p] of byProject)
    seen.set(duplicateKey(options.organisationId, p.title, p.territories), { line: null, projectId: id });

  const shareIds = new Set(rows.flatMap(({ row }) => list(row.sharedWithOrganisationIds).map(String)));
  const knownOrgs = await existingOrganisationIds(
    ctx.db,
    [...shareIds].filter((id) => /^[0-9a-f-]{36}$/i.test(id)),
  );
  const valid: {
    input: ProjectInput;
    territories: ResolvedTerritory[];
    status: 'draft' | 'published';
    source: string;
  }[] = [];
  const reject = (line: number, field: string, reason: { fr: string; en: string }) =>
    report.rejected.push({ line, field, reason: reason[options.lang] });

  for (const { line, row } of rows) {
    const candidate = toInput(row, options.organisationId);
    const parsed = projectInput.safeParse(candidate);
    if (!parsed.success) {
      for (const [field, reason] of Object.entries(fieldErrorsFromZod(parsed.error.issues, candidate)))
        reject(line, field, reason);
      continue;
    }
    const input = parsed.data;
    const { territories, errors } = resolveTerritories(input.territories);
    input.sharedWithOrganisationIds.forEach((id, i) => {
      if (!knownOrgs.has(id))
        errors[`sharedWithOrganisationIds.${i}`] = msg('Organisation inconnue.', 'Unknown organisation.');
    });
    const status =
      row.status === undefined || row.status === ''
        ? 'draft'
        : ['published', 'publie', 'publiee'].includes(headerKey(String(row.status)))
          ? 'published'
          : ['draft', 'brouillon'].includes(headerKey(String(row.status)))
            ? 'draft'
            : null;
    if (status === null)
      errors.status = msg(
        'Attendu : « brouillon » ou « publié » (draft, published).',
        'Expected: “draft” or “published”.',
      );
    if (status === 'published' && (!input.summary || input.themes.length === 0 || territories.length === 0)) {
      errors.status = msg(
        'Une fiche publiée doit avoir un résumé, une thématique et un territoire.',
        'A published record needs a summary, a theme and a territory.',
      );
    }
    if (Object.keys(errors).length > 0) {
      for (const [field, reason] of Object.entries(errors)) reject(line, field, reason);
      continue;
    }
    const key = duplicateKey(options.organisationId, input.title, territories);
    const previous = seen.get(key);
    if (previous) {
      report.duplicates.push({
        line,
        title: input.title,
        duplicateOfLine: previous.line,
        existingProjectId: previous.projectId,
      });
      continue;
    }
    seen.set(key, { line, projectId: null });
    valid.push({
      input,
      territories,
      status: status ?? 'draft',
      source: typeof row.source === 'string' && row.source.trim() ? row.source.trim().slice(0, 200) : source,
    });
  }
  report.valid = valid.length;
  if (options.dryRun) return report;
  if (report.rejected.length > 0 && !options.acceptValidRows) {
    throw new AppError(
      400,
      'import_rejected',
      msg(
        `${new Set(report.rejected.map((r) => r.line)).size} ligne(s) refusée(s) : rien n’a été importé. Corrigez-les, ou confirmez l’import des ${report.valid} ligne(s) valides.`,
        `${new Set(report.rejected.map((r) => r.line)).size} row(s) rejected: nothing was imported. Fix them, or confirm the import of the ${report.valid} valid row(s).`,
      ),
      Object.fromEntries(
        report.rejected.slice(0, 50).map((r) => [`rows.${r.line}.${r.field}`, msg(r.reason, r.reason)]),
      ),
      { report },
    );
  }

  await ctx.db.transaction().execute(async (trx) => {
    const batch = {
      projects: [] as ReturnType<typeof buildProjectRows>['project'][],
      territories: [] as ReturnType<typeof buildProjectRows>['territories'],
      shares: [] as ReturnType<typeof buildProjectRows>['shares'],
      facets: [] as ReturnType<typeof buildProjectRows>['facets'],
    };
    const flush = async () => {
      for (let i = 0; i < batch.projects.length; i += 400)
        await trx
          .insertInto('projects')
          .values(batch.projects.slice(i, i + 400))
          .execute();
      for (let i = 0; i < batch.territories.length; i += 2000)
        await trx
          .insertInto('project_territories')
          .values(batch.territories.slice(i, i + 2000))
          .execute();
      for (let i = 0; i < batch.shares.length; i += 5000)
        await trx
          .insertInto('project_shares')
          .values(batch.shares.slice(i, i + 5000))
          .execute();
      for (let i = 0; i < batch.facets.length; i += 5000)
        await trx
          .insertInto('project_facets')
          .values(batch.facets.slice(i, i + 5000))
          .execute();
      batch.projects = [];
      batch.territories = [];
      batch.shares = [];
      batch.facets = [];
    };
    for (const v of valid) {
      const built = buildProjectRows(
        { ...v.input, status: v.status, source: v.source, importedAt: now, createdBy: actor.userId, now },
        v.territories,
      );
      batch.projects.push(built.project);
      batch.territories.push(...built.territories);
      batch.shares.push(...built.shares);
      batch.facets.push(...built.facets);
      if (batch.projects.length >= 2000) await flush();
    }
    await flush();
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'project.import',
        subjectType: 'organisation',
        subjectId: options.organisationId,
        organisationId: options.organisationId,
        details: {
          imported: valid.length,
          rejectedRows: new Set(report.rejected.map((r) => r.line)).size,
          duplicates: report.duplicates.length,
          source,
        },
      },
      ctx.now(),
    );
  });
  report.imported = valid.length;
  report.importedAt = now;
  return report;
}
