import { parseSemicolonCsv } from '../../core/indicators/french-csv.ts';
import type { Actor } from '../auth/actor.ts';
import { hasOrganisationRole, requireActor } from '../auth/permissions.ts';
import type { ValueKind } from '../../db/tables/indicators.ts';
import type { AppContext } from '../context.ts';
import { ForbiddenError, ValidationError, msg, type LocalizedMessage } from '../errors.ts';
import type { Language } from '../http/language.ts';
import { canReadDictionary, loadModel } from './indicators.access.ts';
import { listIndicators } from './indicators.repository.ts';
import { NotFoundError } from '../errors.ts';
import { checkValue, duplicateMessage } from './value-rules.ts';
import { insertValues, type NewValue } from './values.service.ts';

/**
 * Upload of values as a French spreadsheet saves it: `site;indicateur;période;type;valeur;unité` (unité optional),
 * semicolons, decimal comma, periods as 2025-03, 2025-T1, 2025 or dates dd/mm/yyyy, UTF-8 with or without BOM.
 * A dry run lists every bad row with its reason and writes nothing; the confirmed upload writes all rows in one
 * transaction, or none when any row is bad.
 */
export const MAX_IMPORT_ROWS = 200_000;

const COLUMNS = {
  site: ['site', 'site_id', 'nom du site'],
  indicator: ['indicateur', 'indicator', 'indicator_id'],
  period: ['periode', 'period', 'date'],
  kind: ['type', 'kind', 'nature'],
  value: ['valeur', 'value'],
  unit: ['unite', 'unit'],
} as const;
type Column = keyof typeof COLUMNS;
const FIELD_NAMES: Record<Column, LocalizedMessage> = {
  site: msg('site', 'site'),
  indicator: msg('indicateur', 'indicator'),
  period: msg('période', 'period'),
  kind: msg('type', 'type'),
  value: msg('valeur', 'value'),
  unit: msg('unité', 'unit'),
};

const fold = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

const KINDS: Record<string, ValueKind> = {
  reference: 'baseline',
  baseline: 'baseline',
  'valeur de reference': 'baseline',
  cible: 'target',
  objectif: 'target',
  target: 'target',
  reel: 'actual',
  realise: 'actual',
  actual: 'actual',
};

export interface ImportError {
  line: number;
  field: string;
  reason: string;
}

/** The sites the actor may write values for in this model: all of them for the carrier's editors, else their own. */
async function writableSites(ctx: AppContext, actor: Actor, model: { id: string; organisation_id: string }) {
  const sites = await ctx.db
    .selectFrom('sites')
    .select(['id', 'name', 'organisation_id'])
    .where('model_id', '=', model.id)
    .where('deleted_at', 'is', null)
    .execute();
  if (hasOrganisationRole(actor, model.organisation_id, 'editor')) return sites;
  return sites.filter((s) => hasOrganisationRole(actor, s.organisation_id, 'editor'));
}

export async function importValues(
  ctx: AppContext,
  actorOrNull: Actor | null,
  modelId: string,
  body: string,
  options: { dryRun: boolean; lang: Language },
) {
  const actor = requireActor(actorOrNull);
  const model = await loadModel(ctx, modelId);
  if (!(await canReadDictionary(ctx, actor, model))) throw new NotFoundError();
  const sites = await writableSites(ctx, actor, model);
  if (sites.length === 0) throw new ForbiddenError();
  const t = (m: LocalizedMessage) => m[options.lang];

  const rows = parseSemicolonCsv(body);
  if (rows.length < 2)
    throw new ValidationError({
      file: msg(
        'Le fichier est vide : une ligne d’en-tête puis une ligne par valeur.',
        'The file is empty: a header line, then one line per value.',
      ),
    });
  if (rows.length - 1 > MAX_IMPORT_ROWS)
    throw new ValidationError({
      file: msg(
        `${MAX_IMPORT_ROWS} lignes au plus par fichier.`,
        `${MAX_IMPORT_ROWS} rows at most per file.`,
      ),
    });
  const header = rows[0].cells.map(fold);
  const at = {} as Record<Column, number>;
  const missing: string[] = [];
  for (const column of Object.keys(COLUMNS) as Column[]) {
    at[column] = header.findIndex((h) => (COLUMNS[column] as readonly string[]).includes(h));
    if (at[column] < 0 && column !== 'unit') missing.push(FIELD_NAMES[column].fr);
  }
  if (missing.length > 0)
    throw new ValidationError({
      file: msg(
        `Colonnes manquantes : ${missing.join(', ')}. En-tête attendu : site;indicateur;période;type;valeur;unité (séparateur point-virgule).`,
        `Missing columns: ${missing.join(', ')}. Expected header: site;indicateur;période;type;valeur;unité (semicolon separator).`,
      ),
    });

  const indicators = await listIndicators(ctx.db, model.id);
  // A file repeats the same few names, types and periods on every row: each distinct text is folded once.
  const foldedText = new Map<string, string>();
  const folded = (text: string) => {
    let f = foldedText.get(text);
    if (f === undefined) foldedText.set(text, (f = fold(text)));
    return f;
  };
  const indicatorBy = new Map<string, (typeof indicators)[number]>();
  for (const i of indicators) {
    indicatorBy.set(i.id, i);
    indicatorBy.set(fold(i.name), i);
  }
  const siteBy = new Map<string, (typeof sites)[number]>();
  for (const s of sites) {
    siteBy.set(s.id, s);
    siteBy.set(fold(s.name), s);
  }

  const errors: ImportError[] = [];
  const values: (NewValue & { line: number })[] = [];
  const seen = new Map<string, number>();
  const cell = (cells: string[], column: Column) => (at[column] >= 0 ? (cells[at[column]] ?? '').trim() : '');
  for (const row of rows.slice(1)) {
    const bad = (column: Column, reason: LocalizedMessage) =>
      errors.push({ line: row.line, field: t(FIELD_NAMES[column]), reason: t(reason) });
    const siteText = cell(row.cells, 'site');
    const site = siteBy.get(siteText) ?? siteBy.get(folded(siteText));
    if (!site)
      bad(
        'site',
        msg(
          `Site inconnu ou hors de vos droits : « ${siteText} ».`,
          `Unknown site or not yours to edit: "${siteText}".`,
        ),
      );
    const indicatorText = cell(row.cells, 'indicator');
    const indicator = indicatorBy.get(indicatorText) ?? indicatorBy.get(folded(indicatorText));
    if (!indicator)
      bad(
        'indicator',
        msg(
          `Indicateur inconnu pour ce modèle : « ${indicatorText} ».`,
          `Unknown indicator for this model: "${indicatorText}".`,
        ),
      );
    const kindText = cell(row.cells, 'kind');
    const kind = KINDS[folded(kindText)];
    if (!kind)
      bad(
        'kind',
        msg(
          `Type « ${kindText} » : écrivez référence, cible ou réel.`,
          `Type "${kindText}": write référence, cible or réel (baseline, target, actual).`,
        ),
      );
    if (!indicator) continue;
    const checked = checkValue(indicator, {
      value: cell(row.cells, 'value'),
      unit: cell(row.cells, 'unit'),
      period: cell(row.cells, 'period'),
    });
    if ('errors' in checked) {
      for (const [field, reason] of Object.entries(checked.errors)) bad(field as Column, reason);
      continue;
    }
    if (!site || !kind) continue;
    const key = `${indicator.id}|${site.id}|${kind}|${checked.ok.period.start}`;
    const first = seen.get(key);
    if (first !== undefined) {
      bad(
        'period',
        msg(
          `Doublon de la ligne ${first} (même site, indicateur, type et période).`,
          `Duplicate of line ${first} (same site, indicator, type and period).`,
        ),
      );
      continue;
    }
    seen.set(key, row.line);
    values.push({
      line: row.line,
      indicatorId: indicator.id,
      siteId: site.id,
      kind,
      period: checked.ok.period.label,
      periodStart: checked.ok.period.start,
      value: checked.ok.value,
    });
  }

  // Values already in the database for the same keys are duplicates too.
  if (values.length > 0) {
    const starts = [...new Set(values.map((v) => v.periodStart))];
    const indicatorIds = [...new Set(values.map((v) => v.indicatorId))];
    // With the kinds too, the bucket index (indicator, kind, period) narrows the search to the file's periods;
    // without them, every stored value of the indicators was read.
    const kinds = [...new Set(values.map((v) => v.kind))];
    const existing = new Set<string>();
    for (let i = 0; i < starts.length; i += 500) {
      const found = await ctx.db
        .selectFrom('indicator_values')
        .select(['indicator_id', 'site_id', 'kind', 'period_start'])
        .where('indicator_id', 'in', indicatorIds)
        .where('kind', 'in', kinds)
        .where('period_start', 'in', starts.slice(i, i + 500))
        .execute();
      for (const f of found) existing.add(`${f.indicator_id}|${f.site_id}|${f.kind}|${f.period_start}`);
    }
    for (const v of values)
      if (existing.has(`${v.indicatorId}|${v.siteId}|${v.kind}|${v.periodStart}`))
        errors.push({
          line: v.line,
          field: t(FIELD_NAMES.period),
          reason: t(duplicateMessage(v.kind, v.period)),
        });
  }
  errors.sort((a, b) => a.line - b.line);
  const report = {
    dryRun: options.dryRun,
    rows: rows.length - 1,
    valid: rows.length - 1 - new Set(errors.map((e) => e.line)).size,
    written: 0,
    errors,
  };
  if (options.dryRun) return report;
  if (errors.length > 0) {
    const fields: Record<string, LocalizedMessage> = {};
    for (const e of errors.slice(0, 100)) fields[`lines.${e.line}.${e.field}`] = msg(e.reason, e.reason);
    throw new ValidationError(
      fields,
      msg(
        `${report.rows - report.valid} ligne(s) invalide(s) : rien n’a été enregistré. Corrigez-les et renvoyez le fichier.`,
        `${report.rows - report.valid} invalid row(s): nothing was saved. Fix them and send the file again.`,
      ),
    );
  }
  await ctx.db
    .transaction()
    .execute((trx) => insertValues(trx, values, 'csv', actor.userId, ctx.now(), ctx.dialect));
  return { ...report, written: values.length };
}
