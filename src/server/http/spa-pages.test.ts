import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { pageRoutes } from '../../web/app/page-routes.ts';
import { buildSpaPages, type Manifest, type PageRoute } from './spa-pages.ts';

// A build in miniature, shaped like Vite's manifest: the entry (with its own static chunk), pages sharing a chunk,
// one of them with a style sheet and a chunk of its own imported on demand, and the header's account menu, a lazy
// chunk of the frame itself.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-E1.js',
    isEntry: true,
    imports: ['_vendor-V1.js'],
    dynamicImports: [
      'app/routes/home.tsx',
      'features/models/routes/kit.tsx',
      'features/plans/routes/plan-new.tsx',
      'features/plans/routes/plan.tsx',
      'app/routes/not-found.tsx',
      'features/accounts/components/user-menu.tsx',
    ],
    css: ['assets/index-C1.css'],
  },
  '_vendor-V1.js': { file: 'assets/vendor-V1.js' },
  'app/routes/home.tsx': { file: 'assets/home-H1.js', imports: ['index.html', '_Card-K1.js'] },
  '_Card-K1.js': { file: 'assets/Card-K1.js', imports: ['_vendor-V1.js'] },
  'features/models/routes/kit.tsx': {
    file: 'assets/kit-T1.js',
    imports: ['index.html', '_Card-K1.js', '_i18n-runtime-R1.js'],
    dynamicImports: ['features/models/components/kit-chart.tsx'],
    css: ['assets/kit-S1.css'],
  },
  'features/models/components/kit-chart.tsx': { file: 'assets/kit-chart-X1.js' },
  '_i18n-runtime-R1.js': { file: 'assets/i18n-runtime-R1.js' },
  'features/plans/routes/plan-new.tsx': { file: 'assets/plan-new-N1.js', imports: ['index.html'] },
  'features/plans/routes/plan.tsx': { file: 'assets/plan-P1.js', imports: ['index.html'] },
  'app/routes/not-found.tsx': { file: 'assets/not-found-F1.js', imports: ['index.html'] },
  'features/accounts/components/user-menu.tsx': {
    file: 'assets/user-menu-U1.js',
    imports: ['index.html', '_Popover-O1.js'],
  },
  '_Popover-O1.js': { file: 'assets/Popover-O1.js' },
};
const routes: PageRoute[] = [
  { path: '/', module: 'app/routes/home.tsx' },
  {
    path: '/kits/:modelId/versions/:n',
    module: 'features/models/routes/kit.tsx',
    data: '/api/v1/kits/:modelId/versions/:n',
  },
  // Declared before the fixed path it must lose to, as React Router ranks them whatever their order.
  { path: '/plans/:planId', module: 'features/plans/routes/plan.tsx' },
  { path: '/plans/nouveau', module: 'features/plans/routes/plan-new.tsx' },
  { path: '*', module: 'app/routes/not-found.tsx' },
];
const indexHtml =
  '<!doctype html><html lang="fr"><head><title>Essaim</title>' +
  '<script type="module" crossorigin src="/assets/index-E1.js"></script>' +
  '<link rel="stylesheet" crossorigin href="/assets/index-C1.css"></head><body><div id="root"></div></body></html>';
const pages = buildSpaPages(indexHtml, manifest, routes);

const html = (url: string) => pages.htmlFor(url).toString();
/** The href of every `<link rel=…>` of that kind, in the order of the page. */
const links = (page: string, rel: string) =>
  [...page.matchAll(new RegExp(`<link rel="${rel}"[^>]*href="([^"]+)"`, 'g'))].map((m) => m[1]);

describe('the HTML of a page', () => {
  it('names the home page’s chunks, but nothing the entry script already holds, nor the lazy account menu', () => {
    const page = html('/');
    expect(links(page, 'modulepreload')).toEqual(['/assets/home-H1.js', '/assets/Card-K1.js']);
    expect(page).toContain('<link rel="modulepreload" crossorigin href="/assets/home-H1.js">');
    // Inside the head, after the entry's own tags, so the entry script still leaves first.
    expect(page.indexOf('modulepreload')).toBeGreaterThan(page.indexOf('index-C1.css'));
    expect(page.indexOf('modulepreload')).toBeLessThan(page.indexOf('</head>'));
    expect(page.endsWith('<body><div id="root"></div></body></html>')).toBe(true);
    expect(html('/?from=mail')).toBe(page);
  });

  it('preloads a kit page’s chunks, its style sheet and the API answer its loader asks for', () => {
    const page = html('/kits/de0d0000-0000-4000-8000-000000000001/versions/2');
    expect(links(page, 'modulepreload')).toEqual([
      '/assets/kit-T1.js',
      '/assets/Card-K1.js',
      '/assets/i18n-runtime-R1.js',
    ]);
    // A chunk the page imports on demand (a chart below the fold) is left to the page.
    expect(page).not.toContain('kit-chart');
    expect(links(page, 'stylesheet')).toEqual(['/assets/index-C1.css', '/assets/kit-S1.css']);
    expect(page).toContain(
      '<link rel="preload" as="fetch" crossorigin href="/api/v1/kits/de0d0000-0000-4000-8000-000000000001/versions/2">',
    );
    // The data first: small, and the first render waits on it.
    expect(page.indexOf('as="fetch"')).toBeLessThan(page.indexOf('modulepreload'));
  });

  it('encodes the API address as the client does, and never lets the URL write into the HTML', () => {
    expect(links(html('/kits/a%20b/versions/1'), 'preload')).toEqual(['/api/v1/kits/a%20b/versions/1']);
    expect(links(html('/kits/%22%3E%3Cscript%3E/versions/1'), 'preload')).toEqual([
      '/api/v1/kits/%22%3E%3Cscript%3E/versions/1',
    ]);
    expect(html('/kits/"><script>/versions/1')).not.toContain('<script>/');
    // A broken escape: the page's chunks still, but no request the client would not make.
    const broken = html('/kits/%E0%A4%A/versions/1');
    expect(links(broken, 'preload')).toEqual([]);
    expect(links(broken, 'modulepreload')[0]).toBe('/assets/kit-T1.js');
  });

  it('ranks a fixed segment above a parameter, as React Router does, whatever the order of the table', () => {
    expect(links(html('/plans/nouveau'), 'modulepreload')[0]).toBe('/assets/plan-new-N1.js');
    expect(links(html('/plans/0c2f'), 'modulepreload')[0]).toBe('/assets/plan-P1.js');
    // Case and a trailing slash do not matter to the router either.
    expect(links(html('/Plans/Nouveau/'), 'modulepreload')[0]).toBe('/assets/plan-new-N1.js');
  });

  it('leaves an unknown address, and a known one with more or fewer segments, with index.html as it is', () => {
    for (const url of ['/page-introuvable', '/plans/0c2f/extra', '/kits/de0d/versions', '/assets-x']) {
      expect(html(url)).toBe(indexHtml);
    }
  });

  it('answers the same bytes to every request for the same page, worked out once', () => {
    expect(pages.htmlFor('/')).toBe(pages.htmlFor('/'));
    expect(pages.htmlFor('/plans/1')).toBe(pages.htmlFor('/plans/2'));
  });

  it('serves index.html as it is when the build wrote no manifest, or an address names a missing parameter', () => {
    expect(buildSpaPages(indexHtml, {}, []).htmlFor('/').toString()).toBe(indexHtml);
    const odd = buildSpaPages(indexHtml, manifest, [
      { path: '/kits/:modelId', module: 'features/models/routes/kit.tsx', data: '/api/v1/kits/:id' },
    ]);
    const page = odd.htmlFor('/kits/1').toString();
    expect(links(page, 'preload')).toEqual([]);
    expect(links(page, 'modulepreload')[0]).toBe('/assets/kit-T1.js');
  });
});

describe('the real pages’ table', () => {
  it('leads every page’s address to the page React Router opens for it', () => {
    // One chunk per page module, named after it, so the first modulepreload tells which page was picked.
    const chunkOf = (module: string) => `assets/${module.replace(/\W/g, '-')}.js`;
    const real: Manifest = {
      'index.html': {
        file: 'assets/index.js',
        isEntry: true,
        dynamicImports: pageRoutes.map((r) => r.module),
      },
      ...Object.fromEntries(pageRoutes.map((r) => [r.module, { file: chunkOf(r.module) }])),
    };
    const realPages = buildSpaPages(indexHtml, real, pageRoutes);
    const routerRoutes = pageRoutes.map((route) => ({ path: route.path, id: route.module }));
    for (const route of pageRoutes.filter((r) => !r.path.includes('*'))) {
      const url = route.path.replace(/:\w+/g, 'x1');
      const opened = matchRoutes(routerRoutes, url)!.at(-1)!.route.id;
      expect(links(realPages.htmlFor(url).toString(), 'modulepreload')[0], url).toBe(`/${chunkOf(opened)}`);
    }
  });
});
