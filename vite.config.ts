import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

// Modules that only charts use. They go to one chunk that is fetched when a page that draws a chart is loaded
// (about 130 KB gzip we do not want on the first visit).
const chartPackages = [
  '/node_modules/recharts/',
  '/node_modules/@mantine/charts/',
  '/node_modules/victory-vendor/',
  '/node_modules/d3-array/',
  '/node_modules/d3-color/',
  '/node_modules/d3-ease/',
  '/node_modules/d3-format/',
  '/node_modules/d3-interpolate/',
  '/node_modules/d3-path/',
  '/node_modules/d3-scale/',
  '/node_modules/d3-shape/',
  '/node_modules/d3-time/',
  '/node_modules/d3-time-format/',
  '/node_modules/d3-timer/',
  '/node_modules/internmap/',
  '/node_modules/@reduxjs/toolkit/',
  '/node_modules/react-redux/',
  '/node_modules/redux/',
  '/node_modules/redux-thunk/',
  '/node_modules/immer/',
  '/node_modules/reselect/',
  '/node_modules/es-toolkit/',
  '/node_modules/decimal.js-light/',
  '/node_modules/eventemitter3/',
  '/node_modules/tiny-invariant/',
];

// Rollup pulls every dependency of a manual chunk into that chunk unless it already belongs to another one. The
// charts depend on React and Mantine, which the entry needs: without their own chunk they would land in `charts`,
// and the entry would then load `charts` on the first visit.
const vendorPackages = [
  '/node_modules/react/',
  '/node_modules/react-dom/',
  '/node_modules/scheduler/',
  '/node_modules/react-is/',
  '/node_modules/use-sync-external-store/',
  '/node_modules/@mantine/core/',
  '/node_modules/@mantine/hooks/',
  '/node_modules/clsx/',
];

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
    // React, React Router, Mantine, TanStack Query and i18next make an entry of about 175 KB gzip; pages are
    // separate lazy chunks. Warn only when the entry grows well beyond that.
    chunkSizeWarningLimit: 650,
    rollupOptions: {
      output: {
        manualChunks(id) {
          const path = id.replaceAll('\\', '/');
          if (chartPackages.some((segment) => path.includes(segment))) return 'charts';
          if (vendorPackages.some((segment) => path.includes(segment))) return 'vendor';
          return undefined;
        },
      },
    },
  },
});
