/**
 * Spreadsheet files as French spreadsheets write them: semicolon separator, decimal comma, optional UTF-8 BOM,
 * CRLF or LF, fields quoted with double quotes (a doubled quote inside). Pure: text in, rows out.
 */
export interface CsvRow {
  /** 1-based line number of the row's first line in the file. */
  line: number;
  cells: string[];
}

export function parseSemicolonCsv(input: string): CsvRow[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0].trim() !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === ';') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

/**
 * A number as typed in a French spreadsheet: `1 234,5` (spaces, no-break spaces as thousands separators, decimal
 * comma). A decimal point is accepted when there is no comma. Null when it is not a finite number.
 */
export function parseFrenchNumber(input: string): number | null {
  const text = input.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return null;
  const normalised = text.includes(',') ? (text.includes('.') ? null : text.replace(',', '.')) : text;
  if (normalised === null || !/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** A number written the French way for a CSV export (decimal comma, no thousands separator). */
export function formatFrenchNumber(value: number): string {
  return String(Math.round(value * 1e6) / 1e6).replace('.', ',');
}

/** One CSV line, quoting cells that need it. */
export function toSemicolonLine(cells: readonly (string | number | null)[]): string {
  return cells
    .map((c) => {
      const text = c === null ? '' : typeof c === 'number' ? formatFrenchNumber(c) : c;
      return /[;"\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    })
    .join(';');
}
