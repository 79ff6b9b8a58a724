import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { pageRoutes } from './src/web/app/page-routes.ts';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const webRoot = `${repoRoot}src/web/`;

/**
 * Writes the pages' table (src/web/app/page-routes.ts) next to Vite's manifest, as .vite/page-routes.json: with the
 * manifest, the server knows which chunks a URL's page will ask for and names them in that page's HTML
 * (src/server/http/spa-pages.ts). A module missing from src/web fails the build rather than a page at run time.
 */
function pageRoutesForServer(): Plugin {
  return {
    name: 'essaim-page-routes',
    apply: 'build',
    generateBundle() {
      for (const { module } of pageRoutes) {
        if (!fs.existsSync(`${webRoot}${module}`)) this.error(`app/page-routes.ts: ${module} does not exist`);
      }
      this.emitFile({
        type: 'asset',
        fileName: '.vite/page-routes.json',
        source: JSON.stringify(pageRoutes),
      });
    },
  };
}

/**
 * Mantine's ScrollArea, which every Table brings along, imports one hook (`useMergeRefs`) from @floating-ui/react; Rollup
 * then makes every page with a table download the whole positioning library, 13 KB gzip that only popovers, menus
 * and tooltips use (the kit page's first download went over 200 KB with it). For that importer alone, the same hook
 * from @mantine/hooks (src/web/lib/merge-refs.ts). Mantine is pinned to one version; should ScrollArea stop
 * importing it, this does nothing.
 */
function scrollAreaWithoutFloatingUi(): Plugin {
  return {
    name: 'essaim-scroll-area-merge-refs',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@floating-ui/react' && importer?.includes('/@mantine/core/esm/components/ScrollArea/'))
        return `${webRoot}lib/merge-refs.ts`;
      return null;
    },
  };
}

export default defineConfig({
  root: 'src/web',
  plugins: [react(), pageRoutesForServer(), scrollAreaWithoutFloatingUi()],
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
    sourcemap: true,
    // .vite/manifest.json: which chunks each module needs, read by the server to preload a page's chunks.
    manifest: true,
    // The server's Content-Security-Policy forbids inline scripts; keep every asset a real file too
    // (no data: URLs), so the policy can stay strict.
    assetsInlineLimit: 0,
    // No manual chunks: every page is a lazy route, so Rollup keeps charts, maps and editors out of the entry on
    // its own, and a Mantine component lands in the first download only if the shell itself uses it.
    chunkSizeWarningLimit: 650,
  },
});
