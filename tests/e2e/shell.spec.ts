import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, test } from './fixtures.ts';

const frenchHeading = 'Faire grandir les projets qui ont fait leurs preuves';
const englishHeading = 'Helping projects that have proved themselves grow';

function mainHeading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

test('home page in French, then English (remembered after reload), then French again', async ({ page }) => {
  await page.goto('/');
  await expect(mainHeading(page)).toHaveText(frenchHeading);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveTitle('Accueil – Essaim');
  // The status line comes from GET /api/v1/health.
  await expect(page.getByRole('status').filter({ hasText: 'État du service' })).toContainText('en service');
  await expectNoAxeViolations(page);

  const languages = page.getByRole('group', { name: 'Langue du site' });
  await languages.getByRole('button', { name: 'English' }).click();
  await expect(mainHeading(page)).toHaveText(englishHeading);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Home – Essaim');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeAttached();

  await page.reload();
  await expect(mainHeading(page)).toHaveText(englishHeading);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page);

  const switchBack = page
    .getByRole('group', { name: 'Site language' })
    .getByRole('button', { name: 'Français' });
  await expect(switchBack).toHaveAttribute('aria-pressed', 'false');
  await switchBack.click();
  await expect(mainHeading(page)).toHaveText(frenchHeading);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const french = page
    .getByRole('group', { name: 'Langue du site' })
    .getByRole('button', { name: 'Français' });
  await expect(french).toHaveAttribute('aria-pressed', 'true');
});

test('the skip link is the first stop and leads into the main content', async ({ page }) => {
  await page.goto('/');
  await expect(mainHeading(page)).toBeVisible();
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

const legalPages = [
  { link: 'Mentions légales', heading: 'Mentions légales', path: '/mentions-legales' },
  { link: 'Déclaration d’accessibilité', heading: 'Déclaration d’accessibilité', path: '/accessibilite' },
  { link: 'Données personnelles', heading: 'Données personnelles', path: '/donnees-personnelles' },
];

test('every legal page of the footer opens, focuses its heading and has no accessibility violation', async ({
  page,
}) => {
  await page.goto('/');
  await expect(mainHeading(page)).toHaveText(frenchHeading);
  for (const legal of legalPages) {
    await page
      .getByRole('navigation', { name: 'Liens utiles' })
      .getByRole('link', { name: legal.link })
      .click();
    await expect(page).toHaveURL(legal.path);
    await expect(mainHeading(page)).toHaveText(legal.heading);
    await expect(page).toHaveTitle(`${legal.heading} – Essaim`);
    // RGAA: after a client-side navigation, focus moves to the new page's heading.
    await expect(mainHeading(page)).toBeFocused();
    await expectNoAxeViolations(page);
  }
  await expect(page.getByText('non conforme', { exact: false }).first()).toBeVisible();
});

test('the accessibility statement states its status, how to report a problem and the recourse', async ({
  page,
}) => {
  await page.goto('/accessibilite');
  await expect(mainHeading(page)).toHaveText('Déclaration d’accessibilité');
  await expect(page.getByRole('heading', { name: 'État de conformité' })).toBeVisible();
  await expect(page.getByText('RGAA 4.1', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Signaler un problème' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Défenseur des droits/ }).first()).toHaveAttribute(
    'href',
    /defenseurdesdroits\.fr/,
  );
});

test.describe('API reference', () => {
  test('the API reference is served by the server and the OpenAPI document is JSON', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Liens utiles' })
      .getByRole('link', { name: 'Référence de l’API' })
      .click();
    await expect(page).toHaveURL(/\/api\/reference/);
    // swagger-ui renders the title after downloading and parsing the whole OpenAPI document.
    await expect(page.getByText('Essaim API').first()).toBeVisible({ timeout: 30_000 });

    const openApi = await request.get('/api/v1/openapi.json');
    expect(openApi.ok()).toBe(true);
    const document = (await openApi.json()) as { openapi?: string; info?: { title?: string } };
    expect(document.openapi).toMatch(/^3\./);
    expect(document.info?.title).toBe('Essaim API');
  });
});

test('an unknown address shows the not-found page', async ({ page }) => {
  const response = await page.goto('/cette-page-n-existe-pas');
  expect(response?.ok()).toBe(true);
  await expect(mainHeading(page)).toHaveText('Page introuvable');
  await expect(page).toHaveTitle('Page introuvable – Essaim');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Retour à l’accueil' }).click();
  await expect(mainHeading(page)).toHaveText(frenchHeading);
});

test('the main navigation leads to the sites and marks the current section', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await nav.getByRole('link', { name: 'Sites et réseau' }).click();
  await expect(mainHeading(page)).toHaveText('Sites d’essaimage');
  await expect(nav.getByRole('link', { name: 'Sites et réseau' })).toHaveAttribute('aria-current', 'page');
  await expectNoAxeViolations(page);
});

test('at 320 px wide the menu folds behind a burger that works with the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  await expect(mainHeading(page)).toHaveText(frenchHeading);

  // Nothing overflows sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  const burger = page.getByRole('button', { name: 'Ouvrir le menu' });
  await expect(nav.getByRole('link', { name: 'Méthode' })).toBeHidden();
  await expect(burger).toHaveAttribute('aria-expanded', 'false');
  await expectNoAxeViolations(page);

  await burger.focus();
  await page.keyboard.press('Enter');
  const closeButton = page.getByRole('button', { name: 'Fermer le menu' });
  await expect(closeButton).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link', { name: 'Formations' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Escape closes the menu and gives focus back to the button.
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Méthode' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(burger).toBeFocused();
  await expect(nav.getByRole('link', { name: 'Méthode' })).toBeHidden();

  // Reopen, walk to a link with Tab, follow it with Enter: the page changes and the menu closes.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Bibliothèque' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/bibliotheque');
  await expect(mainHeading(page)).toHaveText(/^Bibliothèque/);
  await expect(mainHeading(page)).toBeFocused();
  await expect(page.getByRole('button', { name: 'Ouvrir le menu' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
});

test('fields are outlined at 3:1 at least against the page, as RGAA 3.3 asks of interface components', async ({
  page,
}) => {
  await page.goto('/bibliotheque');
  const search = page.getByRole('searchbox').or(page.getByRole('textbox')).first();
  const checkbox = page.getByRole('checkbox').first();
  await expect(search).toBeVisible();
  await expect(checkbox).toBeVisible();
  // Relative luminance contrast (WCAG 2.1) between an element's top border and the page's white background.
  const contrastOf = (locator: typeof search) =>
    locator.evaluate((element) => {
      const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = (color: string) => {
        const [r = 0, g = 0, b = 0] = channels(color).map((value) => {
          const c = value / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const border = luminance(getComputedStyle(element).borderTopColor);
      const page = luminance(getComputedStyle(document.body).backgroundColor);
      return (Math.max(border, page) + 0.05) / (Math.min(border, page) + 0.05);
    });
  expect(await contrastOf(search)).toBeGreaterThanOrEqual(3);
  expect(await contrastOf(checkbox)).toBeGreaterThanOrEqual(3);
});
