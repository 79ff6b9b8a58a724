import type { AnyItem, BudgetCategory, Level, StoredItem } from './plan.types.ts';
import { CLOSED_STATUSES } from './plan.types.ts';

/** Figures computed from a plan's items: budget totals and the risk matrix. */

export interface BudgetTotals {
  total: number;
  byCategory: Record<BudgetCategory, number>;
  /** Lines whose funding is granted. */
  funded: number;
  /** Sought, requested or refused. */
  unfunded: number;
  /** unfunded / total, 0..1 (0 for an empty budget). */
  unfundedShare: number;
}

/** Cents, to add amounts without floating-point drift. */
const cents = (n: number) => Math.round(n * 100);

export function budgetTotals(items: readonly AnyItem[]): BudgetTotals {
  let total = 0;
  let funded = 0;
  const byCategory: Record<BudgetCategory, number> = { investment: 0, running: 0 };
  for (const item of items) {
    if (item.kind !== 'budget-line' || item.status === 'abandonne') continue;
    const amount = cents(item.details.amount);
    total += amount;
    byCategory[item.details.category] += amount;
    if (item.details.fundingStatus === 'granted') funded += amount;
  }
  const unfunded = total - funded;
  return {
    total: total / 100,
    byCategory: { investment: byCategory.investment / 100, running: byCategory.running / 100 },
    funded: funded / 100,
    unfunded: unfunded / 100,
    unfundedShare: total === 0 ? 0 : Math.round((unfunded / total) * 10_000) / 10_000,
  };
}

export interface RiskCell {
  likelihood: Level;
  impact: Level;
  /** Ids of the open risks in this cell. */
  itemIds: string[];
}

/** The 3×3 matrix of open risks, rows from the highest likelihood down, columns from the lowest impact up. */
export function riskMatrix(items: readonly StoredItem[]): RiskCell[][] {
  const levels: Level[] = [1, 2, 3];
  return [3, 2, 1].map((likelihood) =>
    levels.map((impact) => ({
      likelihood: likelihood as Level,
      impact,
      itemIds: items
        .filter(
          (i) =>
            i.kind === 'risk' &&
            !CLOSED_STATUSES.includes(i.status) &&
            i.details.likelihood === likelihood &&
            i.details.impact === impact,
        )
        .map((i) => i.id),
    })),
  );
}

/** Criticality of a risk: likelihood × impact, 1..9; 6 and above is high. */
export function riskScore(likelihood: Level, impact: Level): number {
  return likelihood * impact;
}
