import type { DimensionLevel, StrategyId, VerdictId, VigilanceId } from './instrument-vocabulary.ts';
import type { DiagnosticResult } from './scoring.types.ts';

const union = (lists: string[][]): string[] => [...new Set(lists.flat())];

export interface ResultComparison {
  verdict: { before: VerdictId; after: VerdictId };
  dimensions: {
    id: string;
    before: number | null;
    after: number | null;
    /** after - before, null when either is unknown. */
    delta: number | null;
    levelBefore: DimensionLevel | null;
    levelAfter: DimensionLevel | null;
  }[];
  newGaps: string[];
  closedGaps: string[];
  newVigilance: VigilanceId[];
  resolvedVigilance: VigilanceId[];
  topStrategy: { before: StrategyId | null; after: StrategyId | null };
}

/** What changed between two diagnostics (typically the same project, months apart). Dimensions are matched by id. */
export function compareResults(before: DiagnosticResult, after: DiagnosticResult): ResultComparison {
  const ids = union([before.dimensions.map((d) => d.id), after.dimensions.map((d) => d.id)]);
  const beforeVigilance = before.vigilance.map((v) => v.id);
  const afterVigilance = after.vigilance.map((v) => v.id);
  return {
    verdict: { before: before.verdict.id, after: after.verdict.id },
    dimensions: ids.map((id) => {
      const b = before.dimensions.find((d) => d.id === id);
      const a = after.dimensions.find((d) => d.id === id);
      const bs = b?.score ?? null;
      const as = a?.score ?? null;
      return {
        id,
        before: bs,
        after: as,
        delta: bs === null || as === null ? null : as - bs,
        levelBefore: b?.level ?? null,
        levelAfter: a?.level ?? null,
      };
    }),
    newGaps: after.gaps.filter((g) => !before.gaps.includes(g)),
    closedGaps: before.gaps.filter((g) => !after.gaps.includes(g)),
    newVigilance: afterVigilance.filter((v) => !beforeVigilance.includes(v)),
    resolvedVigilance: beforeVigilance.filter((v) => !afterVigilance.includes(v)),
    topStrategy: { before: before.strategies[0]?.id ?? null, after: after.strategies[0]?.id ?? null },
  };
}
