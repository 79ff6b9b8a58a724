import { createRequire } from 'node:module';

/**
 * French territories from @etalab/decoupage-administratif (one COG year, pinned in package.json): communes by
 * INSEE code and SIREN, EPCI by SIREN, départements and régions by code. The files are loaded on first use only
 * (communes.json is 8.6 MB) and kept in memory as maps.
 */
export type TerritoryType = 'commune' | 'epci' | 'departement' | 'region';
export interface Territory {
  type: TerritoryType;
  code: string;
  name: string;
}

interface CommuneRecord {
  code: string;
  nom: string;
  type: string;
  siren?: string;
}
interface NamedRecord {
  code: string;
  nom: string;
}

const require = createRequire(import.meta.url);
let loaded:
  | {
      commune: Map<string, Territory>;
      epci: Map<string, Territory>;
      departement: Map<string, Territory>;
      region: Map<string, Territory>;
      communeBySiren: Map<string, Territory>;
    }
  | undefined;

function data() {
  if (loaded) return loaded;
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as CommuneRecord[];
  const epci = require('@etalab/decoupage-administratif/data/epci.json') as NamedRecord[];
  const departements = require('@etalab/decoupage-administratif/data/departements.json') as NamedRecord[];
  const regions = require('@etalab/decoupage-administratif/data/regions.json') as NamedRecord[];
  const commune = new Map<string, Territory>();
  const communeBySiren = new Map<string, Territory>();
  for (const c of communes) {
    // Current communes and the arrondissements of Paris, Lyon and Marseille; former (delegated) communes are not.
    if (c.type !== 'commune-actuelle' && c.type !== 'arrondissement-municipal') continue;
    const t: Territory = { type: 'commune', code: c.code, name: c.nom };
    commune.set(c.code, t);
    if (c.siren && c.type === 'commune-actuelle') communeBySiren.set(c.siren, t);
  }
  const map = (type: TerritoryType, rows: NamedRecord[]) =>
    new Map(rows.map((r) => [r.code, { type, code: r.code, name: r.nom } satisfies Territory]));
  loaded = {
    commune,
    communeBySiren,
    epci: map('epci', epci),
    departement: map('departement', departements),
    region: map('region', regions),
  };
  return loaded;
}

/**
 * The territory an organisation names by its code. Two-digit codes are ambiguous (région 84 and département 84):
 * the type given, or the organisation's kind, decides; otherwise the shape does (5 characters: commune, 9 digits:
 * EPCI, 2 or 3: département).
 */
export function resolveTerritory(code: string, type?: TerritoryType | null, kind?: string): Territory | null {
  const d = data();
  const wanted: TerritoryType | undefined =
    type ??
    (kind === 'commune' || kind === 'epci' || kind === 'departement' || kind === 'region' ? kind : undefined);
  if (wanted) return d[wanted].get(code) ?? null;
  if (/^\d{9}$/.test(code)) return d.epci.get(code) ?? null;
  if (code.length === 5) return d.commune.get(code) ?? null;
  return d.departement.get(code) ?? d.region.get(code) ?? null;
}

export function territoryName(code: string | null, type: TerritoryType | null): string | null {
  if (!code) return null;
  return resolveTerritory(code, type)?.name ?? null;
}

/** The commune or EPCI whose SIREN this is (the first 9 digits of a SIRET), if it is one. */
export function collectiviteBySiren(
  siren: string,
): { kind: 'commune' | 'epci'; territory: Territory } | null {
  const d = data();
  const epci = d.epci.get(siren);
  if (epci) return { kind: 'epci', territory: epci };
  const commune = d.communeBySiren.get(siren);
  return commune ? { kind: 'commune', territory: commune } : null;
}
