import fs from 'node:fs';
import { createRequire } from 'node:module';

/**
 * French territories from `@etalab/decoupage-administratif` (one COG year, pinned in package.json), loaded once on
 * first use and kept as compact records: the 8.6 MB communes file is parsed, reduced, and its parse tree dropped.
 * The package has no surfaces, so no density can be derived; population bands stand in for it.
 */
export type TerritoryType = 'commune' | 'epci' | 'departement' | 'region';
export type EpciType = 'CC' | 'CA' | 'CU' | 'METRO' | 'MET69';

export interface Territory {
  type: TerritoryType;
  code: string;
  name: string;
  /** Accent-free lower-case name for prefix search. */
  norm: string;
  departement: string | null;
  region: string | null;
  population: number | null;
  /** Communes: postal codes. */
  postalCodes: string[];
  /** Communes: their EPCI (SIREN). */
  epci: string | null;
  /** EPCI: CC, CA, CU, METRO, MET69 (nature juridique). */
  epciType: EpciType | null;
  /** EPCI: every département its communes are in. */
  departements: string[];
}

export interface TerritoryData {
  byKey: Map<string, Territory>;
  all: Territory[];
  /** Postal code → communes. */
  byPostalCode: Map<string, Territory[]>;
  /** EPCI → member commune codes. */
  members: Map<string, string[]>;
}

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  codesPostaux?: string[];
  population?: number;
}
interface RawEpci {
  code: string;
  nom: string;
  type: EpciType;
  populationMunicipale?: number;
  membres: { code: string; populationMunicipale?: number }[];
}
interface RawArea {
  code: string;
  nom: string;
  region?: string;
}

export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(st)\b/g, 'saint')
    .replace(/\b(ste)\b/g, 'sainte')
    .trim();
}

export function territoryKey(type: TerritoryType, code: string): string {
  return `${type}:${code}`;
}

let cached: TerritoryData | undefined;

function readJson<T>(file: string): T {
  const require = createRequire(import.meta.url);
  return JSON.parse(
    fs.readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${file}`), 'utf8'),
  ) as T;
}

function majority(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = -1;
  for (const [k, v] of counts) if (v > bestCount) [best, bestCount] = [k, v];
  return best;
}

function load(): TerritoryData {
  const byKey = new Map<string, Territory>();
  const byPostalCode = new Map<string, Territory[]>();
  const members = new Map<string, string[]>();
  const add = (t: Territory) => byKey.set(territoryKey(t.type, t.code), t);

  const depPop = new Map<string, number>();
  const regPop = new Map<string, number>();
  for (const c of readJson<RawCommune[]>('communes.json')) {
    if (c.type !== 'commune-actuelle' && c.type !== 'arrondissement-municipal') continue;
    const t: Territory = {
      type: 'commune',
      code: c.code,
      name: c.nom,
      norm: normalizeName(c.nom),
      departement: c.departement ?? null,
      region: c.region ?? null,
      population: c.population ?? null,
      postalCodes: c.codesPostaux ?? [],
      epci: null,
      epciType: null,
      departements: [],
    };
    add(t);
    for (const cp of t.postalCodes) {
      const list = byPostalCode.get(cp);
      if (list) list.push(t);
      else byPostalCode.set(cp, [t]);
    }
    // Municipal arrondissements (Paris, Lyon, Marseille) are inside their commune's population already.
    if (c.type === 'commune-actuelle' && c.population) {
      if (c.departement) depPop.set(c.departement, (depPop.get(c.departement) ?? 0) + c.population);
      if (c.region) regPop.set(c.region, (regPop.get(c.region) ?? 0) + c.population);
    }
  }

  for (const e of readJson<RawEpci[]>('epci.json')) {
    const deps = new Map<string, number>();
    const regs = new Map<string, number>();
    const codes: string[] = [];
    for (const m of e.membres) {
      codes.push(m.code);
      const commune = byKey.get(territoryKey('commune', m.code));
      if (!commune) continue;
      commune.epci = e.code;
      const weight = (m.populationMunicipale ?? 0) + 1;
      if (commune.departement) deps.set(commune.departement, (deps.get(commune.departement) ?? 0) + weight);
      if (commune.region) regs.set(commune.region, (regs.get(commune.region) ?? 0) + weight);
    }
    members.set(e.code, codes);
    add({
      type: 'epci',
      code: e.code,
      name: e.nom,
      norm: normalizeName(e.nom),
      departement: majority(deps),
      region: majority(regs),
      population: e.populationMunicipale ?? null,
      postalCodes: [],
      epci: null,
      epciType: e.type,
      departements: [...deps.keys()].sort(),
    });
  }

  for (const d of readJson<RawArea[]>('departements.json')) {
    add({
      type: 'departement',
      code: d.code,
      name: d.nom,
      norm: normalizeName(d.nom),
      departement: d.code,
      region: d.region ?? null,
      population: depPop.get(d.code) ?? null,
      postalCodes: [],
      epci: null,
      epciType: null,
      departements: [d.code],
    });
  }
  for (const r of readJson<RawArea[]>('regions.json')) {
    add({
      type: 'region',
      code: r.code,
      name: r.nom,
      norm: normalizeName(r.nom),
      departement: null,
      region: r.code,
      population: regPop.get(r.code) ?? null,
      postalCodes: [],
      epci: null,
      epciType: null,
      departements: [],
    });
  }
  return { byKey, all: [...byKey.values()], byPostalCode, members };
}

/** The territories, loaded on first call (about 0.3 s), then shared by every request of this process. */
export function territoryData(): TerritoryData {
  cached ??= load();
  return cached;
}
