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
  const map = page.getByRole('group', { name: /Carte de France des sites par département/ });
  await expect(map).toBeVisible();
  await expect(page.getByText(/^\d+ sites, par ordre alphabétique\.$/)).toBeVisible();
  await expectNoAxeViolations(page);

  // A département chosen on the map: the table lists its sites only (read from the server), then all again.
  const area = map.getByRole('button', { name: /\s:\s[1-9]\d*\ssites?$/ }).first();
  const count = Number(/(\d+)\ssites?$/.exec((await area.getAttribute('aria-label')) ?? '')?.[1]);
  await area.click();
  const filtered = page.getByRole('table', { name: /^Sites du département / });
  await expect(filtered.getByRole('row')).toHaveCount(count + 1);
  await page.getByRole('button', { name: 'Tous les départements' }).click();

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

test('the carrier edits an indicator and corrects a value, and a conflict is explained in French', async ({
  page,
}) => {
  await signInAs(page, adminEmail, adminPassword);
  const modelId = DEMO_MODEL_IDS.centralesVillageoises;
  await page.goto(`/reseau?modele=${modelId}`);
  const dictionary = page.getByRole('region', { name: 'Dictionnaire d’indicateurs' });
  const name = `Chantiers participatifs ${Date.now()}`;
  await dictionary.getByRole('textbox', { name: /^Nom/ }).fill(name);
  await dictionary.getByRole('textbox', { name: /^Unité/ }).fill('chantiers');
  await dictionary
    .getByRole('textbox', { name: /^Définition/ })
    .fill('Nombre de chantiers participatifs organisés par le site pendant l’année.');
  await dictionary.getByLabel(/aucune donnée personnelle/).check();
  await dictionary.getByRole('button', { name: 'Ajouter un indicateur' }).click();
  await expect(dictionary.getByRole('rowheader', { name })).toBeVisible();

  await dictionary.getByRole('button', { name: `Modifier «\u00a0${name}\u00a0»` }).click();
  const dialog = page.getByRole('dialog', { name: `Modifier l’indicateur «\u00a0${name}\u00a0»` });
  await expect(dialog.getByRole('button', { name: 'Fermer la fenêtre' })).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('textbox', { name: /^Unité/ }).fill('chantiers par an');
  // Someone else saves the same indicator meanwhile: the dialog's version is now stale.
  const network = (await (await page.request.get(`/api/v1/models/${modelId}/network`)).json()) as {
    indicators: ({ id: string; name: string } & Record<string, unknown>)[];
  };
  const current = network.indicators.find((i) => i.name === name)!;
  const { id, modelId: _m, series: _s, ...fields } = current;
  const other = await page.request.patch(`/api/v1/indicators/${id}`, {
    data: { ...fields, definition: 'Chantiers participatifs ouverts aux habitants, par an.' },
  });
  expect(other.status(), await other.text()).toBe(200);
  await dialog.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await expect(dialog.getByRole('alert')).toContainText('rien n’a été enregistré');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Charger la dernière version' }).click();
  await expect(dialog.getByRole('textbox', { name: /^Définition/ })).toHaveValue(
    'Chantiers participatifs ouverts aux habitants, par an.',
  );
  await dialog.getByRole('textbox', { name: /^Unité/ }).fill('chantiers par an');
  await dialog.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await expect(dialog).toBeHidden();
  await expect(dictionary.getByRole('row', { name: new RegExp(`${name}.*chantiers par an`) })).toBeVisible();

  // Removing asks first and says what is lost; cancelling changes nothing and gives the focus back to the button.
  const removeButton = dictionary.getByRole('button', { name: `Retirer «\u00a0${name}\u00a0»` });
  await removeButton.click();
  const confirm = page.getByRole('dialog', { name: `Retirer l’indicateur «\u00a0${name}\u00a0»\u00a0?` });
  await expect(confirm).toContainText('les valeurs que les sites ont déjà déclarées ne sont pas effacées');
  await expect(confirm.getByRole('button', { name: 'Fermer la fenêtre' })).toBeVisible();
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Annuler' }).click();
  await expect(confirm).toBeHidden();
  await expect(removeButton).toBeFocused();
  await expect(dictionary.getByRole('rowheader', { name })).toBeVisible();
  await removeButton.click();
  await confirm.getByRole('button', { name: 'Retirer l’indicateur' }).click();
  await expect(confirm).toBeHidden();
  await expect(dictionary.getByRole('rowheader', { name })).toHaveCount(0);
  await expect(page.getByText(`Indicateur «\u00a0${name}\u00a0» retiré.`)).toBeVisible();
  await expect(
    dictionary.getByRole('heading', { level: 2, name: 'Dictionnaire d’indicateurs' }),
  ).toBeFocused();
  const after = (await (await page.request.get(`/api/v1/models/${modelId}/network`)).json()) as {
    indicators: { name: string }[];
  };
  expect(after.indicators.map((i) => i.name)).not.toContain(name);

  // A site's indicator page: correct the first value, with a bad number, then a conflict, then for good.
  const firstSite = page.getByRole('table', { name: 'Sites du réseau' }).getByRole('link').first();
  const siteName = (await firstSite.textContent()) ?? '';
  await firstSite.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Indicateurs de ${siteName}`);
  const siteId = new URL(page.url()).pathname.split('/')[3]!;
  const values = page.getByRole('region', { name: 'Valeurs déclarées' });
  await values
    .getByRole('button', { name: /^Corriger la valeur/ })
    .first()
    .click();
  const correct = page.getByRole('dialog', { name: /^Corriger/ });
  await expect(correct.getByRole('button', { name: 'Fermer la fenêtre' })).toBeVisible();
  await expectNoAxeViolations(page);
  await correct.getByRole('textbox', { name: /^Valeur/ }).fill('douze');
  await correct.getByRole('button', { name: 'Enregistrer la correction' }).click();
  await expect(correct.getByRole('alert').first()).toContainText('n’est pas un nombre');
  const first = (
    (await (await page.request.get(`/api/v1/sites/${siteId}/indicator-values`)).json()) as {
      values: { id: string; version: number }[];
    }
  ).values[0]!;
  const changed = await page.request.patch(`/api/v1/indicator-values/${first.id}`, {
    data: { value: 4241, version: first.version },
  });
  expect(changed.status(), await changed.text()).toBe(200);
  await correct.getByRole('textbox', { name: /^Valeur/ }).fill('4 242');
  await correct.getByRole('button', { name: 'Enregistrer la correction' }).click();
  await expect(correct.getByRole('alert')).toContainText('rien n’a été enregistré');
  await correct.getByRole('button', { name: 'Charger la dernière valeur' }).click();
  await expect(correct.getByRole('textbox', { name: /^Valeur/ })).toHaveValue('4241');
  await correct.getByRole('textbox', { name: /^Valeur/ }).fill('4 242');
  await correct.getByRole('button', { name: 'Enregistrer la correction' }).click();
  await expect(correct).toBeHidden();
  await expect(page.getByText('Valeur corrigée.')).toBeVisible();
  await expect(values.getByRole('row').nth(1)).toContainText(/4\s242/);
  await expectNoAxeViolations(page);

  // The site's own CSV: checked first (nothing written), then confirmed, and the value appears in the table.
  const upload = page.getByRole('region', { name: 'Importer des valeurs (CSV)' });
  await expect(upload).toContainText(`«\u00a0${siteName}\u00a0»`);
  const reported = (await (await page.request.get(`/api/v1/sites/${siteId}/indicator-values`)).json()) as {
    indicators: { name: string; frequency: 'monthly' | 'quarterly' | 'yearly' }[];
  };
  const indicator = reported.indicators[0]!;
  const period = { yearly: '2016', quarterly: '2016-T1', monthly: '2016-01' }[indicator.frequency];
  const csv = `site;indicateur;période;type;valeur\r\n${siteName};${indicator.name};${period};réel;7\r\n`;
  await upload
    .locator('input[type=file]')
    .setInputFiles({ name: 'valeurs.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await upload.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await expect(upload.getByText('1 ligne valide sur 1.')).toBeVisible();
  await upload.getByRole('button', { name: 'Enregistrer la valeur' }).click();
  await expect(upload.getByText('1 valeur enregistrée.')).toBeVisible();
  await expect(values.getByRole('row', { name: new RegExp(`${indicator.name}.*2016`) })).toBeVisible();
  await expectNoAxeViolations(page);

  // From the indicators to the site's page and back.
  await page.getByRole('link', { name: `Retour à la fiche du site ${siteName}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(siteName);
  await page.getByRole('link', { name: `Saisir et consulter les indicateurs de ${siteName}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Indicateurs de ${siteName}`);
});

test('« Afficher les sites suivants » reads the next sites from the server', async ({ page }) => {
  await signInAs(page, adminEmail, adminPassword);
  const modelId = DEMO_MODEL_IDS.centralesVillageoises;
  // The demo network has fewer sites than one page (50): its dashboard answer is cut to its first two sites here,
  // as a larger network's would be cut to fifty, so the rest must come from the real /network/sites endpoint.
  let total = 0;
  await page.route(
    (url) => url.pathname === `/api/v1/models/${modelId}/network`,
    async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as { sites: { items: unknown[]; total: number } };
      total = json.sites.total;
      json.sites.items = json.sites.items.slice(0, 2);
      await route.fulfill({ response, json });
    },
  );
  await page.goto(`/reseau?modele=${modelId}`);
  const sites = page.getByRole('table', { name: 'Sites du réseau' });
  await expect(sites.getByRole('row')).toHaveCount(3);
  expect(total).toBeGreaterThan(2);
  const more = page.getByRole('button', { name: `Afficher les sites suivants (${total - 2})` });
  await expect(more).toBeVisible();
  await expectNoAxeViolations(page);
  const nextPage = page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === `/api/v1/models/${modelId}/network/sites` &&
      new URL(response.url()).searchParams.get('offset') === '2',
  );
  await more.click();
  expect((await nextPage).status()).toBe(200);
  await expect(sites.getByRole('row')).toHaveCount(total + 1);
  await expect(more).toHaveCount(0);
});
