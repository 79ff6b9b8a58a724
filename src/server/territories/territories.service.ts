import { isValidSiren } from '../../core/accounts/siren.ts';
import { msg, NotFoundError, type LocalizedMessage } from '../errors.ts';
import {
  normalizeName,
  territoryData,
  territoryKey,
  type Territory,
  type TerritoryType,
} from './territories.data.ts';

export const TERRITORY_TYPES = ['commune', 'epci', 'departement', 'region'] as const;

/** Population bands by type of territory: they group territories of comparable size (no surfaces, so no density). */
const BANDS: Record<TerritoryType, { upTo: number; id: string; fr: string; en: string }[]> = {
  commune: [
    { upTo: 500, id: 'commune-lt-500', fr: 'moins de 500 habitants', en: 'under 500 inhabitants' },
    { upTo: 2_000, id: 'commune-500-2k', fr: 'de 500 à 2 000 habitants', en: '500 to 2,000 inhabitants' },
    { upTo: 5_000, id: 'commune-2k-5k', fr: 'de 2 000 à 5 000 habitants', en: '2,000 to 5,000 inhabitants' },
    {
      upTo: 20_000,
      id: 'commune-5k-20k',
      fr: 'de 5 000 à 20 000 habitants',
      en: '5,000 to 20,000 inhabitants',
    },
    {
      upTo: 50_000,
      id: 'commune-20k-50k',
      fr: 'de 20 000 à 50 000 habitants',
      en: '20,000 to 50,000 inhabitants',
    },
    {
      upTo: 100_000,
      id: 'commune-50k-100k',
      fr: 'de 50 000 à 100 000 habitants',
      en: '50,000 to 100,000 inhabitants',
    },
    {
      upTo: Infinity,
      id: 'commune-100k-plus',
      fr: '100 000 habitants ou plus',
      en: '100,000 inhabitants or more',
    },
  ],
  epci: [
    { upTo: 15_000, id: 'epci-lt-15k', fr: 'moins de 15 000 habitants', en: 'under 15,000 inhabitants' },
    {
      upTo: 30_000,
      id: 'epci-15k-30k',
      fr: 'de 15 000 à 30 000 habitants',
      en: '15,000 to 30,000 inhabitants',
    },
    {
      upTo: 50_000,
      id: 'epci-30k-50k',
      fr: 'de 30 000 à 50 000 habitants',
      en: '30,000 to 50,000 inhabitants',
    },
    {
      upTo: 100_000,
      id: 'epci-50k-100k',
      fr: 'de 50 000 à 100 000 habitants',
      en: '50,000 to 100,000 inhabitants',
    },
    {
      upTo: 250_000,
      id: 'epci-100k-250k',
      fr: 'de 100 000 à 250 000 habitants',
      en: '100,000 to 250,000 inhabitants',
    },
    {
      upTo: Infinity,
      id: 'epci-250k-plus',
      fr: '250 000 habitants ou plus',
      en: '250,000 inhabitants or more',
    },
  ],
  departement: [
    {
      upTo: 250_000,
      id: 'departement-lt-250k',
      fr: 'moins de 250 000 habitants',
      en: 'under 250,000 inhabitants',
    },
    {
      upTo: 500_000,
      id: 'departement-250k-500k',
      fr: 'de 250 000 à 500 000 habitants',
      en: '250,000 to 500,000 inhabitants',
    },
    {
      upTo: 1_000_000,
      id: 'departement-500k-1m',
      fr: 'de 500 000 à 1 million d’habitants',
      en: '500,000 to 1 million inhabitants',
    },
    {
      upTo: Infinity,
      id: 'departement-1m-plus',
      fr: '1 million d’habitants ou plus',
      en: '1 million inhabitants or more',
    },
  ],
  region: [
    {
      upTo: 2_000_000,
      id: 'region-lt-2m',
      fr: 'moins de 2 millions d’habitants',
      en: 'under 2 million inhabitants',
    },
    {
      upTo: 5_000_000,
      id: 'region-2m-5m',
      fr: 'de 2 à 5 millions d’habitants',
      en: '2 to 5 million inhabitants',
    },
    {
      upTo: Infinity,
      id: 'region-5m-plus',
      fr: '5 millions d’habitants ou plus',
      en: '5 million inhabitants or more',
    },
  ],
};

export function populationBand(
  t: Pick<Territory, 'type' | 'population'>,
): { id: string; fr: string; en: string } | null {
  if (t.population === null) return null;
  const band = BANDS[t.type].find((b) => t.population! < b.upTo);
  return band ? { id: band.id, fr: band.fr, en: band.en } : null;
}

export interface TerritoryView {
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
}

export function findTerritory(type: TerritoryType, code: string): Territory | undefined {
  return territoryData().byKey.get(territoryKey(type, code));
}

export function presentTerritory(t: Territory): TerritoryView {
  const dep = t.departement ? findTerritory('departement', t.departement) : undefined;
  const reg = t.region ? findTerritory('region', t.region) : undefined;
  const epci = t.epci ? findTerritory('epci', t.epci) : undefined;
  return {
    type: t.type,
    code: t.code,
    name: t.name,
    departement: t.departement,
    departementName: dep?.name ?? null,
    region: t.region,
    regionName: reg?.name ?? null,
    population: t.population,
    populationBand: populationBand(t),
    postalCodes: t.postalCodes,
    epci: epci ? { code: epci.code, name: epci.name, type: epci.epciType } : null,
    epciType: t.epciType,
    departements: t.departements,
  };
}

/** The type a bare code most likely means: 5 characters a commune, 9 digits an EPCI, else a département. */
export function guessType(code: string): TerritoryType {
  if (/^\d{9}$/.test(code)) return 'epci';
  if (/^[0-9][0-9AB][0-9]{3}$/.test(code)) return 'commune';
  return 'departement';
}

/**
 * Resolves a code (optionally typed, also as `region:84`) or returns the reason it is refused. Région codes
 * collide with département codes (« 84 » is both), so régions need their type.
 */
export function resolveTerritory(
  input: string | { type?: TerritoryType; code: string },
): Territory | LocalizedMessage {
  let type: TerritoryType | undefined;
  let code: string;
  if (typeof input === 'string') {
    const m = /^(commune|epci|departement|region):(.+)$/.exec(input.trim());
    if (m) [type, code] = [m[1] as TerritoryType, m[2]];
    else code = input.trim();
  } else {
    type = input.type;
    code = input.code.trim();
  }
  code = code.toUpperCase();
  type ??= guessType(code);
  if (type === 'epci' && /^\d{9}$/.test(code) && !isValidSiren(code)) {
    return msg(
      `« ${code} » n’est pas un SIREN valide (clé de contrôle fausse).`,
      `“${code}” is not a valid SIREN (wrong check digit).`,
    );
  }
  const found = findTerritory(type, code);
  if (found) return found;
  return msg(
    `Code INSEE inconnu : « ${code} » (${typeLabel(type).fr}).`,
    `Unknown INSEE code: “${code}” (${typeLabel(type).en}).`,
  );
}

function typeLabel(type: TerritoryType): LocalizedMessage {
  return {
    commune: msg('commune', 'commune'),
    epci: msg('EPCI', 'EPCI'),
    departement: msg('département', 'département'),
    region: msg('région', 'région'),
  }[type];
}

export function getTerritory(code: string, type?: TerritoryType): TerritoryView {
  const found = resolveTerritory(type ? { type, code } : code);
  if ('fr' in found) throw new NotFoundError(found);
  return presentTerritory(found);
}

const TYPE_RANK: Record<TerritoryType, number> = { region: 0, departement: 1, epci: 2, commune: 3 };

/**
 * Autocomplete over names (accent-insensitive prefix, then word prefix), postal codes and codes. Ranked: exact
 * code, exact name, name prefix, word prefix; then larger territories first.
 */
export function searchTerritories(
  query: string,
  types: readonly TerritoryType[] = TERRITORY_TYPES,
  limit = 15,
): TerritoryView[] {
  const data = territoryData();
  const q = query.trim();
  const allowed = new Set(types);
  const scored: { t: Territory; score: number }[] = [];
  const seen = new Set<Territory>();
  const push = (t: Territory | undefined, score: number) => {
    if (!t || !allowed.has(t.type) || seen.has(t)) return;
    seen.add(t);
    scored.push({ t, score });
  };
  const upper = q.toUpperCase();
  if (/^[0-9][0-9AB]?[0-9]{0,7}$/.test(upper)) {
    for (const type of TERRITORY_TYPES) push(findTerritory(type, upper), 0);
    for (const t of data.byPostalCode.get(upper) ?? []) push(t, 1);
    if (upper.length >= 3) {
      for (const [cp, list] of data.byPostalCode) if (cp.startsWith(upper)) for (const t of list) push(t, 3);
      for (const t of data.all) if (t.code.startsWith(upper)) push(t, 3);
    }
  }
  const norm = normalizeName(q);
  if (norm.length >= 1) {
    const spaced = ` ${norm}`;
    for (const t of data.all) {
      if (!allowed.has(t.type)) continue;
      if (t.norm === norm) push(t, 0.5);
      else if (t.norm.startsWith(norm)) push(t, 2);
      else if (norm.length >= 3 && ` ${t.norm}`.includes(spaced)) push(t, 4);
    }
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      (b.t.population ?? 0) - (a.t.population ?? 0) ||
      TYPE_RANK[a.t.type] - TYPE_RANK[b.t.type] ||
      a.t.code.localeCompare(b.t.code),
  );
  return scored.slice(0, limit).map((s) => presentTerritory(s.t));
}
