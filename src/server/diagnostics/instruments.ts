import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InstrumentSchema } from '../../core/diagnostics/instrument.schemas.ts';
import type { Instrument } from '../../core/diagnostics/instrument.schemas.ts';
import { NotFoundError, msg } from '../errors.ts';
import { ContentError, defaultContentDir, readJsonFile } from '../method/method-content.loader.ts';

/**
 * Every version of every instrument ever shipped, from content/instruments/<id>.v<version>.json. Old versions stay
 * in the folder so that a diagnostic answered against them keeps its questions and rules.
 */
export interface InstrumentCatalog {
  /** Latest version of each instrument, in file-name order. */
  latest(): Instrument[];
  /** One version, or undefined. */
  find(id: string, version: number): Instrument | undefined;
  /** The latest version of an instrument, or undefined. */
  findLatest(id: string): Instrument | undefined;
  /** Versions of an instrument, oldest first. */
  versions(id: string): number[];
}

const FILE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.v([1-9][0-9]*)\.json$/;

export function loadInstruments(contentDir = defaultContentDir()): InstrumentCatalog {
  const dir = join(contentDir, 'instruments');
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch (error) {
    throw new ContentError(`The instruments folder ${dir} cannot be read: ${(error as Error).message}`);
  }
  const byId = new Map<string, Map<number, Instrument>>();
  const problems: string[] = [];
  for (const file of files) {
    const match = FILE_NAME.exec(file);
    if (!match) {
      problems.push(`${file}: instrument files are named <id>.v<version>.json`);
      continue;
    }
    const parsed = InstrumentSchema.safeParse(readJsonFile(join(dir, file)));
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
      continue;
    }
    const instrument = parsed.data;
    if (instrument.id !== match[1] || instrument.version !== Number(match[2])) {
      problems.push(`${file}: the file declares ${instrument.id} version ${instrument.version}`);
      continue;
    }
    const versions = byId.get(instrument.id) ?? new Map<number, Instrument>();
    versions.set(instrument.version, instrument);
    byId.set(instrument.id, versions);
  }
  if (problems.length > 0)
    throw new ContentError(`The instruments in ${dir} are invalid:\n- ${problems.join('\n- ')}`);
  if (byId.size === 0) throw new ContentError(`No instrument found in ${dir}.`);
  for (const [id, versions] of byId) {
    const kinds = new Set([...versions.values()].map((i) => i.kind));
    if (kinds.size > 1)
      throw new ContentError(`The versions of instrument ${id} do not all have the same kind.`);
  }

  const sortedVersions = (id: string) => [...(byId.get(id)?.keys() ?? [])].sort((a, b) => a - b);
  return {
    latest: () => [...byId.keys()].map((id) => byId.get(id)!.get(Math.max(...sortedVersions(id)))!),
    find: (id, version) => byId.get(id)?.get(version),
    findLatest: (id) => {
      const versions = sortedVersions(id);
      return versions.length > 0 ? byId.get(id)!.get(versions[versions.length - 1]) : undefined;
    },
    versions: sortedVersions,
  };
}

let cached: { dir: string; catalog: InstrumentCatalog } | undefined;

/** The instrument catalog, loaded and validated once per process. */
export function getInstruments(contentDir = defaultContentDir()): InstrumentCatalog {
  if (cached?.dir !== contentDir) cached = { dir: contentDir, catalog: loadInstruments(contentDir) };
  return cached.catalog;
}

/** The instrument version a diagnostic was answered against; its absence is a deployment error, not the user's. */
export function instrumentOf(catalog: InstrumentCatalog, id: string, version: number): Instrument {
  const instrument = catalog.find(id, version);
  if (!instrument) {
    throw new NotFoundError(
      msg(
        `L’outil ${id} en version ${version} n’est plus disponible.`,
        `Instrument ${id} version ${version} is no longer available.`,
      ),
    );
  }
  return instrument;
}
