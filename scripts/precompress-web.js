// Build step: writes a Brotli (.br) and a gzip (.gz) copy next to each text file of the built web app, so the
// server sends compressed bytes without compressing on every request (@fastify/static's `preCompressed` picks the
// copy the browser accepts, and the original for the rest). Compressing once at the highest levels costs a few
// seconds of build and saves CPU on every request and most of the bytes on the wire.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve('dist/web');
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest|map)$/;
/** Below this, the headers weigh more than what compression saves. */
const MIN_BYTES = 1024;

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // .vite/ holds the build's manifests, read by the server from disk and never sent.
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.')) yield* walk(full);
    } else if (COMPRESSIBLE.test(entry.name)) yield full;
  }
}

if (!fs.existsSync(root)) {
  console.error('dist/web is missing: run vite build first.');
  process.exit(1);
}
let files = 0;
let raw = 0;
let brotli = 0;
for (const file of walk(root)) {
  const bytes = fs.readFileSync(file);
  if (bytes.length < MIN_BYTES) continue;
  const br = zlib.brotliCompressSync(bytes, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  fs.writeFileSync(`${file}.br`, br);
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(bytes, { level: zlib.constants.Z_BEST_COMPRESSION }));
  files++;
  raw += bytes.length;
  brotli += br.length;
}
console.log(
  `precompressed ${files} files: ${(raw / 1024).toFixed(0)} KB → ${(brotli / 1024).toFixed(0)} KB with Brotli`,
);
