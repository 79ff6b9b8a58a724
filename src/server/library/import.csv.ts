/**
 * The import's CSV reader: records out of text fed chunk after chunk, with the line of the file each record starts
 * on. It replaces csv-parse on the import's path, where that library cost about 50–100 µs a row (one callback and
 * one byte append per character): this one slices whole fields out of the decoded text and finds quotes with
 * `indexOf`, for a few microseconds a row.
 *
 * It reads what csv-parse read with the import's options (`trim`, `skip_empty_lines`, `relax_column_count`, the
 * record delimiter taken from the first line break outside quotes: CRLF, LF or CR), and stops on the same malformed
 * files with the same messages, which the import shows to the user: an unclosed quote, text after a closing quote,
 * a quote inside an unquoted cell. The import.csv test compares both readers on thousands of generated files.
 * Lines are counted as a text editor shows them (CRLF, LF or a lone CR is one line break, also inside a quoted cell);
 * the import's csv-parse wrapper was one line short on LF files and one line long after a CRLF inside a quoted cell.
 */
export interface CsvRecord {
  /** The line of the file where the record starts (from 1). */
  line: number;
  fields: string[];
}

export class CsvFormatError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CsvFormatError';
  }
}

const CR = 13;
const LF = 10;
const QUOTE = 34;

/** Characters `trim` removes before a cell and around a quoted cell (csv-parse's list: CR, LF, FF, space, tab). */
const isTrimmable = (c: number) => c === 32 || c === 9 || c === CR || c === LF || c === 12;

/** Line breaks in `text` between `from` and `to`, a CRLF counting once. */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let at = from; at < to; at++) {
    const c = text.charCodeAt(at);
    if (c === LF || (c === CR && text.charCodeAt(at + 1) !== LF)) n += 1;
  }
  return n;
}

/** Thrown inside a parse when the text ends before the record does: the caller waits for more text. */
const MORE = Symbol('more');

export class CsvReader {
  private readonly delimiter: number;
  /** Text received and not yet made into records (the start of an unfinished record). */
  private rest = '';
  /** Chunks received while waiting for enough text to finish a long record (see `push`). */
  private waiting: string[] = [];
  private waitingLength = 0;
  /** Line of `rest`'s first character. */
  private line = 1;
  /** CRLF, LF or CR: the first line break met outside quotes (csv-parse's auto-discovery). */
  private recordDelimiter: '\r\n' | '\n' | '\r' | null = null;
  /** A malformed record met after records that were returned first. */
  private failure: unknown = null;
  /** The first record: the header, whose cells name the columns in error messages. */
  private header: string[] | null = null;

  constructor(delimiter: ';' | ',') {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /**
   * The records completed by `chunk`; `final` marks the end of the file. On a malformed record, the records before
   * it are returned and the error is thrown by the next call (`push` or `check`). A record longer than a chunk (a large
   * quoted cell) is parsed again only once its text has doubled, so that a long one costs linear time.
   */
  push(chunk: string, final = false): CsvRecord[] {
    this.check();
    if (!final && this.rest.length > 65_536 && this.waitingLength + chunk.length < this.rest.length) {
      this.waiting.push(chunk);
      this.waitingLength += chunk.length;
      return [];
    }
    const text = this.rest + this.waiting.join('') + chunk;
    this.waiting = [];
    this.waitingLength = 0;
    const records: CsvRecord[] = [];
    let at = 0;
    for (;;) {
      if (at >= text.length && !final) break;
      const start = at;
      const line = this.line;
      const delimiterBefore = this.recordDelimiter;
      try {
        at = this.record(text, at, final, records);
      } catch (error) {
        if (error !== MORE) {
          // The records before a malformed one are still the file's: they go out first, the error next time.
          if (records.length === 0) throw error;
          this.failure = error;
          this.rest = '';
          return records;
        }
        // Undo what the unfinished record counted: it is read again with more text.
        at = start;
        this.line = line;
        this.recordDelimiter = delimiterBefore;
        break;
      }
      if (at >= text.length && final) break;
    }
    this.rest = text.slice(at);
    return records;
  }

  /** Throws the error met after the records last returned, if any (call it once they are used). */
  check(): void {
    if (this.failure !== null) throw this.failure;
  }

  /** Whether a record delimiter starts at `at` (the first CR or LF met decides which one the file uses). */
  private endsRecord(text: string, at: number, c: number, final: boolean): number {
    if (c !== CR && c !== LF) return 0;
    if (c === CR && at + 1 >= text.length && !final) throw MORE; // a CRLF cut between two chunks
    const crlf = c === CR && text.charCodeAt(at + 1) === LF;
    if (this.recordDelimiter === null) this.recordDelimiter = crlf ? '\r\n' : c === CR ? '\r' : '\n';
    if (this.recordDelimiter === '\r\n') return crlf ? 2 : 0;
    return (this.recordDelimiter === '\n') === (c === LF) ? 1 : 0;
  }

  /** Reads one record from `at`; pushes it unless it is an empty line; returns where the next one starts. */
  private record(text: string, at: number, final: boolean, out: CsvRecord[]): number {
    const line = this.line;
    const fields: string[] = [];
    const n = text.length;
    let i = at;
    for (;;) {
      // One cell: leading blanks skipped (unless they end the record), then a quoted or a plain value.
      let c = i < n ? text.charCodeAt(i) : -1;
      let ended = 0; // 0: more cells follow; 1: the record ends here (after `i`)
      let value: string;
      let emptyPlain = false;
      for (;;) {
        if (c === -1) break;
        const end = this.endsRecord(text, i, c, final);
        if (end > 0 || c === this.delimiter || !isTrimmable(c)) break;
        if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) this.line += 1;
        c = ++i < n ? text.charCodeAt(i) : -1;
      }
      if (c === QUOTE) {
        value = this.quoted(text, i, final);
        i = this.at;
        for (;;) {
          c = i < n ? text.charCodeAt(i) : -1;
          if (c !== -1 && c !== this.delimiter && !isTrimmable(c))
            throw new CsvFormatError(
              'CSV_INVALID_CLOSING_QUOTE',
              `Invalid Closing Quote: got "${text[i]}" at line ${this.line} instead of delimiter, record delimiter, trimable character (if activated) or comment`,
            );
          // Blanks after the closing quote are dropped. csv-parse opens a second quoted part after an empty one.
          for (;;) {
            if (c === -1) {
              if (!final) throw MORE;
              ended = 1;
              break;
            }
            const end = this.endsRecord(text, i, c, final);
            if (end > 0) {
              ended = 1;
              this.line += 1;
              i += end;
              break;
            }
            if (c === this.delimiter) {
              i += 1;
              break;
            }
            if (c === QUOTE) break;
            if (!isTrimmable(c))
              throw new CsvFormatError(
                'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE',
                `Invalid Closing Quote: found non trimable byte after quote at line ${this.line}`,
              );
            if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) this.line += 1;
            c = ++i < n ? text.charCodeAt(i) : -1;
          }
          if (c !== QUOTE || ended === 1) break;
          if (value !== '') throw this.openingQuote(fields.length, value);
          i = this.blankQuoted(text, i, final);
        }
      } else {
        const from = i;
        for (;;) {
          if (c === -1) {
            if (!final) throw MORE;
            ended = 1;
            value = text.slice(from, i);
            break;
          }
          if (c === this.delimiter) {
            value = text.slice(from, i);
            i += 1;
            break;
          }
          if (c === CR || c === LF) {
            const end = this.endsRecord(text, i, c, final);
            if (end > 0) {
              value = text.slice(from, i);
              this.line += 1;
              i += end;
              ended = 1;
              break;
            }
            if (c === LF || text.charCodeAt(i + 1) !== LF) this.line += 1;
          } else if (c === QUOTE) throw this.openingQuote(fields.length, text.slice(from, i));
          c = ++i < n ? text.charCodeAt(i) : -1;
        }
        emptyPlain = value.length === 0;
        value = value.trimEnd();
      }
      // A line with nothing but blanks is skipped (csv-parse's `skip_empty_lines` with `trim`).
      if (ended === 1 && fields.length === 0 && emptyPlain) return i;
      fields.push(value);
      if (ended === 1) {
        this.header ??= fields;
        out.push({ line, fields });
        return i;
      }
    }
  }

  /** Position after the last quoted part read by `quoted`. */
  private at = 0;

  /** The value of the quoted part opening at `open` (doubled quotes read as one); `this.at` is set after it. */
  private quoted(text: string, open: number, final: boolean): string {
    const n = text.length;
    const openedOn = this.line;
    let from = open + 1;
    let value = '';
    for (;;) {
      const q = text.indexOf('"', from);
      if (q === -1 || (q + 1 >= n && !final)) {
        if (!final) throw MORE;
        throw new CsvFormatError(
          'CSV_QUOTE_NOT_CLOSED',
          `Quote Not Closed: the parsing is finished with an opening quote at line ${openedOn}`,
        );
      }
      this.line += lineBreaks(text, from, q);
      if (text.charCodeAt(q + 1) === QUOTE) {
        value += text.slice(from, q + 1);
        from = q + 2;
        continue;
      }
      this.at = q + 1;
      return value === '' ? text.slice(from, q) : value + text.slice(from, q);
    }
  }

  /**
   * A quoted part opened after an empty one (`"" "…"`): csv-parse keeps only blanks in it and refuses anything
   * else, as text after a closing quote. Returns the position after its closing quote.
   */
  private blankQuoted(text: string, open: number, final: boolean): number {
    const openedOn = this.line;
    for (let i = open + 1; ; i++) {
      if (i >= text.length) {
        if (!final) throw MORE;
        throw new CsvFormatError(
          'CSV_QUOTE_NOT_CLOSED',
          `Quote Not Closed: the parsing is finished with an opening quote at line ${openedOn}`,
        );
      }
      const c = text.charCodeAt(i);
      if (c === QUOTE && i + 1 >= text.length && !final) throw MORE;
      if (c === QUOTE && text.charCodeAt(i + 1) !== QUOTE) return i + 1;
      // A doubled quote is a quote character: not a blank either.
      if (c === QUOTE || !isTrimmable(c))
        throw new CsvFormatError(
          'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE',
          `Invalid Closing Quote: found non trimable byte after quote at line ${this.line}`,
        );
      if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) this.line += 1;
    }
  }

  private openingQuote(index: number, value: string): CsvFormatError {
    return new CsvFormatError(
      'INVALID_OPENING_QUOTE',
      `Invalid Opening Quote: a quote is found on field ${JSON.stringify(this.header === null ? index : (this.header[index] ?? null))} at line ${this.line}, value is ${JSON.stringify(value)}`,
    );
  }
}
