import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, test } from './fixtures.ts';
import { signInAs } from './sign-in.ts';

// The session editor's case-study picker searches the library as one types. A fast typist's arrow and Enter must
// act on the results of what is typed now, never on those of an earlier query still on screen, and an answer that
// comes late for an earlier query must not replace the current one. The library's answers are held back here
// (route interception) to make both races happen every time.

const facilitator = { email: 'animation@demo.essaim.localhost', password: 'essaim-demo-2026' };

test.describe.configure({ timeout: 300_000 });

type Card = { id: string; title: string };

async function searchCaseStudies(page: Page, q: string): Promise<Card[]> {
  const url = `/api/v1/library/search?caseStudy=true&limit=20${q ? `&q=${encodeURIComponent(q)}` : ''}`;
  const response = await page.request.get(url);
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { items: Card[] }).items;
}

/** Holds the library's answers to the query `q` until `release` is called. */
async function holdSearch(page: Page, q: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === '/api/v1/library/search' && url.searchParams.get('q') === q,
    async (route) => {
      await released;
      // The picker may have given up on this answer meanwhile (React Query aborts a request nobody waits for):
      // the browser then has nothing left to receive, and what the test checks is the page.
      await route.continue().catch(() => undefined);
    },
  );
  const asked = page.waitForRequest((r) => new URL(r.url()).searchParams.get('q') === q);
  return { asked, release };
}

test('the case-study picker: Enter picks from the results of what is typed, not from older ones', async ({
  page,
}) => {
  await signInAs(page, facilitator.email, facilitator.password);
  const all = await searchCaseStudies(page, '');
  expect(all.length).toBeGreaterThanOrEqual(2);
  const first = all[0]!;
  // Case studies that their own title finds first: one other than the first listed when nothing is typed (picked
  // while its answer is held), and another one (picked while an older answer comes late).
  const findable: Card[] = [];
  for (const card of all)
    if ((await searchCaseStudies(page, card.title))[0]?.id === card.id) findable.push(card);
  const wanted = findable.find((c) => c.id !== first.id);
  const other = findable.find((c) => c.id !== wanted?.id);
  expect(wanted && other, 'two case studies found first by their titles').toBeTruthy();
  const [a, b] = [wanted!, other!];

  await page.goto('/formations/animation/nouvelle');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nouvelle session');
  const linked = page.getByRole('group', { name: 'Pages de méthode et études de cas liées' });
  const field = linked.getByRole('combobox', { name: 'Études de cas liées' });
  const pills = linked.locator('.mantine-MultiSelect-pill');

  await expectNoAxeViolations(page);

  // Nothing typed: the library's case studies are offered.
  await field.click();
  await expect(page.getByRole('option', { name: first.title, exact: true })).toBeVisible();

  // The whole title typed at once, its answer held back: the previous list must not be offered meanwhile.
  const slow = await holdSearch(page, a.title);
  await field.fill(a.title);
  await slow.asked;
  await expect(page.getByRole('option', { name: first.title, exact: true })).toHaveCount(0);
  await expect(page.getByText('Recherche…')).toBeVisible();
  await field.press('ArrowDown');
  await field.press('Enter');
  await expect(pills).toHaveCount(0);
  // Nor did Enter submit the session form.
  await expect(field).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nouvelle session');

  // Its answer arrives: now arrow and Enter pick from it.
  slow.release();
  await expect(page.getByRole('option', { name: a.title, exact: true })).toBeVisible();
  await field.press('ArrowDown');
  await field.press('Enter');
  await expect(pills).toHaveCount(1);
  await expect(pills.first()).toHaveText(a.title);
  await page.unrouteAll({ behavior: 'wait' });

  // Out of order: a first query's answer comes after the second one's; the second one's results stay.
  // Trimmed as the picker trims what is typed before it asks.
  const prefix = b.title.slice(0, 4).trim();
  const late = await holdSearch(page, prefix);
  await field.fill(prefix);
  await late.asked;
  await field.fill(b.title);
  await expect(page.getByRole('option', { name: b.title, exact: true })).toBeVisible();
  late.release();
  await page.unrouteAll({ behavior: 'wait' });
  await field.press('ArrowDown');
  await field.press('Enter');
  await expect(pills).toHaveCount(2);
  await expect(pills.nth(1)).toHaveText(b.title);
});
