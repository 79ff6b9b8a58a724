import fs from 'node:fs';
import path from 'node:path';

/**
 * The HTML of the single-page app, one version per page: index.html with, in its head, a `<link rel=modulepreload>`
 * for each chunk of that page's module, and a `<link rel=preload>` of the API answer its loader waits for.
 *
 * Without them the browser finds those one step after the other: the entry script downloads and runs (about 0.3 s
 * with a CPU four times slower), only then does the router import the page's module, and only then does the kit
 * page ask the API for its kit. Named in the HTML, they download and compile while the entry runs. The list comes
 * from the build: Vite's manifest (which chunks each module imports) and the pages' table the build writes next
 * to it (vite.config.ts, from src/web/app/page-routes.ts).
 *
 * Everything but a page's API address is worked out once, when the server starts: a request picks one of the
 * prepared pages (for `/`, a lookup), and a page with data adds one link to it.
 */

/** What Vite's build.manifest says of a module (the fields used here). */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;
/**
 * A page of the client router (src/web/app/page-routes.ts): its path pattern (`/kits/:modelId/versions/:n`), its
 * module (a manifest key) and, if its loader asks the API for something before the first render, that address with
 * the same parameters (`/api/v1/kits/:modelId/versions/:n`).
 */
export interface PageRoute {
  path: string;
  module: string;
  data?: string;
}

interface CompiledRoute {
  segments: string[];
  /** Like React Router's ranking: a fixed segment beats a parameter, so /plans/nouveau wins over /plans/:id. */
  score: number;
  /** The HTML up to `</head>`, the chunks' links, and the rest. */
  head: string;
  links: string;
  tail: string;
  /** The whole page when it does not depend on the URL's parameters (no `data`). */
  html: Buffer | null;
  data?: string;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The module and, transitively, every module it imports statically (manifest keys). */
function staticClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key) || !manifest[key]) return into;
  into.add(key);
  for (const imported of manifest[key].imports ?? []) staticClosure(manifest, imported, into);
  return into;
}

/**
 * The `<link>` tags for one page: its module's chunks and their style sheets, minus what the entry script already
 * holds. What the page imports on demand stays on demand; so does the header's account menu, a lazy chunk of the
 * frame that the first render does not wait for (src/web/main.tsx renders once the page is ready, not as a
 * transition) and that would take the home page's first download from 179 to 214 KB gzip.
 */
export function preloadLinks(manifest: Manifest, pageModule: string): string {
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey || !manifest[pageModule]) return '';
  const loaded = staticClosure(manifest, entryKey);
  const modules = [...staticClosure(manifest, pageModule)].filter((key) => !loaded.has(key));
  const links: string[] = [];
  for (const key of modules) {
    for (const css of manifest[key].css ?? []) {
      links.push(`<link rel="stylesheet" crossorigin href="/${escapeAttribute(css)}">`);
    }
  }
  for (const key of modules) {
    links.push(`<link rel="modulepreload" crossorigin href="/${escapeAttribute(manifest[key].file)}">`);
  }
  return links.join('');
}

const segmentsOf = (pathname: string) => pathname.split('/').filter((segment) => segment !== '');

export interface SpaPages {
  /** index.html for this URL (path and query), with the preloads of the page it opens if it is a known one. */
  htmlFor(url: string): Buffer;
}

/**
 * The API address a page's loader will fetch, its parameters taken from the URL and encoded as the client encodes
 * them (encodeURIComponent of the decoded value); null when the URL's encoding is broken.
 */
function dataUrl(route: CompiledRoute, segments: readonly string[]): string | null {
  try {
    return route.data!.replace(/:(\w+)/g, (_, name: string) => {
      const index = route.segments.indexOf(`:${name.toLowerCase()}`);
      return encodeURIComponent(decodeURIComponent(segments[index]!));
    });
  } catch {
    return null;
  }
}

/** Prepares every page's HTML from index.html, Vite's manifest and the pages' table. */
export function buildSpaPages(indexHtml: string, manifest: Manifest, routes: readonly PageRoute[]): SpaPages {
  const plain = Buffer.from(indexHtml);
  const headEnd = indexHtml.indexOf('</head>');
  const compiled: CompiledRoute[] = [];
  for (const route of routes) {
    // The catch-all (not found) page is left plain: an unknown address gets nothing to download ahead.
    if (route.path.includes('*') || headEnd < 0) continue;
    const head = indexHtml.slice(0, headEnd);
    const links = preloadLinks(manifest, route.module);
    const tail = indexHtml.slice(headEnd);
    const segments = segmentsOf(route.path.toLowerCase());
    // An address naming a parameter the path lacks could only be wrong: no preload rather than a useless request.
    const data = [...(route.data ?? '').matchAll(/:(\w+)/g)].every(([, name]) =>
      segments.includes(`:${name!.toLowerCase()}`),
    )
      ? route.data
      : undefined;
    compiled.push({
      segments,
      score: segments.reduce((sum, segment) => sum + (segment.startsWith(':') ? 3 : 10), 0),
      head,
      links,
      tail,
      html: data ? null : Buffer.from(head + links + tail),
      data,
    });
  }
  const home = compiled.find((route) => route.segments.length === 0)?.html ?? plain;

  return {
    htmlFor(url) {
      const end = url.search(/[?#]/);
      const pathname = end < 0 ? url : url.slice(0, end);
      if (pathname === '/') return home;
      const segments = segmentsOf(pathname);
      const lower = segments.map((segment) => segment.toLowerCase());
      let best: CompiledRoute | undefined;
      for (const route of compiled) {
        if (route.segments.length !== lower.length || (best && best.score >= route.score)) continue;
        if (route.segments.every((s, i) => s.startsWith(':') || s === lower[i])) best = route;
      }
      if (!best) return plain;
      if (best.html) return best.html;
      const data = dataUrl(best, segments);
      // Same mode and credentials as the loader's fetch (same origin, cookies sent), so the browser hands it this answer.
      const link = data ? `<link rel="preload" as="fetch" crossorigin href="${escapeAttribute(data)}">` : '';
      // First, so it leaves before the chunks: the answer is small and the loader waits on it.
      return Buffer.from(best.head + link + best.links + best.tail);
    },
  };
}

/** Reads the built app's index.html and manifests (dist/web); without manifests, every page gets index.html as is. */
export function loadSpaPages(root: string): SpaPages {
  const indexHtml = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
  const readJson = <T>(file: string): T | null => {
    try {
      return JSON.parse(fs.readFileSync(path.join(root, '.vite', file), 'utf8')) as T;
    } catch {
      return null;
    }
  };
  const manifest = readJson<Manifest>('manifest.json');
  const routes = readJson<PageRoute[]>('page-routes.json');
  return buildSpaPages(indexHtml, manifest ?? {}, manifest && routes ? routes : []);
}
