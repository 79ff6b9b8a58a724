import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, test } from './fixtures.ts';
import { signInAsDemoAdmin } from './sign-in.ts';

// The library against the server's demo content (seeded on first start): search, facets, a project page, the map
// with its table, « près de chez moi », then the editor as the demo administrator.

const centrales = 'Centrales Villageoises : des sociétés citoyennes d’énergie renouvelable';

// Several axe-core runs per test on two shared cores: give each journey room.
test.describe.configure({ timeout: 300_000 });

function mainHeading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

test('search « energie » finds the Centrales Villageoises, a facet narrows it, the project page tells its story', async ({
  page,
}) => {
  await page.goto('/bibliotheque');
  await expect(mainHeading(page)).toHaveText('Bibliothèque de projets');
  const status = page.getByRole('status').filter({ hasText: /projets? correspond/ });
  await expect(status).toBeVisible();
  await expectNoAxeViolations(page);

  const search = page.getByRole('search');
  await search.getByRole('searchbox', { name: 'Rechercher un projet' }).fill('energie');
  await search.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(/[?&]q=energie/);
  await expect(page.getByRole('link', { name: centrales })).toBeVisible();
  await expect(status).toHaveText(/^\d+ projets? correspond/);
  await expectNoAxeViolations(page);

  // Facets are checkbox groups named by their legend, each value with its count.
  const themes = page.getByRole('group', { name: 'Thème' });
  const energy = themes.getByRole('checkbox', { name: /^Énergie \(\d+\)$/ });
  // The facet is controlled by the address: a click navigates, then the box shows as checked.
  await energy.click();
  await expect(page).toHaveURL(/theme=energy/);
  await expect(energy).toBeChecked();
  await expect(page.getByRole('link', { name: centrales })).toBeVisible();

  // The address keeps the search: reloading it gives the same page.
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Rechercher un projet' })).toHaveValue('energie');
  await expect(
    page.getByRole('group', { name: 'Thème' }).getByRole('checkbox', { name: /^Énergie/ }),
  ).toBeChecked();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: centrales }).click();
  await expect(mainHeading(page)).toHaveText(centrales);
  await expect(mainHeading(page)).toBeFocused();
  await expect(page.getByText('Étude de cas', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Récit du changement d’échelle' })).toBeVisible();
  await expect(
    page
      .getByRole('heading', { name: 'Ce qui a été gardé' })
      .or(page.getByText('Ce qui a été gardé'))
      .first(),
  ).toBeVisible();
  // A real case is not marked as fictional; signed out, there is no edit button.
  await expect(page.getByText('Projet fictif', { exact: false })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Modifier' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('fictional demo projects are marked « fictif »', async ({ page }) => {
  await page.goto('/bibliotheque?sort=date');
  await expect(page.getByRole('status').filter({ hasText: /projets correspondent/ })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText('fictif', { exact: true }).first()).toBeVisible();
});

test('sorting by proximity asks for a commune, then puts the closest projects first', async ({ page }) => {
  await page.goto('/bibliotheque');
  await expect(mainHeading(page)).toHaveText('Bibliothèque de projets');
  // The sort is the browser's own list; the commune's autocomplete comes once proximity is chosen.
  await page.getByRole('combobox', { name: 'Trier par' }).selectOption({ label: 'Proximité d’une commune' });
  await expect(page).toHaveURL(/sort=proximity/);
  // The commune from the keyboard: type, the arrows move the highlighted option, Enter picks it.
  const commune = page.getByRole('combobox', { name: 'Commune de référence' });
  await commune.fill('Grenoble');
  const options = page.getByRole('listbox', { name: 'Commune de référence' }).getByRole('option');
  await expect(options.first()).toHaveText(/^Grenoble/);
  await commune.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await commune.press('ArrowDown');
  await commune.press('ArrowUp');
  await expect(commune).toHaveAttribute(
    'aria-activedescendant',
    (await options.first().getAttribute('id')) ?? '',
  );
  await commune.press('Enter');
  await expect(page).toHaveURL(/near=38185/);
  await expect(commune).toHaveValue('Grenoble');
  await expect(commune).toHaveAttribute('aria-expanded', 'false');

  // Another commune with the pointer.
  await commune.fill('Meylan');
  await page
    .getByRole('option', { name: /^Meylan/ })
    .first()
    .click();
  await expect(page).toHaveURL(/near=38229/);
  await expect(commune).toHaveValue('Meylan');
  await expect(page.getByRole('combobox', { name: 'Trier par' })).toHaveValue('proximity');
  await expect(page.getByRole('status').filter({ hasText: /projets? correspond/ })).toBeVisible();
  await expect(page.getByText(/Même (intercommunalité|département|région)/).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the map shows counts per area with a data table; a click or Enter on an area filters', async ({
  page,
}) => {
  await page.goto('/bibliotheque/carte');
  await expect(mainHeading(page)).toHaveText('Carte des projets');
  const table = page.getByRole('table', { name: 'Nombre de projets par département' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const map = page.getByRole('group', { name: /Carte de France des projets par département/ });
  await expect(map.getByRole('button', { name: /^Isère\s:\s\d+\sprojets?/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // Keyboard: Enter on an area toggles its filter, which the address keeps.
  const isere = map.getByRole('button', { name: /^Isère\s:/ });
  await isere.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/departement=38/);
  await expect(map.getByRole('button', { name: /^Isère\s:.*filtre actif/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // The same filter from the table, at the level of régions.
  await page.locator('label', { hasText: /^Régions$/ }).click();
  await expect(page).toHaveURL(/level=region/);
  const regions = page.getByRole('table', { name: 'Nombre de projets par région' });
  await expect(regions).toBeVisible();
  await regions
    .getByRole('button', { name: /^Filtrer sur / })
    .first()
    .click();
  await expect(page).toHaveURL(/region=\d\d/);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Voir la liste des projets' }).click();
  await expect(mainHeading(page)).toHaveText('Bibliothèque de projets');
  await expect(page).toHaveURL(/departement=38/);
});

test('près de chez moi: projects of my département and région, similar territories side by side', async ({
  page,
}) => {
  await page.goto('/bibliotheque/pres-de-chez-moi');
  await expect(mainHeading(page)).toHaveText('Près de chez moi');
  // The commune's field, its hint read with it; from the keyboard: type, Escape closes the options and keeps the
  // text, ArrowDown opens them on the first one, Enter picks it.
  const commune = page.getByRole('combobox', { name: 'Ma commune' });
  await expect(commune).toHaveAccessibleDescription(/.+/);
  await commune.fill('Grenoble');
  const listbox = page.getByRole('listbox', { name: 'Ma commune' });
  await expect(listbox.getByRole('option').first()).toHaveText(/^Grenoble/);
  await expect(commune).toHaveAttribute('aria-expanded', 'true');
  await commune.press('Escape');
  await expect(listbox).toBeHidden();
  await expect(commune).toHaveValue('Grenoble');
  await commune.press('ArrowDown');
  await expect(listbox.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await commune.press('Enter');
  await expect(page).toHaveURL(/commune=38185/);
  await expect(commune).toHaveValue('Grenoble');
  await expect(page.getByRole('heading', { name: /^Dans mon département \(Isère\)/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Des territoires qui me ressemblent' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Comparaison de / })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the open-data page states the licence and links to the files', async ({ page, request }) => {
  await page.goto('/bibliotheque/donnees-ouvertes');
  await expect(mainHeading(page)).toHaveText('Données ouvertes');
  await expect(page.getByText('Licence Ouverte 2.0', { exact: false }).first()).toBeVisible();
  const csv = page.getByRole('link', { name: /au format CSV/ });
  const href = await csv.getAttribute('href');
  expect(href).toBe('/api/v1/open-data/projects.csv');
  const response = await request.get(href ?? '');
  expect(response.ok()).toBe(true);
  await expectNoAxeViolations(page);
});

test('the demo administrator creates a project: field errors where they belong, then the saved record', async ({
  page,
}) => {
  await signInAsDemoAdmin(page);
  // A project belongs to an organisation the author can write in.
  const organisation = await page.request.post('/api/v1/organisations', {
    data: { name: 'Collectif de test de la bibliothèque', kind: 'association' },
  });
  expect(organisation.ok()).toBe(true);

  await page.goto('/bibliotheque/projets/nouveau');
  await expect(mainHeading(page)).toHaveText('Nouvelle fiche projet');
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: 'Titre' }).fill('Ép');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'La fiche n’a pas été enregistrée' });
  await expect(summary).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Titre' })).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('textbox', { name: 'Titre' }).fill('Épicerie solidaire itinérante du plateau');
  await page
    .getByRole('group', { name: /^Thèmes/ })
    .getByRole('checkbox', { name: 'Alimentation et agriculture' })
    .check();
  await page
    .getByRole('textbox', { name: 'Résumé d’une page' })
    .fill('Ce qui marche, ce qui coûte, ce qui a échoué.');
  const territories = page
    .getByRole('textbox', { name: 'Territoires du projet' })
    .or(page.getByRole('combobox', { name: 'Territoires du projet' }));
  await territories.fill('Grenoble');
  // Chosen with the keyboard: the first suggestion, then Enter.
  await expect(page.getByRole('option', { name: /^Grenoble/ }).first()).toBeAttached();
  await territories.press('ArrowDown');
  await territories.press('Enter');
  await expect(page.getByRole('list', { name: 'Territoires choisis' })).toContainText('Grenoble');

  // An unsafe link is refused by the server, and the message lands on that field.
  await page.getByRole('button', { name: 'Ajouter un lien' }).click();
  await page.getByRole('textbox', { name: 'Intitulé' }).fill('Site');
  await page.getByRole('textbox', { name: 'Adresse' }).fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(summary).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Adresse' })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: 'Adresse' }).fill('https://example.org/epicerie');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(mainHeading(page)).toHaveText('Épicerie solidaire itinérante du plateau');
  await expect(page.getByText('Brouillon', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Modifier' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Publier' }).click();
  await expect(page.getByRole('button', { name: 'Repasser en brouillon' })).toBeVisible();

  // To the trash: a dialog (loaded with the editor's actions) asks first; the record then waits in « Mes projets ».
  await page.getByRole('button', { name: 'Mettre à la corbeille' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mettre à la corbeille' });
  await expect(dialog).toContainText('Épicerie solidaire itinérante du plateau');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.getByText('La fiche a été mise à la corbeille.')).toBeVisible();
  await expect(mainHeading(page)).toHaveText('Mes projets');
  await page.getByRole('tab', { name: 'Corbeille' }).click();
  await expect(
    page.getByRole('tabpanel').getByText('Épicerie solidaire itinérante du plateau').first(),
  ).toBeVisible();
});

/** An organisation of the demo administrator's own, so each run works on fresh records. */
async function newOrganisation(page: Page, name: string): Promise<string> {
  const res = await page.request.post('/api/v1/organisations', { data: { name, kind: 'association' } });
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { id: string }).id;
}

test('a large import runs as a job: the server’s progress is shown, then the rejected row, then the result', async ({
  page,
}) => {
  await signInAsDemoAdmin(page);
  const stamp = Date.now().toString(36);
  const organisation = `Import de test ${stamp}`;
  await newOrganisation(page, organisation);
  // Over 512 KB: the server answers 202 and imports in the background (import.jobs.ts).
  const rows = ['titre;résumé;description;thèmes;territoires;phase;statut;publication;visibilité'];
  for (let i = 0; i < 2500; i++)
    rows.push(
      [
        `Atelier vélo ${stamp} n°${i}`,
        'Un atelier de réparation tenu par des bénévoles, ouvert deux soirs par semaine.',
        'Description longue du projet, '.repeat(6),
        'Mobilité',
        i === 7 ? '99999' : '38185',
        'Opération',
        'En cours',
        'brouillon',
        'private',
      ].join(';'),
    );
  const csv = Buffer.from(`\ufeff${rows.join('\r\n')}`, 'utf8');
  expect(csv.length).toBeGreaterThan(512 * 1024);

  await page.goto('/bibliotheque/import');
  await expect(mainHeading(page)).toHaveText('Importer des fiches');
  await page
    .getByRole('combobox', { name: 'Organisation à qui rattacher les fiches' })
    .or(page.getByRole('textbox', { name: 'Organisation à qui rattacher les fiches' }))
    .click();
  await page.getByRole('option', { name: organisation }).click();
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'ateliers.csv', mimeType: 'text/csv', buffer: csv });
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();

  const serverProgress = page.getByRole('progressbar', { name: 'Traitement du fichier par le serveur' });
  // The job's progress, as a bar (zero wide at 0 %, hence attached rather than visible) and as a sentence.
  const serverPercent = page.getByText(/^Fichier traité à \d+\s%\.$/);
  await expect(serverPercent).toBeVisible({ timeout: 60_000 });
  await expect(serverProgress).toBeAttached();
  await expect(page.getByRole('heading', { name: 'Lignes refusées' })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText('2499 lignes valides sur 2500.')).toBeVisible();
  const rejected = page.getByRole('table', { name: /Lignes refusées/ });
  // Line 9 of the file: the header is line 1 and the bad row is the eighth; its territory is named.
  const firstRejected = rejected.getByRole('row').nth(1);
  await expect(firstRejected.getByRole('cell').first()).toHaveText('9');
  await expect(firstRejected).toContainText('territories.0');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Importer les 2499 lignes valides' }).click();
  await expect(serverPercent).toBeVisible({ timeout: 60_000 });
  await expect(serverProgress).toBeAttached();
  await expect(page.getByText('2499 fiches importées, en brouillon.')).toBeVisible({ timeout: 180_000 });
  await expect(serverProgress).toHaveCount(0);
  await expectNoAxeViolations(page);
});

// A 1×1 PNG: the server identifies images by their bytes.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

test('the editor adds an image with its required text alternative, and writes a story reordered with the keyboard', async ({
  page,
}) => {
  await signInAsDemoAdmin(page);
  const stamp = Date.now().toString(36);
  const organisationId = await newOrganisation(page, `Récits de test ${stamp}`);
  const created = await page.request.post('/api/v1/projects', {
    data: { organisationId, title: `Garage solidaire ${stamp}` },
  });
  expect(created.ok(), await created.text()).toBe(true);
  const { id } = (await created.json()) as { id: string };

  await page.goto(`/bibliotheque/projets/${id}/modifier`);
  await expect(page.getByRole('heading', { name: 'Images', exact: true })).toBeVisible();
  await expect(page.getByText('Aucune image pour l’instant.')).toBeVisible();

  // The text alternative is required, and the form says so on the field.
  await page
    .getByLabel('Fichier image')
    .setInputFiles({ name: 'atelier.png', mimeType: 'image/png', buffer: png });
  await page.getByRole('button', { name: 'Ajouter l’image' }).click();
  const alt = page.getByRole('textbox', { name: 'Texte alternatif' });
  await expect(alt).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByText('Texte alternatif obligatoire : décrivez ce que l’image montre.'),
  ).toBeVisible();
  await alt.fill('Bénévoles qui réparent une voiture au garage');
  await page.getByRole('button', { name: 'Ajouter l’image' }).click();
  const images = page.getByRole('list', { name: 'Images de la fiche' });
  await expect(
    images.getByRole('img', { name: 'Bénévoles qui réparent une voiture au garage' }),
  ).toBeVisible();

  // Two phases, the second moved up with the keyboard; focus stays on the moved phase.
  await page.getByRole('button', { name: 'Ajouter une étape' }).click();
  const titles = page.getByRole('textbox', { name: 'Titre de l’étape' });
  await expect(titles.nth(0)).toBeFocused();
  await titles.nth(0).fill('Premier garage');
  await page.getByRole('textbox', { name: 'Début' }).nth(0).fill('2012');
  await page.getByRole('button', { name: 'Ajouter une étape' }).click();
  await expect(titles.nth(1)).toBeFocused();
  await titles.nth(1).fill('Deuxième garage en ville');
  await page.getByRole('textbox', { name: 'Début' }).nth(1).fill('mars 2015');
  await page.getByRole('button', { name: 'Monter l’étape 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Étape 1 : Deuxième garage en ville' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Étape 2 : Premier garage' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Descendre l’étape 1' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'déplacée en position 1' })).toHaveText(
    'Étape « Deuxième garage en ville » déplacée en position 1.',
  );

  // Two sources: the second is removed (focus back on « ajouter »), the first is typed with a bad address and date.
  await page.getByRole('button', { name: 'Ajouter une source' }).click();
  await expect(page.getByRole('textbox', { name: 'Titre de la source' })).toBeFocused();
  await page.getByRole('textbox', { name: 'Titre de la source' }).fill('Rapport d’activité 2016');
  await page.getByRole('button', { name: 'Ajouter une source' }).click();
  await expect(page.getByRole('textbox', { name: 'Titre de la source' }).nth(1)).toBeFocused();
  await page.getByRole('textbox', { name: 'Titre de la source' }).nth(1).fill('Article de presse');
  await page.getByRole('button', { name: 'Retirer la source 2' }).click();
  await expect(page.getByRole('group', { name: /^Source 2/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ajouter une source' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'retirée' })).toHaveText(
    'Source « Article de presse » retirée.',
  );
  const source = page.getByRole('group', { name: 'Source 1 : Rapport d’activité 2016' });
  await source.getByRole('textbox', { name: 'Adresse web' }).fill('garage-solidaire.example/rapport');
  await source.getByRole('textbox', { name: 'Date de publication (facultative)' }).fill('juin 2016');

  // A date the server does not read is refused on its field.
  await page.getByRole('button', { name: 'Enregistrer le récit' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Le récit n’a pas été enregistré' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Début' }).nth(0)).toHaveAttribute('aria-invalid', 'true');
  await expect(source.getByRole('textbox', { name: 'Adresse web' })).toHaveAttribute('aria-invalid', 'true');
  await expect(
    source.getByText('Adresse web invalide : elle doit commencer par http:// ou https://.'),
  ).toBeVisible();
  await expect(source.getByRole('textbox', { name: 'Date de publication (facultative)' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expectNoAxeViolations(page);
  await page.getByRole('textbox', { name: 'Début' }).nth(0).fill('2015-03');
  await source.getByRole('textbox', { name: 'Adresse web' }).fill('https://garage-solidaire.example/rapport');
  await source.getByRole('textbox', { name: 'Date de publication (facultative)' }).fill('2016-06');
  await page.getByRole('button', { name: 'Enregistrer le récit' }).click();
  await expect(page.getByText('Récit enregistré.')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Étape 1 : Deuxième garage en ville' })).toBeVisible();

  await page.getByRole('button', { name: 'Retirer l’étape 2' }).click();
  await expect(page.getByRole('group', { name: /^Étape 2/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ajouter une étape' })).toBeFocused();
  await page.getByRole('button', { name: 'Enregistrer le récit' }).click();
  await expect(page.getByText('Récit enregistré.').first()).toBeVisible();

  await page.goto(`/bibliotheque/projets/${id}`);
  await expect(page.getByRole('heading', { name: 'Récit du changement d’échelle' })).toBeVisible();
  await expect(page.getByText('Deuxième garage en ville').first()).toBeVisible();
  await expect(page.getByText('Premier garage', { exact: true })).toHaveCount(0);
  const sourceLink = page.getByRole('link', { name: 'Rapport d’activité 2016' });
  await expect(sourceLink).toHaveAttribute('href', 'https://garage-solidaire.example/rapport');
  await expect(page.getByRole('listitem').filter({ has: sourceLink })).toHaveText(
    'Rapport d’activité 2016 (juin 2016)',
  );
  await expect(page.getByText('Article de presse')).toHaveCount(0);

  await page.goto(`/bibliotheque/projets/${id}/modifier`);
  await expect(
    page
      .getByRole('group', { name: 'Source 1 : Rapport d’activité 2016' })
      .getByRole('textbox', { name: 'Date de publication (facultative)' }),
  ).toHaveValue('2016-06');
  await page
    .getByRole('button', { name: 'Retirer l’image « Bénévoles qui réparent une voiture au garage »' })
    .click();
  await expect(page.getByText('Image retirée.')).toBeVisible();
  await expect(page.getByText('Aucune image pour l’instant.')).toBeVisible();
  await expectNoAxeViolations(page);
});
