import type { DiagnosticResult } from '../diagnostics/scoring.ts';
import type { PlanDraft } from './derive.ts';
import type { AnyItem, StoredItem } from './plan.types.ts';
import { CLOSED_STATUSES } from './plan.types.ts';

/**
 * What changed between two diagnostics of a project, and what the plan should do about it: a new gap or vigilance
 * point becomes a new item; an item whose gap or vigilance point is gone can be closed.
 */

export interface DiagnosticDiff {
  newGaps: string[];
  closedGaps: string[];
  newVigilance: string[];
  closedVigilance: string[];
  /** Dimensions weak or fragile now and not before, and the reverse. */
  newWeakDimensions: string[];
  closedWeakDimensions: string[];
}

const WEAK = new Set(['weak', 'fragile']);
const minus = (a: readonly string[], b: readonly string[]) => a.filter((x) => !b.includes(x));

export function diffDiagnostics(before: DiagnosticResult, after: DiagnosticResult): DiagnosticDiff {
  const weak = (r: DiagnosticResult) => r.dimensions.filter((d) => WEAK.has(d.level)).map((d) => d.id);
  const vig = (r: DiagnosticResult) => r.vigilance.map((v) => v.id);
  return {
    newGaps: minus(after.gaps, before.gaps),
    closedGaps: minus(before.gaps, after.gaps),
    newVigilance: minus(vig(after), vig(before)),
    closedVigilance: minus(vig(before), vig(after)),
    newWeakDimensions: minus(weak(after), weak(before)),
    closedWeakDimensions: minus(weak(before), weak(after)),
  };
}

export interface PlanProposals {
  /** Items to add: what the new diagnostic raises and no item of the plan covers yet. */
  add: AnyItem[];
  /** Open items whose cause the new diagnostic no longer shows. */
  close: { itemId: string; title: string; key: string }[];
}

/** Keys whose absence from a new diagnostic means the need is gone (safeguards always stay). */
const CLOSABLE_PREFIXES = ['gap:', 'dimension:', 'vigilance:', 'action:'];

/**
 * Compares the plan's items with the draft derived from a newer diagnostic, by source key. Items added by hand (no
 * source) and safeguards are never proposed for closing.
 */
export function proposePlanUpdates(items: readonly StoredItem[], draft: PlanDraft): PlanProposals {
  const liveKeys = new Set(items.filter((i) => i.sourceRef).map((i) => i.sourceRef!.key));
  const draftKeys = new Set(draft.items.filter((i) => i.sourceRef).map((i) => i.sourceRef!.key));
  return {
    add: draft.items.filter((i) => i.sourceRef && !liveKeys.has(i.sourceRef.key)),
    close: items
      .filter((i) => i.sourceRef && !CLOSED_STATUSES.includes(i.status))
      .filter(
        (i) =>
          CLOSABLE_PREFIXES.some((p) => i.sourceRef!.key.startsWith(p)) && !draftKeys.has(i.sourceRef!.key),
      )
      .map((i) => ({ itemId: i.id, title: i.title, key: i.sourceRef!.key })),
  };
}
