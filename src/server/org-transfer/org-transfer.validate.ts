import type { Db, Dialect } from '../../db/database.ts';
import { migrations } from '../../db/migrations/index.ts';
import { ValidationError, msg } from '../errors.ts';
import { checkMarkdown } from '../library/markdown.ts';
import type { ArchiveContent } from './org-transfer.archive.ts';
import { currentMigration, generatedColumns, refTable } from './org-transfer.export.ts';
import { TABLES, specOf } from './org-transfer.spec.ts';
import { ownTables } from '../../db/introspection.ts';

/**
 * Everything checked before the import writes a row: nothing in the archive is trusted. The migration level is one
 * this instance knows; every table and column exists here with a value of its type; every row belongs to the
 * organisation by its scope; every reference points at a record of the archive, a person of the archive, or a
 * declared record of another organisation; Markdown passes the library's rules. The first problem is refused with
 * the table, row number and column.
 */
interface Column {
  kind: 'text' | 'number' | 'bytes';
  required: boolean;
}

export type Columns = Map<string, Map<string, Column>>;

function kindOf(dataType: string): Column['kind'] {
  if (/blob|bytea/i.test(dataType)) return 'bytes';
  if (/int|real|float|double|numeric/i.test(dataType)) return 'number';
  return 'text';
}

export async function columnsOf(db: Db, dialect: Dialect): Promise<Columns> {
  const generated = await generatedColumns(db, dialect);
  const out: Columns = new Map();
  for (const table of await ownTables(db)) {
    const columns = new Map<string, Column>();
    for (const c of table.columns) {
      if (generated.has(`${table.name}.${c.name}`)) continue;
      columns.set(c.name, { kind: kindOf(c.dataType), required: !c.isNullable && !c.hasDefaultValue });
    }
    out.set(table.name, columns);
  }
  return out;
}

const refuse = (field: string, fr: string, en: string) => new ValidationError({ [field]: msg(fr, en) });

function valueMatches(value: unknown, kind: Column['kind']): boolean {
  if (value === null) return true;
  if (kind === 'bytes') return Buffer.isBuffer(value);
  if (kind === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeof value === 'string';
}

export async function validateArchive(db: Db, dialect: Dialect, archive: ArchiveContent): Promise<void> {
  const { manifest, tables, people, externals } = archive;
  const known = migrations.map((m) => m.name);
  const here = await currentMigration(db);
  if (!known.includes(manifest.migration) || manifest.migration > here)
    throw refuse(
      'manifest.migration',
      `L’archive vient d’une version plus récente d’Essaim (migration ${manifest.migration}, ici ${here}) : mettez cette instance à jour.`,
      `The archive comes from a newer Essaim (migration ${manifest.migration}, here ${here}): update this instance.`,
    );
  const columns = await columnsOf(db, dialect);
  const ids = new Map<string, Set<string>>();
  for (const [table, rows] of tables) {
    const spec = specOf(table);
    const shape = columns.get(table);
    if (!spec || !shape)
      throw refuse(
        `tables/${table}.jsonl`,
        `La table « ${table} » ne fait pas partie d’un export d’organisation.`,
        `Table “${table}” is not part of an organisation export.`,
      );
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      const at = `${table}[${index + 1}]`;
      for (const [name, value] of Object.entries(row)) {
        const column = shape.get(name);
        if (!column)
          throw refuse(
            `${at}.${name}`,
            'Colonne inconnue sur cette instance.',
            'Unknown column on this instance.',
          );
        if (!valueMatches(value, column.kind))
          throw refuse(`${at}.${name}`, 'Valeur d’un type inattendu.', 'Value of an unexpected type.');
      }
      for (const [name, column] of shape)
        if (column.required && (row[name] === undefined || row[name] === null))
          throw refuse(`${at}.${name}`, 'Valeur obligatoire manquante.', 'Required value missing.');
      if (typeof row.id === 'string') {
        if (seen.has(row.id))
          throw refuse(`${at}.id`, 'Identifiant en double dans l’archive.', 'Duplicate id in the archive.');
        seen.add(row.id);
      }
      for (const column of spec.markdown ?? []) {
        const problem = typeof row[column] === 'string' ? checkMarkdown(row[column]) : null;
        if (problem) throw new ValidationError({ [`${at}.${column}`]: problem });
      }
    });
    ids.set(table, seen);
  }

  const organisations = tables.get('organisations') ?? [];
  if (organisations.length !== 1 || organisations[0].id !== manifest.organisation.id)
    throw refuse(
      'tables/organisations.jsonl',
      'L’archive doit contenir exactement l’organisation nommée par son manifeste.',
      'The archive must hold exactly the organisation its manifest names.',
    );
  const personIds = new Set(people.map((p) => p.id));
  const emails = new Set<string>();
  people.forEach((p, index) => {
    const email = p.email.toLowerCase();
    if (emails.has(email))
      throw refuse(`people.json[${index + 1}].email`, 'E-mail en double.', 'Duplicate e-mail.');
    emails.add(email);
  });
  const declared = new Set(externals.map((e) => `${e.table}:${e.id}`));

  for (const spec of TABLES) {
    (tables.get(spec.table) ?? []).forEach((row, index) => {
      const at = `${spec.table}[${index + 1}]`;
      if (spec.scope.length && !spec.scope.some((s) => ids.get(s.of)?.has(String(row[s.column]))))
        throw refuse(
          `${at}.${spec.scope[0].column}`,
          'Cet enregistrement n’appartient pas à l’organisation de l’archive.',
          'This record does not belong to the archive’s organisation.',
        );
      for (const ref of spec.refs) {
        const value = row[ref.column];
        if (value === null || value === undefined) continue;
        const target = refTable(ref, row);
        const ok =
          typeof value === 'string' &&
          (target === 'users'
            ? personIds.has(value)
            : ids.get(target)?.has(value) || declared.has(`${target}:${value}`));
        if (!ok)
          throw refuse(
            `${at}.${ref.column}`,
            'Cette référence pointe hors de l’archive (ni dans ses enregistrements, ni dans ses personnes, ni déclarée comme externe).',
            'This reference points outside the archive (not among its records, its people or its declared externals).',
          );
      }
    });
  }
}
