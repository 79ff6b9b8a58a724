import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One line per failing element: rule, impact, what is wrong, where. */
export function formatViolations(violations: AxeResults['violations']): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map(
          (node) =>
            `    - ${node.target.join(' ')}\n      ${node.failureSummary?.replaceAll('\n', '\n      ') ?? ''}`,
        )
        .join('\n');
      return `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}

/** Runs axe-core on the current page (WCAG 2.0/2.1 A and AA rules) and fails with a readable list if anything is found. */
export async function expectNoAxeViolations(page: Page, options: { exclude?: string } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (options.exclude) builder = builder.exclude(options.exclude);
  await waitForTransitions(page);
  const results = await builder.analyze();
  const report = formatViolations(results.violations);
  if (report) console.log(`Accessibility violations on ${page.url()}:\n${report}`);
  expect(results.violations.length, `axe-core found violations on ${page.url()}:\n${report}`).toBe(0);
}

/**
 * Waits until no finite animation or CSS transition has run for two checks in a row (at most 3 s): axe-core measures
 * colours as drawn, so a dialog still fading in reads as low contrast (a flaky « color-contrast » failure in CI).
 * Endless ones (loaders) are ignored.
 */
async function waitForTransitions(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const moving = () =>
      document
        .getAnimations()
        .some((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity);
    const deadline = performance.now() + 3000;
    let quietChecks = 0;
    while (quietChecks < 2 && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 40));
      quietChecks = moving() ? 0 : quietChecks + 1;
    }
  });
}

function isHandledApiAnswer(text: string, url: string): boolean {
  return /status of 4\d\d/.test(text) && new URL(url, 'http://localhost').pathname.startsWith('/api/');
}

/**
 * `test` that also fails when a page logs an error or throws: a blocked script (Content-Security-Policy),
 * a failed request or a React error would otherwise go unnoticed while the visible text still matches.
 * A test can tolerate a known, reported problem with `test.use({ toleratedPageErrors: [/.../] })`.
 */
export const test = base.extend<{ toleratedPageErrors: RegExp[]; failOnPageErrors: undefined }>({
  toleratedPageErrors: [[], { option: true }],
  failOnPageErrors: [
    async ({ page, toleratedPageErrors }, use) => {
      const errors: string[] = [];
      const record = (error: string) => {
        if (!toleratedPageErrors.some((pattern) => pattern.test(error))) errors.push(error);
      };
      page.on('pageerror', (error) => record(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        // Chromium logs every 4xx answer; an API 4xx (401 before sign-in, 404, 422) is handled by the app.
        if (isHandledApiAnswer(message.text(), message.location().url)) return;
        record(`console: ${message.text()} (${message.location().url})`);
      });
      await use(undefined);
      expect(errors, `errors in the page:\n${errors.join('\n')}`).toEqual([]);
    },
    { auto: true },
  ],
});
