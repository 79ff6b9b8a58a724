/**
 * Short names of the frameworks the method and the diagnostics draw on, for « D’après : ISAT, ExpandNet » lines.
 * Names of frameworks and organisations are the same in both languages. An id missing here falls back to the
 * source's full title.
 */
const shortNames: Readonly<Record<string, string>> = {
  isat: 'ISAT',
  'expandnet-nine-steps': 'ExpandNet',
  'expandnet-end-in-mind': 'ExpandNet',
  msi: 'MSI',
  'spring-impact': 'Spring Impact',
  scalers: 'SCALERS',
  nesta: 'Nesta',
  avise: 'Avise',
  essec: 'ESSEC',
  cget: 'CGET',
  issaq: 'ISSaQ',
  scaler: 'SCALER',
  'moore-riddell': 'Moore, Riddell et Vocisano',
  ronalpia: 'Ronalpia',
  ansa: 'Ansa',
  'les-communs': 'Ostrom',
  rogers: 'Rogers',
  'centrales-villageoises-site': 'Centrales Villageoises',
  'aura-ee': 'AURA-EE',
  'terres-de-sources-site': 'Terres de Sources',
  'compagnons-batisseurs': 'Compagnons Bâtisseurs',
  legifrance: 'Légifrance',
};

export function sourceShortName(id: string, fallback?: string): string {
  return shortNames[id] ?? fallback ?? id;
}
