import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { buildGlossaryMatcher } from '../../../../core/method/glossary-links.ts';
import type { GlossaryMatcher } from '../../../../core/method/glossary-links.ts';
import type { GlossaryTerm } from '../api/types.ts';

export type GlossaryContextValue = {
  matcher: GlossaryMatcher;
  terms: ReadonlyMap<string, GlossaryTerm>;
  /** A term never linked inside this provider (the term's own page). */
  excludeId?: string;
};

const GlossaryContext = createContext<GlossaryContextValue | null>(null);

/** Makes the glossary known to every `GlossaryText` and `MethodMarkdown` below, so they link its terms. */
export function GlossaryProvider({
  glossary,
  excludeId,
  children,
}: {
  glossary: readonly GlossaryTerm[] | undefined;
  excludeId?: string;
  children: ReactNode;
}) {
  const value = useMemo<GlossaryContextValue | null>(() => {
    if (!glossary) return null;
    return {
      matcher: buildGlossaryMatcher(glossary),
      terms: new Map(glossary.map((term) => [term.id, term])),
      excludeId,
    };
  }, [glossary, excludeId]);
  return <GlossaryContext.Provider value={value}>{children}</GlossaryContext.Provider>;
}

/** The glossary in scope, or null outside a `GlossaryProvider` (texts are then shown without links). */
export function useGlossary(): GlossaryContextValue | null {
  return useContext(GlossaryContext);
}
