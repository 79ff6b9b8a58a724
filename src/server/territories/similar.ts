import { territoryData, type Territory } from './territories.data.ts';
import { findTerritory, populationBand } from './territories.service.ts';

/**
 * Territories comparable to a given one: for a commune, its EPCI is the reference; similar EPCIs have the same
 * nature juridique (CC, CA, CU, métropole) and the same population band. Départements and régions are compared
 * by population band. Closest populations first.
 */
export function referenceOf(t: Territory): Territory {
  if (t.type === 'commune' && t.epci) return findTerritory('epci', t.epci) ?? t;
  return t;
}

export function similarTerritories(t: Territory, limit = 10): Territory[] {
  const ref = referenceOf(t);
  const band = populationBand(ref)?.id;
  if (!band || ref.population === null) return [];
  const logRef = Math.log(ref.population + 1);
  return territoryData()
    .all.filter(
      (o) =>
        o.type === ref.type && o !== ref && o.epciType === ref.epciType && populationBand(o)?.id === band,
    )
    .map((o) => ({ o, d: Math.abs(Math.log((o.population ?? 0) + 1) - logRef) }))
    .sort((a, b) => a.d - b.d || a.o.code.localeCompare(b.o.code))
    .slice(0, limit)
    .map((x) => x.o);
}
