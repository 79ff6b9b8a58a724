import { distinctStems, normalizeForSearch } from '../../core/search/french.ts';
import type { FieldErrors } from '../errors.ts';
import { findTerritory, resolveTerritory } from '../territories/territories.service.ts';
import type { TerritoryType } from '../territories/territories.data.ts';
import {
  SITUATION_LABELS,
  STATUS_LABELS,
  PHASE_LABELS,
  THEME_LABELS,
  type Theme,
} from './library.schemas.ts';
import { markdownToPlain } from './markdown.ts';
import type { FacetValue, TerritoryRow } from './projects.repository.ts';

/** What is derived from a project's fields on every write: territory rows, facet values and the search text. */
export type TerritoryRef = string | { type?: TerritoryType; code: string };
export type ResolvedTerritory = Omit<TerritoryRow, 'project_id'>;

/** Resolves INSEE codes; unknown ones are reported as `territories.N` (or `${prefix}.N`). */
export function resolveTerritories(
  refs: readonly TerritoryRef[],
  prefix = 'territories',
): { territories: ResolvedTerritory[]; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const territories: ResolvedTerritory[] = [];
  const seen = new Set<string>();
  refs.forEach((ref, i) => {
    const found = resolveTerritory(ref);
    if ('fr' in found) {
      errors[`${prefix}.${i}`] = found;
      return;
    }
    const key = `${found.type}:${found.code}`;
    if (seen.has(key)) return;
    seen.add(key);
    territories.push({
      code: found.code,
      type: found.type,
      name: found.name,
      departement: found.departement,
      region: found.region,
    });
  });
  return { territories, errors };
}

export interface DerivableFields {
  title: string;
  summary: string;
  description: string;
  themes: readonly string[];
  publics: readonly string[];
  phase: keyof typeof PHASE_LABELS;
  phaseStatus: keyof typeof STATUS_LABELS;
  scalingSituation: string | null;
  keyFigures: readonly { label: string }[];
}

/** Facet values: theme, phase, status, situation, and for every territory its région, départements and EPCI. */
export function facetsFor(fields: DerivableFields, territories: readonly ResolvedTerritory[]): FacetValue[] {
  const out = new Map<string, FacetValue>();
  const add = (facet: string, value: string | null | undefined) => {
    if (value) out.set(`${facet}\u0000${value}`, { facet, value });
  };
  for (const theme of fields.themes) add('theme', theme);
  add('phase', fields.phase);
  add('status', fields.phaseStatus);
  add('situation', fields.scalingSituation);
  for (const t of territories) {
    add('region', t.region);
    if (t.type === 'epci') {
      add('epci', t.code);
      for (const dep of findTerritory('epci', t.code)?.departements ?? []) {
        add('departement', dep);
        add('region', findTerritory('departement', dep)?.region);
      }
    } else {
      add('departement', t.type === 'region' ? null : t.departement);
      if (t.type === 'commune') add('epci', findTerritory('commune', t.code)?.epci);
    }
  }
  return [...out.values()];
}

/** The facet values as stored on the project for the search: `facet:value` tokens, sorted (migration 0202). */
export function facetKeysOf(facets: readonly FacetValue[]): string {
  return facets
    .map((f) => `${f.facet}:${f.value}`)
    .sort()
    .join(' ');
}

/** The text both engines index, and the normalised title used by the relevance score. */
export function searchTextFor(
  fields: DerivableFields,
  territories: readonly ResolvedTerritory[],
  storyText = '',
): { search_text: string; search_title: string } {
  const names = territories.flatMap((t) => {
    const dep = t.departement ? findTerritory('departement', t.departement)?.name : undefined;
    const reg = t.region ? findTerritory('region', t.region)?.name : undefined;
    return [t.name, dep ?? '', reg ?? ''];
  });
  const parts = [
    fields.title,
    fields.summary,
    markdownToPlain(fields.description),
    ...fields.themes.map((t) => THEME_LABELS[t as Theme]?.fr ?? ''),
    ...fields.publics,
    ...names,
    fields.scalingSituation
      ? ((SITUATION_LABELS as Record<string, string>)[fields.scalingSituation] ?? '')
      : '',
    ...fields.keyFigures.map((k) => k.label),
    markdownToPlain(storyText),
  ];
  // Unique tokens only: matching needs no positions or frequencies, and the index stays small.
  return {
    search_text: distinctStems(parts.join('\n')).join(' '),
    search_title: normalizeForSearch(fields.title),
  };
}
