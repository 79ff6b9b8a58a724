import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, test } from './fixtures.ts';
import { signInAs } from './sign-in.ts';

// Facilitators accompanying projects over months, and the session editor's pickers. The demo library editor
// invites the demo facilitator to follow Centrales Villageoises from the project's page; the facilitator finds it in
// their portfolio (comparison, sites), keeps a private note, and the project's side ends the follow. In the session
// editor, method pages and case studies are chosen by title from the keyboard. axe on every page.

const facilitator = { email: 'animation@demo.essaim.localhost', password: 'essaim-demo-2026' };
const libraryEditor = { email: 'bibliotheque@demo.essaim.localhost', password: 'essaim-demo-2026' };
const centrales = '/bibliotheque/projets/de0b0000-0000-4000-8000-000000000001';

test.describe.configure({ timeout: 300_000 });

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Ends every follow left by an earlier run, so that the invitation below is not refused as a duplicate. */
async function endFollows(page: Page) {
  const section = page.getByRole('region', { name: 'Accompagnement' });
  await expect(section.getByRole('textbox', { name: /Adresse de l’animatrice/ })).toBeVisible();
  const ends = section.getByRole('button', { name: /^Arrêter le suivi par/ });
  // One click at a time, each waiting for its row to go: clicking again while the list is being refreshed hit a
  // button about to disappear (a flaky run in CI).
  for (let left = await ends.count(); left > 0; left -= 1) {
    await ends.first().click();
    await expect(page.getByText('Le suivi est arrêté.').first()).toBeVisible();
    await expect(ends).toHaveCount(left - 1);
  }
}

test('a project invites a facilitator, who compares it in their portfolio and keeps private notes', async ({
  page,
  browser,
}) => {
  await signInAs(page, libraryEditor.email, libraryEditor.password);
  await page.goto(centrales);
  await endFollows(page);
  const section = page.getByRole('region', { name: 'Accompagnement' });
  await expect(section.getByText('Personne ne suit ce projet pour le moment.')).toBeVisible();
  const email = section.getByRole('textbox', { name: /Adresse de l’animatrice/ });
  await email.fill('personne@demo.essaim.localhost');
  await section.getByRole('button', { name: 'Inviter à suivre le projet' }).click();
  await expect(section.getByText(/Aucun animateur ou animatrice de formation/)).toBeVisible();
  await email.fill(facilitator.email);
  await section.getByRole('button', { name: 'Inviter à suivre le projet' }).click();
  await expect(section.getByText(/animation@demo\.essaim\.localhost/)).toBeVisible();
  await expectNoAxeViolations(page);

  const facilitatorContext = await browser.newContext({ locale: 'fr-FR' });
  const mine = await facilitatorContext.newPage();
  await signInAs(mine, facilitator.email, facilitator.password);
  await mine.goto('/formations/animation');
  await mine.getByRole('link', { name: 'Projets que j’accompagne' }).click();
  await expect(mine.getByRole('heading', { level: 1 })).toHaveText('Projets que j’accompagne');
  const row = mine.getByRole('row', { name: /Centrales Villageoises/ });
  await expect(row).toBeVisible();
  await expect(
    mine.getByRole('table', { name: /Dernier diagnostic, feuille de route et sites/ }),
  ).toBeVisible();
  await expectNoAxeViolations(mine);

  const card = mine.getByRole('region', { name: /Centrales Villageoises/ });
  const note = `Relancer sur le modèle économique (${Date.now()})`;
  await card.getByRole('textbox', { name: 'Mes notes privées' }).fill(note);
  await card.getByRole('button', { name: 'Enregistrer les notes' }).click();
  await expect(mine.getByText('Notes enregistrées.')).toBeVisible();
  await mine.reload();
  await expect(
    mine
      .getByRole('region', { name: /Centrales Villageoises/ })
      .getByRole('textbox', { name: 'Mes notes privées' }),
  ).toHaveValue(note);
  await expect(mine.getByText(/Dernière modification le/)).toBeVisible();
  await expectNoAxeViolations(mine);

  // Following the project gives read-only access to its diagnostics: the card links to the latest one's result.
  await mine
    .getByRole('region', { name: /Centrales Villageoises/ })
    .getByRole('link', { name: /^Lire le dernier diagnostic de Centrales Villageoises/ })
    .click();
  await expect(mine).toHaveURL(/\/diagnostics\/[^/]+\/resultat$/);
  await expect(mine.getByRole('heading', { level: 1 })).toContainText('Résultat');
  await expect(mine.getByRole('heading', { level: 1 })).toContainText('Centrales Villageoises');
  await expectNoAxeViolations(mine);
  await mine.goBack();

  // The project's side ends the follow: the project leaves the portfolio.
  await page.reload();
  await endFollows(page);
  await expect(section.getByText('Personne ne suit ce projet pour le moment.')).toBeVisible();
  await mine.reload();
  await expect(mine.getByRole('row', { name: /Centrales Villageoises/ })).toHaveCount(0);
  await facilitatorContext.close();
});

test('the session editor links method pages and case studies chosen by title from the keyboard', async ({
  page,
}) => {
  await signInAs(page, facilitator.email, facilitator.password);
  await page.goto('/formations/animation/nouvelle');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nouvelle session');
  const title = `Session avec liens ${Date.now()}`;
  await page.getByRole('textbox', { name: 'Titre', exact: true }).fill(title);
  const first = page.getByRole('group', { name: 'Rencontre 1' });
  await first.getByRole('textbox', { name: 'Titre de la rencontre', exact: true }).fill('Étude de cas');
  await first.getByRole('textbox', { name: 'Date', exact: true }).fill(inDays(60));
  await page.getByRole('textbox', { name: 'Nombre de places', exact: true }).fill('20');
  await page.getByRole('textbox', { name: 'Date limite d’inscription', exact: true }).fill(inDays(50));

  const method = page.getByRole('combobox', { name: 'Pages de méthode liées' });
  await method.focus();
  await page.keyboard.type('franchise');
  await expect(page.getByRole('option', { name: 'Franchise sociale' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');

  const cases = page.getByRole('combobox', { name: 'Études de cas liées' });
  await cases.focus();
  await page.keyboard.type('Bricobus');
  await expect(page.getByRole('option', { name: /Bricobus/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /Terres de Sources/ })).toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');

  const meetingCase = first.getByRole('combobox', { name: 'Étude de cas présentée' });
  await meetingCase.focus();
  await page.keyboard.type('Terres');
  // The server answers as one types: wait for the narrowed list before choosing its first option.
  await expect(page.getByRole('option', { name: /Terres de Sources/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /Centrales Villageoises/ })).toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(meetingCase).toHaveValue(/Terres de Sources/);

  await page.getByRole('button', { name: 'Créer le brouillon' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Modifier «\u00a0${title}\u00a0»`);
  // After saving, the editor shows the choices by title again.
  await expect(page.getByText('Franchise sociale', { exact: true })).toBeVisible();
  await expect(page.getByText(/Bricobus/).first()).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Étude de cas présentée' })).toHaveValue(
    /Terres de Sources/,
  );
  await expectNoAxeViolations(page);

  await page
    .getByRole('navigation', { name: 'Animation de la session' })
    .getByRole('link', { name: 'Page publique' })
    .click();
  const further = page.getByRole('region', { name: 'Pour aller plus loin' });
  await expect(further.getByRole('link', { name: 'Franchise sociale' })).toHaveAttribute(
    'href',
    '/methode/strategies/franchise',
  );
  await expect(further.getByRole('link', { name: /Bricobus/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Étude de cas\s: Terres de Sources/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
