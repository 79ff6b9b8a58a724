import { Marked, type Token } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { msg, type LocalizedMessage } from '../errors.ts';

/**
 * Descriptions are stored as Markdown and never as HTML: raw HTML (scripts, event handlers, iframes, styles) and
 * links or images whose address is not http(s), mailto, tel or relative (javascript:, data:, vbscript:…) are
 * refused on write, with the reason. On read the Markdown is rendered and the HTML sanitised again (defence in
 * depth: what reaches a browser passes an allow-list).
 */
const marked = new Marked({ gfm: true, breaks: false, async: false });

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

function schemeOf(href: string): string | null {
  // Browsers ignore control characters and whitespace inside a scheme: « java\tscript: » is javascript:.
  const cleaned = href
    .replace(/&#x?[0-9a-f]+;?/gi, (e) => {
      const code = e.toLowerCase().startsWith('&#x') ? parseInt(e.slice(3), 16) : parseInt(e.slice(2), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : '';
    })
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be removed
    .replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
    .toLowerCase();
  const m = /^([a-z][a-z0-9+.-]*):/.exec(cleaned);
  return m ? m[1] : null;
}

function walk(
  tokens: readonly Token[],
  visit: (t: Token) => LocalizedMessage | null,
): LocalizedMessage | null {
  for (const token of tokens) {
    const found = visit(token);
    if (found) return found;
    const children = (token as { tokens?: Token[] }).tokens;
    if (children) {
      const inner = walk(children, visit);
      if (inner) return inner;
    }
    const items = (token as { items?: { tokens?: Token[] }[] }).items;
    if (items)
      for (const item of items) {
        const inner = walk(item.tokens ?? [], visit);
        if (inner) return inner;
      }
    const rows = token as { header?: { tokens: Token[] }[]; rows?: { tokens: Token[] }[][] };
    if (rows.header)
      for (const cell of rows.header) {
        const inner = walk(cell.tokens, visit);
        if (inner) return inner;
      }
    if (rows.rows)
      for (const row of rows.rows)
        for (const cell of row) {
          const inner = walk(cell.tokens, visit);
          if (inner) return inner;
        }
  }
  return null;
}

/** Null when the Markdown is safe to store, else the reason (French and English). */
export function checkMarkdown(text: string): LocalizedMessage | null {
  if (text.includes('\u0000'))
    return msg('Le texte contient un caractère nul.', 'The text contains a null character.');
  // Raw HTML needs a « < », and a link or image with an address of its own a « [ »: plain prose (most imported
  // rows) is safe without running the Markdown lexer. Bare addresses become http(s) or mailto links only.
  if (!text.includes('<') && !text.includes('[')) return null;
  const tokens = marked.lexer(text);
  return walk(tokens, (token) => {
    if (token.type === 'html') {
      return msg(
        'Le HTML n’est pas accepté : utilisez la mise en forme Markdown (**gras**, listes, [lien](https://…)).',
        'HTML is not accepted: use Markdown formatting (**bold**, lists, [link](https://…)).',
      );
    }
    if (token.type === 'link' || token.type === 'image') {
      const scheme = schemeOf((token as { href: string }).href);
      if (scheme && !SAFE_SCHEMES.has(scheme)) {
        return msg(
          `Lien refusé : les adresses « ${scheme}: » ne sont pas acceptées (seulement http, https, mailto, tel).`,
          `Link refused: “${scheme}:” addresses are not accepted (only http, https, mailto, tel).`,
        );
      }
    }
    return null;
  });
}

/** Rendered texts kept (a pure function of the text, so nothing to invalidate): at most this many, of this size. */
const RENDERED_CACHE_SIZE = 1_000;
const RENDERED_CACHE_MAX_TEXT = 20_000;
const rendered = new Map<string, string>();

/**
 * Safe HTML for display: rendered Markdown through an allow-list. Lexing, rendering and sanitizing were most of the
 * server time of a project page (issue #10): the HTML of recently shown texts is kept, least recently used out first.
 */
export function renderMarkdown(text: string): string {
  if (!text) return '';
  if (text.length > RENDERED_CACHE_MAX_TEXT) return renderUncached(text);
  const cached = rendered.get(text);
  if (cached !== undefined) {
    rendered.delete(text);
    rendered.set(text, cached);
    return cached;
  }
  const html = renderUncached(text);
  rendered.set(text, html);
  if (rendered.size > RENDERED_CACHE_SIZE) rendered.delete(rendered.keys().next().value!);
  return html;
}

function renderUncached(text: string): string {
  const html = marked.parse(text) as string;
  return sanitizeHtml(html, {
    allowedTags: [
      'p',
      'br',
      'strong',
      'em',
      'del',
      'ul',
      'ol',
      'li',
      'blockquote',
      'code',
      'pre',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'a',
      'hr',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
    ],
    allowedAttributes: { a: ['href', 'title', 'rel'], th: ['align'], td: ['align'] },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowProtocolRelative: false,
    transformTags: {
      h1: 'h2',
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer nofollow' } }),
    },
  }).trim();
}

/** Plain text of a Markdown text, for the search index (link addresses dropped). */
export function markdownToPlain(text: string): string {
  return text.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/https?:\/\/\S+/g, ' ');
}
