import type { VerdictId } from './instrument-vocabulary.ts';
import type { RuleContext, Trace } from './scoring.ts';

/**
 * The verdict: the first verdict rule of the instrument that holds, else its default. Whatever the rules say, a
 * diagnostic without a single known scored answer is « pas encore » with every gap as its reason: nothing can be
 * concluded from nothing.
 */
export function decideVerdict(context: RuleContext): { id: VerdictId; reasons: Trace[] } {
  const rules = context.instrument.rules;
  if (context.nothingKnown) {
    return {
      id: 'not-yet',
      reasons: [
        context.trace(
          'engine.nothing-known',
          { holds: true, questionIds: context.gaps, dimensionIds: [] },
          {
            fr: 'Aucune question notée n’a encore de réponse connue\u00a0: commencez par combler ces manques.',
            en: 'No scored question has a known answer yet: start by filling these gaps.',
          },
        ),
      ],
    };
  }
  for (const rule of rules.verdicts) {
    const outcome = context.check(rule.when);
    if (outcome.holds)
      return { id: rule.verdict, reasons: [context.trace(rule.ruleId, outcome, rule.explanation)] };
  }
  const fallback = rules.defaultVerdict;
  return {
    id: fallback.verdict,
    reasons: [
      context.trace(
        fallback.ruleId,
        { holds: true, questionIds: [], dimensionIds: [] },
        fallback.explanation,
      ),
    ],
  };
}
