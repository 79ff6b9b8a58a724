import { stringify } from 'csv-stringify/sync';

/**
 * CSV for French spreadsheet users: UTF-8 with BOM, `;` by default, every line CRLF. Cells that a spreadsheet
 * would run as a formula (starting with = + - @, tab or carriage return) get a leading apostrophe; the import
 * removes it again, so an export re-imports unchanged.
 */
export type Cell = string | number | boolean | null | undefined;

export function safeCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function unsafeCell(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

export function toCsv(header: string[], rows: Cell[][], separator: ';' | ',' = ';'): string {
  return `\ufeff${stringify([header, ...rows.map((r) => r.map(safeCell))], { delimiter: separator, record_delimiter: '\r\n' })}`;
}
