import type { AnyItem, FieldErrors, Objective } from './plan.types.ts';

/** The rules every plan and item must satisfy, whoever writes them: field name → reason in both languages. */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function checkDates(
  errors: FieldErrors,
  start: string | null,
  end: string | null,
  startField: string,
  endField: string,
  endMessage: { fr: string; en: string } = {
    fr: 'L’échéance doit venir après la date de début.',
    en: 'The due date must come after the start date.',
  },
): void {
  if (start !== null && !validDate(start))
    errors[startField] = { fr: 'Date invalide (AAAA-MM-JJ).', en: 'Invalid date (YYYY-MM-DD).' };
  if (end !== null && !validDate(end))
    errors[endField] = { fr: 'Date invalide (AAAA-MM-JJ).', en: 'Invalid date (YYYY-MM-DD).' };
  if (start !== null && end !== null && !errors[startField] && !errors[endField] && end < start) {
    errors[endField] = endMessage;
  }
}

export function validatePlanFields(plan: {
  startDate: string | null;
  endDate: string | null;
  objectives: readonly Objective[];
}): FieldErrors {
  const errors: FieldErrors = {};
  // The plan's own period has a « Fin », not an « échéance »: the message names the field the person sees.
  checkDates(errors, plan.startDate, plan.endDate, 'startDate', 'endDate', {
    fr: 'La date de fin doit venir après la date de début.',
    en: 'The end date must come after the start date.',
  });
  plan.objectives.forEach((o, i) => {
    if (!Number.isFinite(o.target) || o.target < 0)
      errors[`objectives.${i}.target`] = {
        fr: 'Le chiffre cible ne peut pas être négatif.',
        en: 'The target figure cannot be negative.',
      };
    if (o.date !== null && !validDate(o.date))
      errors[`objectives.${i}.date`] = {
        fr: 'Date invalide (AAAA-MM-JJ).',
        en: 'Invalid date (YYYY-MM-DD).',
      };
    else if (o.date !== null && plan.startDate !== null && o.date < plan.startDate) {
      errors[`objectives.${i}.date`] = {
        fr: 'L’objectif ne peut pas être daté avant le début du plan.',
        en: 'The objective cannot be dated before the plan starts.',
      };
    }
  });
  return errors;
}

/** Checks one item alone (dates, amounts); dependencies are checked against the whole plan by `findCycle`. */
export function validateItem(item: AnyItem, selfId?: string): FieldErrors {
  const errors: FieldErrors = {};
  checkDates(errors, item.startDate, item.dueDate, 'startDate', 'dueDate');
  if (item.kind === 'budget-line' && (!Number.isFinite(item.details.amount) || item.details.amount < 0)) {
    errors['details.amount'] = {
      fr: 'Le montant ne peut pas être négatif.',
      en: 'The amount cannot be negative.',
    };
  }
  if (
    item.kind === 'budget-line' &&
    Number.isFinite(item.details.amount) &&
    Math.abs(item.details.amount * 100 - Math.round(item.details.amount * 100)) > 1e-6
  ) {
    errors['details.amount'] ??= {
      fr: 'Le montant a au plus deux décimales.',
      en: 'The amount has at most two decimals.',
    };
  }
  if (item.kind === 'milestone' && selfId !== undefined && item.details.dependsOn.includes(selfId)) {
    errors['details.dependsOn'] = {
      fr: 'Un jalon ne peut pas dépendre de lui-même.',
      en: 'A milestone cannot depend on itself.',
    };
  }
  if (item.kind === 'milestone' && new Set(item.details.dependsOn).size !== item.details.dependsOn.length) {
    errors['details.dependsOn'] ??= {
      fr: 'Une dépendance est en double.',
      en: 'A dependency is listed twice.',
    };
  }
  return errors;
}

/**
 * A dependency cycle among milestones, if any: `edges` maps a milestone to those it depends on. Depth-first search
 * with three colours; returns the cycle as a list of ids (first = last omitted), or null. Iterative, so a long chain
 * cannot overflow the stack.
 */
export function findCycle(edges: ReadonlyMap<string, readonly string[]>): string[] | null {
  const WHITE = 0;
  const GREY = 1;
  const BLACK = 2;
  const colour = new Map<string, number>();
  for (const start of edges.keys()) {
    if ((colour.get(start) ?? WHITE) !== WHITE) continue;
    const path: string[] = [start];
    const cursor: number[] = [0];
    colour.set(start, GREY);
    while (path.length > 0) {
      const node = path[path.length - 1];
      const next = edges.get(node) ?? [];
      const i = cursor[cursor.length - 1];
      if (i >= next.length) {
        colour.set(node, BLACK);
        path.pop();
        cursor.pop();
        continue;
      }
      cursor[cursor.length - 1] = i + 1;
      const target = next[i];
      const c = colour.get(target) ?? WHITE;
      if (c === GREY) return path.slice(path.indexOf(target));
      if (c === WHITE) {
        colour.set(target, GREY);
        path.push(target);
        cursor.push(0);
      }
    }
  }
  return null;
}

/** Milestones in an order where each comes after those it depends on (ties by the given order); null on a cycle. */
export function topologicalOrder(
  ids: readonly string[],
  edges: ReadonlyMap<string, readonly string[]>,
): string[] | null {
  if (findCycle(edges)) return null;
  const done = new Set<string>();
  const out: string[] = [];
  const visit = (id: string) => {
    const stack: [string, number][] = [[id, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const deps = (edges.get(top[0]) ?? []).filter((d) => ids.includes(d));
      if (done.has(top[0])) {
        stack.pop();
        continue;
      }
      if (top[1] < deps.length) {
        const dep = deps[top[1]++];
        if (!done.has(dep)) stack.push([dep, 0]);
        continue;
      }
      done.add(top[0]);
      out.push(top[0]);
      stack.pop();
    }
  };
  for (const id of ids) visit(id);
  return out;
}
