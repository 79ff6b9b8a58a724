import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Finds the French copy written in the server sources and the typography it breaks: an ordinary space before
 * ; : ! ? » or after «, or no space at all after «. French copy is recognised by how it is written:
 * - the first argument of `msg(fr, en)`;
 * - the part before `|` in a zod message `'fr|en'`;
 * - anything under a `fr:` property (`{ fr: '…', en: '…' }`, `WORDS = { fr: { … } }`);
 * - the French branch of `fr ? 'x' : 'y'`, `lang === 'fr' ? … : …`, `lang === 'en' ? … : …`;
 * - the French side of `if (language === 'en') { return … } return …` (and `=== 'fr'`);
 * - outside English copy, a whole string that is only a separator with a space before it (`' ; '`, `' : '`):
 *   English never puts a space there, so it is a French join (`.join(' ; ')`) that needs a no-break space.
 * Checks work on the source text of each literal, so a fix can be written back at the same offsets.
 */

export interface CopyIssue {
  file: string;
  line: number;
  /** Offset in the file of the character to fix (the ordinary space, or the character right after «). */
  offset: number;
  kind: 'space-before' | 'space-after-open-quote' | 'missing-after-open-quote';
  excerpt: string;
}

const NBSP_ESCAPE = /^\\u(?:00a0|00A0|202f|202F)/;
/** A literal that is nothing but a separator with a space before it: ' ; ', ' : ', ' ? '. */
const SPACED_SEPARATOR = /^\s+[;:!?]\s*$/;

function condLanguage(cond: ts.Expression): 'fr' | 'en' | 'not-fr' | 'not-en' | null {
  let e = cond;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isIdentifier(e) && /^(fr|isFr|isFrench|french)$/.test(e.text)) return 'fr';
  if (ts.isBinaryExpression(e) && ts.isStringLiteral(e.right)) {
    const op = e.operatorToken.kind;
    const lang = e.right.text;
    if (lang !== 'fr' && lang !== 'en') return null;
    if (op === ts.SyntaxKind.EqualsEqualsEqualsToken) return lang;
    if (op === ts.SyntaxKind.ExclamationEqualsEqualsToken) return lang === 'fr' ? 'not-fr' : 'not-en';
  }
  return null;
}

type Ctx = 'fr' | 'en' | null;

/** A sentence that is French by its letters or its small words (for copy written without a language marker). */
function looksFrench(body: string): boolean {
  if (!/\p{L}+ \p{L}+/u.test(body)) return false;
  // A French phrase quoted in an English sentence (« je ne sais pas ») does not make the sentence French.
  const prose = body.replace(/«[^»]*»/g, '');
  const count = (re: RegExp) => prose.match(re)?.length ?? 0;
  const fr = count(
    /\p{L}*[àâçéèêëîïôûùœÀÂÇÉÈÊÎÔÛ’]\p{L}*|\b(?:le|la|les|des|du|une|et|est|pas|aux|pour|dans|avec|sur)\b/gu,
  );
  const en = count(/\b(?:the|is|are|of|and|with|to|or|for|an|a|by|in|on|it|its)\b/g);
  return fr > en;
}

function endsWithReturn(s: ts.Statement): boolean {
  if (ts.isReturnStatement(s) || ts.isThrowStatement(s)) return true;
  if (ts.isBlock(s)) {
    const last = s.statements.at(-1);
    return last !== undefined && endsWithReturn(last);
  }
  return false;
}

/** Source ranges [start, end) of French text: whole literals or parts of literals. */
function frenchRanges(sf: ts.SourceFile): [number, number][] {
  const ranges: [number, number][] = [];
  const text = sf.text;

  const literalBody = (n: ts.Node): [number, number] => {
    const start = n.getStart(sf);
    const end = n.getEnd();
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return [start + 1, end - 1];
    if (ts.isTemplateHead(n) || ts.isTemplateMiddle(n)) return [start + 1, end - 2];
    return [start + 1, end - 1]; // template tail: "}…`"
  };
  const isLiteralPart = (n: ts.Node) =>
    ts.isStringLiteral(n) ||
    ts.isNoSubstitutionTemplateLiteral(n) ||
    ts.isTemplateHead(n) ||
    ts.isTemplateMiddle(n) ||
    ts.isTemplateTail(n);

  // Context: 'fr' (known French), 'en' (known English) or null (unknown: a sentence that looks French counts).
  const visit = (node: ts.Node, ctx: Ctx): void => {
    const french = ctx === 'fr';
    if (ts.isTypeNode(node) || ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (isLiteralPart(node)) {
      const [s, e] = literalBody(node);
      const body = text.slice(s, e);
      const bar = body.indexOf('|');
      if (french) {
        ranges.push([s, e]);
      } else if (ctx === 'en') {
        return;
      } else if (
        bar > 0 &&
        body.indexOf('|', bar + 1) === -1 &&
        /\p{L}.* .*\p{L}/u.test(body.slice(0, bar))
      ) {
        // 'fr|en': a sentence before the bar.
        if (!ts.isTemplateMiddle(node) && !ts.isTemplateTail(node)) ranges.push([s, s + bar]);
      } else if (
        looksFrench(body) ||
        ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
          SPACED_SEPARATOR.test(body))
      ) {
        ranges.push([s, e]);
      }
      return;
    }
    if (ctx === null && ts.isTemplateExpression(node)) {
      // A 'fr|en' template: the parts up to the one holding the bar are French.
      const parts: ts.Node[] = [node.head, ...node.templateSpans.map((sp) => sp.literal)];
      const barAt = parts.findIndex((p) => text.slice(...literalBody(p)).includes('|'));
      const before =
        barAt >= 0
          ? parts
              .slice(0, barAt + 1)
              .map((p) => text.slice(...literalBody(p)))
              .join(' ')
          : '';
      if (barAt >= 0 && /\p{L}.* .*\p{L}/u.test(before.slice(0, before.lastIndexOf('|')))) {
        parts.forEach((p, i) => {
          const [s, e] = literalBody(p);
          if (i < barAt) ranges.push([s, e]);
          else if (i === barAt) ranges.push([s, s + text.slice(s, e).indexOf('|')]);
        });
        node.templateSpans.forEach((sp) => visit(sp.expression, null));
        return;
      }
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      if (name === 'msg' && node.arguments.length >= 2) {
        visit(callee, ctx);
        node.arguments.forEach((a, i) => visit(a, ctx ?? (i === 0 ? 'fr' : i === 1 ? 'en' : null)));
        return;
      }
    }
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
      if (node.name.text === 'fr') return visit(node.initializer, 'fr');
      if (node.name.text === 'en') return visit(node.initializer, 'en');
    }
    if (ts.isConditionalExpression(node)) {
      const lang = condLanguage(node.condition);
      if (lang) {
        visit(node.condition, null);
        visit(node.whenTrue, ctx ?? (lang === 'fr' || lang === 'not-en' ? 'fr' : 'en'));
        visit(node.whenFalse, ctx ?? (lang === 'en' || lang === 'not-fr' ? 'fr' : 'en'));
        return;
      }
    }
    if (ts.isBlock(node) || ts.isSourceFile(node)) {
      let rest = ctx;
      for (const st of node.statements) {
        if (ts.isIfStatement(st)) {
          const lang = condLanguage(st.expression);
          if (lang) {
            visit(st.expression, null);
            visit(st.thenStatement, rest ?? (lang === 'fr' || lang === 'not-en' ? 'fr' : 'en'));
            const elseCtx = rest ?? (lang === 'en' || lang === 'not-fr' ? 'fr' : 'en');
            if (st.elseStatement) visit(st.elseStatement, elseCtx);
            else if (endsWithReturn(st.thenStatement)) rest = elseCtx;
            continue;
          }
        }
        visit(st, rest);
      }
      return;
    }
    ts.forEachChild(node, (c) => visit(c, ctx));
  };
  visit(sf, null);
  return ranges;
}

export function findCopyIssues(file: string, source: string, root = process.cwd()): CopyIssue[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const issues: CopyIssue[] = [];
  const add = (offset: number, kind: CopyIssue['kind']) => {
    const line = sf.getLineAndCharacterOfPosition(offset).line + 1;
    const excerpt = source.slice(Math.max(0, offset - 30), offset + 10).replace(/\s+/g, ' ');
    issues.push({ file: relative(root, file), line, offset, kind, excerpt });
  };
  for (const [start, end] of frenchRanges(sf)) {
    const body = source.slice(start, end);
    for (const m of body.matchAll(/ (?=[;:!?»])/g)) add(start + m.index, 'space-before');
    for (const m of body.matchAll(/«/g)) {
      const after = body.slice(m.index + 1);
      if (after.startsWith('\u00a0') || after.startsWith('\u202f') || NBSP_ESCAPE.test(after)) continue;
      add(start + m.index + 1, after.startsWith(' ') ? 'space-after-open-quote' : 'missing-after-open-quote');
    }
  }
  return issues;
}

/** The TypeScript sources under the given folders, without tests and their fixtures. */
export function sourceFiles(dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (
        /\.tsx?$/.test(entry.name) &&
        !/[.-](test|spec|test-support|test-helpers)\.tsx?$/.test(entry.name)
      ) {
        out.push(p);
      }
    }
  };
  dirs.forEach(walk);
  return out.sort();
}

/** Writes the fixes back into the source: U+00A0 as the literal character, or `\u00a0` if the file writes it so. */
export function fixCopy(source: string, issues: CopyIssue[]): string {
  const escapes = source.includes('\\u00a0') && !source.includes('\u00a0');
  const nbsp = escapes ? '\\u00a0' : '\u00a0';
  let out = source;
  for (const issue of [...issues].sort((a, b) => b.offset - a.offset)) {
    const replaced = issue.kind === 'missing-after-open-quote' ? 0 : 1;
    out = out.slice(0, issue.offset) + nbsp + out.slice(issue.offset + replaced);
  }
  return out;
}

export function readSource(file: string): string {
  return readFileSync(file, 'utf8');
}
