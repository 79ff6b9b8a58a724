import { createHash } from 'node:crypto';
import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { z } from 'zod';
import { ValidationError, msg } from '../errors.ts';

/**
 * The archive of one organisation: a zip holding
 * - `manifest.json`: format and version, migration level, the organisation, row counts and the SHA-256 of every
 *   other entry;
 * - `people.json`: everyone a record names (id, e-mail, display name, language: never a password or a session);
 * - `externals.json`: the records of other organisations that rows point at (shares, network links), with a label;
 * - `tables/<table>.jsonl`: one row a line, files replaced by `{ "$file": "files/…" }`;
 * - `files/<table>/<n>`: each stored file as its own bytes.
 */
export const ARCHIVE_FORMAT = 'essaim-organisation-export';
export const ARCHIVE_VERSION = 1;
/** Above this, the archive is refused before it is unpacked (a zip bomb must not fill the memory). */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

export type Row = Record<string, unknown>;

export interface Person {
  id: string;
  email: string;
  displayName: string;
  language: 'fr' | 'en';
}

export interface External {
  table: string;
  id: string;
  label: string;
}

const manifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int(),
  migration: z.string(),
  exportedAt: z.string(),
  organisation: z.object({ id: z.string(), name: z.string() }),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  checksums: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});
export type Manifest = z.infer<typeof manifestSchema>;

const personSchema = z.object({
  id: z.string().min(1),
  email: z.string().email(),
  displayName: z.string().max(200),
  language: z.enum(['fr', 'en']),
});
const externalSchema = z.object({ table: z.string(), id: z.string().min(1), label: z.string().max(500) });

export interface ArchiveContent {
  manifest: Manifest;
  people: Person[];
  externals: External[];
  tables: Map<string, Row[]>;
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const utf8 = new TextEncoder();

function isBytes(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array;
}

/** Packs rows into the archive; stored files become entries of their own. */
export function packArchive(input: {
  migration: string;
  exportedAt: Date;
  organisation: { id: string; name: string };
  people: Person[];
  externals: External[];
  tables: Map<string, Row[]>;
}): { bytes: Uint8Array; manifest: Manifest } {
  const entries: Record<string, Uint8Array> = {};
  const counts: Record<string, number> = {};
  entries['people.json'] = utf8.encode(JSON.stringify(input.people, null, 1));
  entries['externals.json'] = utf8.encode(JSON.stringify(input.externals, null, 1));
  for (const [table, rows] of input.tables) {
    counts[table] = rows.length;
    let n = 0;
    const lines = rows.map((row) =>
      JSON.stringify(
        Object.fromEntries(
          Object.entries(row).map(([column, value]) => {
            if (!isBytes(value)) return [column, value];
            const name = `files/${table}/${++n}`;
            entries[name] = value;
            return [column, { $file: name }];
          }),
        ),
      ),
    );
    entries[`tables/${table}.jsonl`] = utf8.encode(lines.length ? `${lines.join('\n')}\n` : '');
  }
  const manifest: Manifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_VERSION,
    migration: input.migration,
    exportedAt: input.exportedAt.toISOString(),
    organisation: input.organisation,
    counts,
    checksums: Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, sha256(data)])),
  };
  entries['manifest.json'] = utf8.encode(JSON.stringify(manifest, null, 1));
  // Files are mostly compressed already (images, PDF): storing them costs nothing and saves the CPU.
  const zipped = zipSync(
    Object.fromEntries(
      Object.entries(entries).map(([name, data]) => [
        name,
        [data, { level: name.startsWith('files/') ? 0 : 6 }] as const,
      ]),
    ),
  );
  return { bytes: zipped, manifest };
}

const refuse = (field: string, fr: string, en: string) => new ValidationError({ [field]: msg(fr, en) });

function parseJson(name: string, data: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data));
  } catch {
    throw refuse(name, `« ${name} » n’est pas du JSON valide.`, `“${name}” is not valid JSON.`);
  }
}

/**
 * Opens an archive and checks it whole before anything is read from it: a zip, a known format and version, every
 * entry listed in the manifest with its checksum and nothing else. Errors name the entry at fault.
 */
export function openArchive(bytes: Uint8Array): ArchiveContent {
  let files: Unzipped;
  let unpacked = 0;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES) throw new Error('too large');
        return true;
      },
    });
  } catch {
    throw refuse(
      'archive',
      'Ce fichier n’est pas une archive d’organisation lisible (zip attendu, de moins de 1 Go une fois décompressé).',
      'This file is not a readable organisation archive (a zip is expected, under 1 GB once unpacked).',
    );
  }
  const rawManifest = files['manifest.json'];
  if (!rawManifest)
    throw refuse('manifest', 'L’archive ne contient pas de manifeste.', 'The archive has no manifest.');
  const manifestJson = parseJson('manifest.json', rawManifest) as {
    format?: unknown;
    formatVersion?: unknown;
  };
  if (manifestJson?.format !== ARCHIVE_FORMAT)
    throw refuse(
      'manifest.format',
      'Ce n’est pas un export d’organisation Essaim.',
      'This is not an Essaim organisation export.',
    );
  if (manifestJson.formatVersion !== ARCHIVE_VERSION)
    throw refuse(
      'manifest.formatVersion',
      `Version de format inconnue (${String(manifestJson.formatVersion)}) : cette instance lit la version ${ARCHIVE_VERSION}.`,
      `Unknown format version (${String(manifestJson.formatVersion)}): this instance reads version ${ARCHIVE_VERSION}.`,
    );
  const parsed = manifestSchema.safeParse(manifestJson);
  if (!parsed.success)
    throw refuse(
      `manifest.${parsed.error.issues[0]?.path.join('.') ?? ''}`,
      'Le manifeste de l’archive est incomplet ou mal formé.',
      'The archive’s manifest is incomplete or malformed.',
    );
  const manifest = parsed.data;
  for (const name of Object.keys(files)) {
    if (name === 'manifest.json' || name.endsWith('/')) continue;
    const expected = manifest.checksums[name];
    if (!expected)
      throw refuse(
        name,
        `« ${name} » n’est pas listé dans le manifeste.`,
        `“${name}” is not listed in the manifest.`,
      );
    if (sha256(files[name]) !== expected)
      throw refuse(
        name,
        `La somme de contrôle de « ${name} » ne correspond pas : l’archive est abîmée ou a été modifiée.`,
        `The checksum of “${name}” does not match: the archive is damaged or was changed.`,
      );
  }
  for (const name of Object.keys(manifest.checksums))
    if (!files[name])
      throw refuse(name, `« ${name} » manque dans l’archive.`, `“${name}” is missing from the archive.`);

  const people = z.array(personSchema).safeParse(parseJson('people.json', files['people.json']));
  if (!people.success)
    throw refuse(
      `people.json.${people.error.issues[0]?.path.join('.') ?? ''}`,
      'La liste des personnes est mal formée (identifiant, e-mail, nom et langue attendus).',
      'The list of people is malformed (id, e-mail, name and language expected).',
    );
  const externals = z.array(externalSchema).safeParse(parseJson('externals.json', files['externals.json']));
  if (!externals.success)
    throw refuse(
      'externals.json',
      'La liste des références externes est mal formée.',
      'The list of external references is malformed.',
    );

  const tables = new Map<string, Row[]>();
  for (const [table, count] of Object.entries(manifest.counts)) {
    const name = `tables/${table}.jsonl`;
    const data = files[name];
    if (!data)
      throw refuse(name, `« ${name} » manque dans l’archive.`, `“${name}” is missing from the archive.`);
    const text = new TextDecoder().decode(data);
    const rows: Row[] = [];
    for (const [index, line] of text.split('\n').entries()) {
      if (!line) continue;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch {
        row = null;
      }
      if (!row || typeof row !== 'object' || Array.isArray(row))
        throw refuse(
          `${table}[${index + 1}]`,
          `La ligne ${index + 1} de « ${name} » n’est pas un enregistrement JSON.`,
          `Line ${index + 1} of “${name}” is not a JSON record.`,
        );
      rows.push(unpackFiles(row as Row, files, table, index));
    }
    if (rows.length !== count)
      throw refuse(
        name,
        `« ${name} » contient ${rows.length} lignes, le manifeste en annonce ${count}.`,
        `“${name}” holds ${rows.length} rows, the manifest announces ${count}.`,
      );
    tables.set(table, rows);
  }
  return { manifest, people: people.data, externals: externals.data, tables };
}

function unpackFiles(row: Row, files: Unzipped, table: string, index: number): Row {
  for (const [column, value] of Object.entries(row)) {
    if (!value || typeof value !== 'object') continue;
    const name = (value as { $file?: unknown }).$file;
    const bytes = typeof name === 'string' && name.startsWith(`files/${table}/`) ? files[name] : undefined;
    if (!bytes)
      throw refuse(
        `${table}[${index + 1}].${column}`,
        'Cette colonne renvoie à un fichier absent de l’archive.',
        'This column points at a file that is not in the archive.',
      );
    row[column] = Buffer.from(bytes);
  }
  return row;
}
