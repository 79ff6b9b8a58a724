import { LANGS } from './method.schemas.ts';
import type { GlossaryTerm, MethodContent, Strategy } from './method.schemas.ts';
import { foldForSearch } from './method-search.ts';

/** Lookups the method pages need: strategies along the control axis, a glossary term by id or wording. */

/**
 * Strategies ordered from the weakest control of the original carrier (open influence) to the strongest (merger).
 * Transversal strategies (cooperation) have no place on that axis: they are left out unless asked for, and then
 * come last.
 */
export function strategiesByControl(
  strategies: readonly Strategy[],
  options: { includeTransversal?: boolean } = {},
): Strategy[] {
  const graded = strategies
    .filter((s) => s.controlLevel !== null)
    .sort((a, b) => (a.controlLevel ?? 0) - (b.controlLevel ?? 0) || a.id.localeCompare(b.id));
  return options.includeTransversal
    ? [...graded, ...strategies.filter((s) => s.controlLevel === null)]
    : graded;
}

/**
 * A glossary term by id, or by its wording in either language (case- and accent-insensitive), so that a page can
 * link "Essaimage" or "essaimage" to the same entry.
 */
export function findGlossaryTerm(content: MethodContent, idOrTerm: string): GlossaryTerm | undefined {
  const byId = content.glossary.find((g) => g.id === idOrTerm);
  if (byId) return byId;
  const wanted = foldForSearch(idOrTerm);
  if (wanted === '') return undefined;
  return content.glossary.find((g) => LANGS.some((lang) => foldForSearch(g.term[lang]) === wanted));
}
