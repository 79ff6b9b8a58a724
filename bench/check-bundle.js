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
if (kb > BUDGET_KB) process.exit(1);
