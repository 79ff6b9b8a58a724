import { expect, type Browser } from '@playwright/test';
import { DEMO_MODEL_IDS } from '../../src/server/models/models.demo.ts';
import { expectNoAxeViolations, test } from './fixtures.ts';

// Largest Contentful Paint of the home page and of a public kit page in Chromium with the CPU slowed down four
// times (CDP Emulation.setCPUThrottlingRate), a cold cache each time, median of three loads. Reported, not
// asserted: on a shared two-core machine the figure says more about the neighbours than about the page (issue #10
// sets 1.5 s as the target; docs/performance.md keeps the measured values). What is asserted is what makes it fast:
// the page's HTML preloads the kit's API answer and the page's loader takes that very answer, one request, not two
// (src/server/http/spa-pages.ts).

const LOADS = 3;
test.describe.configure({ timeout: 300_000 });

async function largestContentfulPaint(
  browser: Browser,
  path: string,
): Promise<{ lcp: number; apiRequests: string[] }> {
  const context = await browser.newContext({ locale: 'fr-FR' });
  try {
    const page = await context.newPage();
    const apiRequests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/v1/kits/')) apiRequests.push(url.pathname);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(path, { waitUntil: 'load' });
    // Four times slower on a shared machine: the first render can take far longer than the default 20 s.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 120_000 });
    // The last candidate before any input is the LCP; the observer replays buffered entries.
    const lcp = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            resolve(entries[entries.length - 1]!.startTime);
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await expectNoAxeViolations(page);
    return { lcp, apiRequests };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const kitPath = `/kits/${DEMO_MODEL_IDS.centralesVillageoises}/versions/1`;
for (const [name, path, apiRequests] of [
  ['home page', '/', []],
  ['kit page', kitPath, [`/api/v1${kitPath}`]],
] as const) {
  test(`LCP of the ${name} with 4× CPU throttling (reported)`, async ({ browser }, testInfo) => {
    const values: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const load = await largestContentfulPaint(browser, path);
      values.push(load.lcp);
      expect(load.apiRequests).toEqual(apiRequests);
    }
    const line = `LCP ${name} (${path}), 4× CPU throttling: median ${median(values).toFixed(0)} ms of ${values.map((v) => v.toFixed(0)).join(', ')} ms`;
    console.log(line);
    testInfo.annotations.push({ type: 'LCP', description: line });
    expect(values.every((v) => v > 0)).toBe(true);
  });
}
