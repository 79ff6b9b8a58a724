import { expect } from '@playwright/test';
import { DEMO_MODEL_IDS } from '../../src/server/models/models.demo.ts';
import { expectNoAxeViolations, test } from './fixtures.ts';
import { signInAs } from './sign-in.ts';

// The network dashboard of the Centrales Villageoises demo network, as the demo administrator: funnel, map and its
// table, indicators by year, comparison, then a site's indicator page where a value is entered; the public network
// page; a reporting link that does not exist. axe-core on every page.

const adminEmail = 'admin@demo.essaim.localhost';
const adminPassword = 'essaim-demo-2026';

test.describe.configure({ timeout: 300_000 });

test('the carrier follows the network and a site reports a value', async ({ page }) => {
  await signInAs(page, adminEmail, adminPassword);

  await page.goto(`/reseau?modele=${DEMO_MODEL_IDS.centralesVillageoises}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tableau de bord du réseau');
  await expect(page.getByText(/Démonstration.+valeurs de ce réseau sont simulées/)).toBeVisible();
  const funnel = page.getByRole('table', { name: 'Nombre de sites à chaque étape' });
  await expect(funnel.getByRole('row', { name: /En fonctionnement/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Puissance installée' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Courbe de Puissance installée/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Exporter en CSV.+Puissance installée/ })).toHaveAttribute(
    'href',
    /network\/export/,
  );
  await expect(
    page.getByRole('table', { name: /Dernières valeurs par site.+Puissance installée/ }),
  ).toBeVisible();
  await expect(page.getByRole('group', { name: /Carte/ })).toBeVisible();
  await expectNoAxeViolations(page);

  const sites = page.getByRole('table', { name: 'Sites du réseau' });
  const firstSite = sites.getByRole('link').first();
  const siteName = (await firstSite.textContent()) ?? '';
  await firstSite.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Indicateurs de ${siteName}`);
  const form = page.getByRole('region', { name: 'Saisir une valeur' });
  await form.getByLabel('Indicateur').selectOption({ label: 'Actionnaires (actionnaires, annuelle)' });
  await form.getByLabel('Type').selectOption('target');
  await form.getByLabel(/^Période/).fill('2030');
  await form.getByLabel('Valeur').fill('douze');
  await form.getByRole('button', { name: 'Enregistrer la valeur' }).click();
  await expect(
    page
      .getByRole('alert')
      .getByText(/n’est pas un nombre/)
      .first(),
  ).toBeVisible();
  await form.getByLabel('Valeur').fill('1 250');
  await form.getByRole('button', { name: 'Enregistrer la valeur' }).click();
  await expect(page.getByText('Valeur enregistrée.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Actionnaires 2030 Cible/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/reseau/public/${DEMO_MODEL_IDS.centralesVillageoises}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Le réseau Centrales Villageoises');
  await expect(page.getByRole('heading', { level: 2, name: 'Puissance installée' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/saisie/${'x'.repeat(43)}`);
  await expect(page.getByRole('alert')).toContainText('Ce lien de saisie n’existe pas.');
  await expectNoAxeViolations(page);
});
