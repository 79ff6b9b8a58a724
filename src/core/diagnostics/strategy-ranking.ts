import type { SituationId } from './instrument-vocabulary.ts';
import type { Contribution } from './rules.schemas.ts';
import type { RankedStrategy, RuleContext, Trace } from './scoring.ts';

function sumContributions(
  context: RuleContext,
  contributions: Contribution[],
): { points: number; reasons: Trace[] } {
  let points = 0;
  const reasons: Trace[] = [];
  for (const contribution of contributions) {
    const outcome = context.check(contribution.when);
    if (!outcome.holds) continue;
    points += contribution.points;
    reasons.push(context.trace(contribution.ruleId, outcome, contribution.explanation));
  }
  return { points, reasons };
}

const clamp = (n: number): number => Math.max(0, Math.min(100, Math.round(n)));

/**
 * Every strategy of the instrument, best first: base points plus the points of each contribution that holds (the
 * ones that hold, positive or negative, are its reasons). Ties keep the instrument's order, so ranking is stable.
 */
export function rankStrategies(context: RuleContext): RankedStrategy[] {
  const scored = context.instrument.rules.strategies.map((strategy, index) => {
    const { points, reasons } = sumContributions(context, strategy.contributions);
    const total = strategy.base + points;
    return { index, strategy: { id: strategy.id, score: clamp(total), points: total, reasons } };
  });
  scored.sort((a, b) => b.strategy.points - a.strategy.points || a.index - b.index);
  return scored.map((s) => s.strategy);
}

/** Situations whose contributions reach their threshold, most supported first. */
export function suggestSituations(
  context: RuleContext,
): { id: SituationId; score: number; reasons: Trace[] }[] {
  return context.instrument.rules.situations
    .map((situation, index) => ({
      index,
      threshold: situation.threshold,
      id: situation.id,
      ...sumContributions(context, situation.contributions),
    }))
    .filter((s) => s.points >= s.threshold)
    .sort((a, b) => b.points - a.points || a.index - b.index)
    .map((s) => ({ id: s.id, score: clamp(s.points), reasons: s.reasons }));
}
