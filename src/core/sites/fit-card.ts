/**
 * The « fit card »: a site's territory next to the pilot's, fact by fact, with a plain verdict per row. Population is
 * « close » within a factor of three (a rule of thumb, not a threshold from a source); the other facts are the same or
 * not. Pure: facts in, rows out.
 */
export interface FitFacts {
  label: string;
  population: number | null;
  epciType: string | null;
  densityBand: { fr: string; en: string } | null;
  region: string | null;
  regionName: string | null;
}

export type FitVerdict = 'close' | 'different' | 'unknown';
export interface FitRow {
  fact: 'population' | 'epciType' | 'density' | 'region';
  site: string | number | null;
  pilot: string | number | null;
  verdict: FitVerdict;
}

const POPULATION_FACTOR = 3;

function sameOrNot(a: string | null, b: string | null): FitVerdict {
  if (a === null || b === null) return 'unknown';
  return a === b ? 'close' : 'different';
}

export function compareFit(site: FitFacts, pilot: FitFacts): FitRow[] {
  let population: FitVerdict = 'unknown';
  if (site.population && pilot.population) {
    const ratio = Math.max(site.population, pilot.population) / Math.min(site.population, pilot.population);
    population = ratio <= POPULATION_FACTOR ? 'close' : 'different';
  }
  return [
    { fact: 'population', site: site.population, pilot: pilot.population, verdict: population },
    {
      fact: 'epciType',
      site: site.epciType,
      pilot: pilot.epciType,
      verdict: sameOrNot(site.epciType, pilot.epciType),
    },
    {
      fact: 'density',
      site: site.densityBand?.fr ?? null,
      pilot: pilot.densityBand?.fr ?? null,
      verdict: sameOrNot(site.densityBand?.fr ?? null, pilot.densityBand?.fr ?? null),
    },
    {
      fact: 'region',
      site: site.regionName,
      pilot: pilot.regionName,
      verdict: sameOrNot(site.region, pilot.region),
    },
  ];
}

/** Share of checklist steps done, 0..100, rounded down (no steps: 0). */
export function checklistProgress(steps: readonly { done: boolean }[]): number {
  if (steps.length === 0) return 0;
  return Math.floor((100 * steps.filter((s) => s.done).length) / steps.length);
}
