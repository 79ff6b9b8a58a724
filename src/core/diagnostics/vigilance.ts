import type { LocalizedText, VigilanceId } from './instrument-vocabulary.ts';
import type { RuleContext, Trace } from './scoring.ts';

/** Points of vigilance raised by the answers, in the instrument's order; one entry per id with all its reasons. */
export function raiseVigilance(context: RuleContext): { id: VigilanceId; reasons: Trace[] }[] {
  const raised = new Map<VigilanceId, Trace[]>();
  for (const rule of context.instrument.rules.vigilance) {
    const outcome = context.check(rule.when);
    if (!outcome.holds) continue;
    const reasons = raised.get(rule.id) ?? [];
    reasons.push(context.trace(rule.ruleId, outcome, rule.explanation));
    raised.set(rule.id, reasons);
  }
  return [...raised].map(([id, reasons]) => ({ id, reasons }));
}

/** Next actions whose condition holds, in the instrument's order. */
export function listNextActions(
  context: RuleContext,
): { id: string; text: LocalizedText; reasons: Trace[] }[] {
  return context.instrument.rules.nextActions.flatMap((action) => {
    const outcome = context.check(action.when);
    return outcome.holds
      ? [
          {
            id: action.id,
            text: action.text,
            reasons: [context.trace(action.ruleId, outcome, action.explanation)],
          },
        ]
      : [];
  });
}
