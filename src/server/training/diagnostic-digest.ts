import type { Db } from '../../db/database.ts';

/** What the cohort view and the portfolio compare of a project: its latest completed diagnostic, in brief. */
export interface DiagnosticDigest {
  id: string;
  kind: string;
  completedAt: string | null;
  verdict: string;
  /** Suggested situations (method ids), most supported first. */
  situations: string[];
  /** The three best-ranked strategies. */
  strategies: { id: string; score: number }[];
  vigilance: string[];
}

/** The stored result (JSON DiagnosticResult); results stored before situations existed have none. */
type StoredResult = {
  verdict: { id: string };
  situations?: { id: string }[];
  strategies: { id: string; score: number }[];
  vigilance: { id: string }[];
};

export async function latestDiagnostic(db: Db, projectId: string): Promise<DiagnosticDigest | null> {
  const d = await db
    .selectFrom('diagnostics')
    .select(['id', 'kind', 'result', 'completed_at'])
    .where('project_id', '=', projectId)
    .where('status', '=', 'completed')
    .where('deleted_at', 'is', null)
    .orderBy('completed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!d?.result) return null;
  const r = JSON.parse(d.result) as StoredResult;
  return {
    id: d.id,
    kind: d.kind,
    completedAt: d.completed_at,
    verdict: r.verdict.id,
    situations: (r.situations ?? []).map((s) => s.id),
    strategies: r.strategies.slice(0, 3).map((s) => ({ id: s.id, score: s.score })),
    vigilance: r.vigilance.map((v) => v.id),
  };
}

/** Vigilance points that at least two of the compared projects share, most shared first. */
export function sharedVigilance(digests: (DiagnosticDigest | null)[]): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const d of digests)
    for (const id of new Set(d?.vigilance ?? [])) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id, count]) => ({ id, count }));
}
