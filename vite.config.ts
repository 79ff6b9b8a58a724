import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
    sourcemap: true,
    // The server's Content-Security-Policy forbids inline scripts; keep every asset a real file too
    // (no data: URLs), so the policy can stay strict.
    assetsInlineLimit: 0,
    // No manual chunks: every page is a lazy route, so Rollup keeps charts, maps and editors out of the entry on
    // its own, and a Mantine component lands in the first download only if the shell itself uses it.
    chunkSizeWarningLimit: 650,
  },
});
