import { ValidationError, type FieldErrors } from '../errors.ts';
import type { Territory } from '../territories/territories.data.ts';
import { findTerritory, populationBand, resolveTerritory } from '../territories/territories.service.ts';
import type { TerritoryType } from '../territories/territories.data.ts';

/**
 * A site's territory: INSEE codes stored as `type:code` strings (`commune:26113`, `epci:242600534`,
 * `departement:26`, `region:84`), so that région and département codes never collide. The département and région
 * columns of `sites` come from the most local territory.
 */
const LOCAL_FIRST: Record<TerritoryType, number> = { commune: 0, epci: 1, departement: 2, region: 3 };

export interface ResolvedSiteTerritory {
  codes: string[];
  territories: Territory[];
  departement: string | null;
  region: string | null;
}

export function resolveSiteTerritory(
  refs: readonly string[],
  field = 'territoryCodes',
): ResolvedSiteTerritory {
  const errors: FieldErrors = {};
  const territories: Territory[] = [];
  const seen = new Set<string>();
  refs.forEach((ref, i) => {
    const found = resolveTerritory(ref);
    if ('fr' in found) {
      errors[`${field}.${i}`] = found;
      return;
    }
    const key = `${found.type}:${found.code}`;
    if (!seen.has(key)) territories.push(found);
    seen.add(key);
  });
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  const local = [...territories].sort((a, b) => LOCAL_FIRST[a.type] - LOCAL_FIRST[b.type])[0];
  return {
    codes: territories.map((t) => `${t.type}:${t.code}`),
    territories,
    departement:
      local?.departement ??
      (local?.type === 'departement' ? local.code : null) ??
      local?.departements[0] ??
      null,
    region: local?.region ?? (local?.type === 'region' ? local.code : null),
  };
}

/** The stored codes back to territories (codes unknown to this COG year are left out). */
export function territoriesOf(codes: readonly string[]): Territory[] {
  return codes.flatMap((c) => {
    const found = resolveTerritory(c);
    return 'fr' in found ? [] : [found];
  });
}

export interface TerritoryFacts {
  label: string;
  population: number | null;
  epciType: string | null;
  densityBand: { fr: string; en: string } | null;
  region: string | null;
  regionName: string | null;
}

/** The facts a fit card compares, for a set of territories: the most local type present, its population summed. */
export function factsOf(territories: readonly Territory[]): TerritoryFacts | null {
  if (territories.length === 0) return null;
  const type = [...territories].sort((a, b) => LOCAL_FIRST[a.type] - LOCAL_FIRST[b.type])[0]!.type;
  const same = territories.filter((t) => t.type === type);
  const known = same.filter((t) => t.population !== null);
  const population = known.length ? known.reduce((s, t) => s + (t.population ?? 0), 0) : null;
  const first = same[0]!;
  const epci = first.type === 'epci' ? first : first.epci ? findTerritory('epci', first.epci) : undefined;
  const region = first.type === 'region' ? first.code : first.region;
  const band = populationBand({ type, population });
  return {
    label: same.map((t) => t.name).join(', '),
    population,
    epciType: epci?.epciType ?? null,
    densityBand: band ? { fr: band.fr, en: band.en } : null,
    region,
    regionName: region ? (findTerritory('region', region)?.name ?? null) : null,
  };
}

/** A territory seen at a larger level: a commune as its EPCI, département or région, and so on. */
function lift(t: Territory, type: TerritoryType): Territory | undefined {
  if (t.type === type) return t;
  if (type === 'epci') return t.type === 'commune' && t.epci ? findTerritory('epci', t.epci) : undefined;
  const departement = t.departement ?? t.departements[0] ?? null;
  if (type === 'departement') return departement ? findTerritory('departement', departement) : undefined;
  const region = t.region ?? (departement ? findTerritory('departement', departement)?.region : null) ?? null;
  return region ? findTerritory('region', region) : undefined;
}

/**
 * Both sides of a fit card at one common level (the more local level both can be seen at), so that a commune is not
 * compared with a whole région: a site given as a commune, facing a pilot given as départements, is seen as its
 * département.
 */
export function comparableFacts(site: readonly Territory[], pilot: readonly Territory[]) {
  if (site.length === 0 || pilot.length === 0) return { site: factsOf(site), pilot: factsOf(pilot) };
  const mostLocal = (ts: readonly Territory[]) => Math.min(...ts.map((t) => LOCAL_FIRST[t.type]));
  const level = Math.max(mostLocal(site), mostLocal(pilot));
  const type = (Object.keys(LOCAL_FIRST) as TerritoryType[]).find((k) => LOCAL_FIRST[k] === level)!;
  const at = (ts: readonly Territory[]) => {
    const seen = new Map<string, Territory>();
    for (const t of ts) {
      if (LOCAL_FIRST[t.type] > level) continue;
      const up = lift(t, type);
      if (up) seen.set(up.code, up);
    }
    return [...seen.values()];
  };
  return { site: factsOf(at(site)), pilot: factsOf(at(pilot)) };
}
