import { stringify } from 'csv-stringify/sync';
import { PLAN_WORDS, type PlanDocument } from './plan-document.ts';

/**
 * The plan's items as CSV (one row each, kind-specific fields in the last columns). A cell starting with = + - @,
 * tab or carriage return is prefixed with an apostrophe so that a spreadsheet never runs it as a formula.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function renderPlanCsv(doc: PlanDocument): string {
  const w = PLAN_WORDS[doc.lang];
  const labels = [...new Set(doc.items.flatMap((i) => i.fields.map((f) => f.label)))];
  const header = ['id', w.kind, w.title, w.description, w.owner, w.start, w.due, w.status, ...labels];
  const rows = doc.items.map((i) => [
    i.id,
    w.sections[i.kind],
    i.title,
    i.description,
    i.owner,
    i.startDate,
    i.dueDate,
    i.status,
    ...labels.map((l) => i.fields.find((f) => f.label === l)?.value ?? ''),
  ]);
  // A BOM so that spreadsheet software reads the accents as UTF-8.
  return `\ufeff${stringify(
    [header, ...rows].map((r) => r.map(neutraliseFormula)),
    { record_delimiter: '\r\n' },
  )}`;
}
