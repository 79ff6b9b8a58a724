// Bundle budget (issue 10): the JavaScript a first visit downloads, gzip-compressed, read from the build output.
// Charts and heavy editors must stay in lazily loaded chunks.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const BUDGET_KB = 200;
const root = path.resolve('dist/web');
const html = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
const files = new Set();
for (const match of html.matchAll(
  /<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g,
)) {
  files.add(match[1] ?? match[2]);
}
let total = 0;
for (const file of files) {
  const bytes = zlib.gzipSync(fs.readFileSync(path.join(root, file.replace(/^\//, '')))).length;
  total += bytes;
  console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KB  ${file}`);
}
const kb = total / 1024;
console.log(`Initial JavaScript: ${kb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (files.size === 0) {
  console.error('No script found in dist/web/index.html: build the web app first (npm run build).');
  process.exit(1);
}

// Each page's own first download: the entry above plus the chunks of the page's module that the server preloads
// in its HTML (src/server/http/spa-pages.ts, from Vite's manifest and the pages' table). Pages open to anonymous
// visitors (`public: true` in src/web/app/page-routes.ts) must stay under the public budget (200 KB); every other
// page under the signed-in app's (350 KB). Chunks a page loads later, on demand (a map, a chart, an editor's
// dialog), are not counted: they are not part of its first download.
const APP_BUDGET_KB = 350;
const manifestFile = path.join(root, '.vite', 'manifest.json');
const routesFile = path.join(root, '.vite', 'page-routes.json');
let pagesOver = false;
if (fs.existsSync(manifestFile) && fs.existsSync(routesFile)) {
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const routes = JSON.parse(fs.readFileSync(routesFile, 'utf8'));
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const closure = (key, into) => {
    if (!manifest[key] || into.has(key)) return into;
    into.add(key);
    for (const imported of manifest[key].imports ?? []) closure(imported, into);
    return into;
  };
  const sizes = new Map();
  const gzipped = (key) => {
    if (!sizes.has(key))
      sizes.set(key, zlib.gzipSync(fs.readFileSync(path.join(root, manifest[key].file))).length);
    return sizes.get(key);
  };
  const pages = routes
    .map((route) => {
      const keys = closure(`${route.module}`, closure(entry, new Set()));
      let bytes = 0;
      for (const key of keys) bytes += gzipped(key);
      const budget = route.public ? BUDGET_KB : APP_BUDGET_KB;
      return { path: route.path, kb: bytes / 1024, budget, public: Boolean(route.public) };
    })
    .sort((a, b) => b.kb - a.kb);
  const range = (list) =>
    `${list.at(-1).kb.toFixed(1)} to ${list[0].kb.toFixed(1)} KB gzip (${list[0].path})`;
  const publicPages = pages.filter((p) => p.public);
  const appPages = pages.filter((p) => !p.public);
  if (publicPages.length)
    console.log(`Public pages with their own chunks: ${range(publicPages)}; budget ${BUDGET_KB} KB each`);
  if (appPages.length)
    console.log(`Signed-in pages with their own chunks: ${range(appPages)}; budget ${APP_BUDGET_KB} KB each`);
  const over = pages.filter((p) => p.kb > p.budget);
  for (const page of over)
    console.error(`Over budget: ${page.path} ${page.kb.toFixed(1)} KB gzip (budget ${page.budget} KB)`);
  const heavy = appPages.filter((p) => p.kb > BUDGET_KB && p.kb <= p.budget);
  if (heavy.length)
    console.log(
      `Signed-in pages over ${BUDGET_KB} KB (within their budget; next to lighten): ${heavy.map((p) => `${p.path} ${p.kb.toFixed(1)}`).join(', ')}`,
    );
  pagesOver = over.length > 0;
}
if (kb > BUDGET_KB || pagesOver) process.exit(1);
