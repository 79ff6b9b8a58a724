import { createRequire } from 'node:module';
import type { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

/**
 * Typst to PDF, shared by every PDF of Essaim (diagnostic results, plans, transfer kits). Templates are TypeScript
 * functions returning Typst source; every piece of user or content text enters the source through `typstString`
 * (a string literal, never markup), so that no character typed by a user can change the document's structure.
 */

export class TypstCompileError extends Error {
  override name = 'TypstCompileError';
}

let compiler: NodeCompiler | undefined;
let compilations = 0;

/**
 * The Typst compiler (a native module) is loaded with the first PDF, not when the server starts (issue #10: most
 * processes never write a PDF, and `formatDate` below is imported by modules loaded at start). `require` keeps
 * `compileTypstPdf` synchronous.
 */
function getCompiler(): NodeCompiler {
  compiler ??= (
    createRequire(import.meta.url)(
      '@myriaddreamin/typst-ts-node-compiler',
    ) as typeof import('@myriaddreamin/typst-ts-node-compiler')
  ).NodeCompiler.create();
  return compiler;
}

/** A Typst string literal holding `text` exactly: use it in code (`#text(typstString(x))`, `[#typstString(x)]`). */
export function typstString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || (code >= 0x2028 && code <= 0x2029))
      out += `\\u{${code.toString(16)}}`;
    else out += ch;
  }
  return `${out}"`;
}

/** `text` as a markup fragment: `#"…";`, printed as plain text whatever it contains (the `;` ends the expression, so a following `(`, `[` or `.x` stays text). */
export function typstText(text: string): string {
  return `#${typstString(text)};`;
}

/** A number as Typst source (finite, with a dot as decimal separator). */
export function typstNumber(n: number): string {
  if (!Number.isFinite(n)) throw new TypstCompileError(`not a finite number: ${n}`);
  return String(n);
}

/** A date in the document's language, written out: « 25 novembre 2026 », "25 November 2026". */
export function formatDate(iso: string, lang: 'fr' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(new Date(iso));
}

/**
 * Compiles Typst source to a PDF (tagged, as Typst 0.14 writes by default). Synchronous: about 10 to 30 ms for a few
 * pages once the compiler is warm. Throws TypstCompileError with Typst's own diagnostics when the source is wrong.
 */
export function compileTypstPdf(source: string, options: { creationTimestamp?: number } = {}): Buffer {
  const c = getCompiler();
  const compiled = c.compile({ mainFileContent: source });
  const error = compiled.takeError();
  if (error || compiled.result === null) {
    const diagnostics = error ? (c.fetchDiagnostics(error) as unknown[]) : [];
    throw new TypstCompileError(
      `Typst could not compile the document: ${JSON.stringify(diagnostics).slice(0, 2000)}`,
    );
  }
  const pdf = c.pdf(
    compiled.result,
    options.creationTimestamp !== undefined ? { creationTimestamp: options.creationTimestamp } : undefined,
  );
  // Keep the memoisation cache from growing without bound over the life of the server.
  if (++compilations % 20 === 0) c.evictCache(10);
  return pdf;
}
