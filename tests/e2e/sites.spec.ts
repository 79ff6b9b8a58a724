import { expect, type Page } from '@playwright/test';
import { DEMO_MODEL_IDS } from '../../src/server/models/models.demo.ts';
import { expectNoAxeViolations, test } from './fixtures.ts';
import { signInAs as signInWithSession } from './sign-in.ts';

// Replication sites: a replicator asks to reproduce a public kit, the carrier accepts, the site's stage changes, a
// step is ticked and both sides exchange messages. Demo people: the replicator runs demo sites' organisations; the
// library's demo editor owns the carriers' organisations.

const password = 'essaim-demo-2026';
const replicator = 'sites@demo.essaim.localhost';
const carrier = 'bibliotheque@demo.essaim.localhost';

test.describe.configure({ timeout: 300_000 });

async function signInAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signInWithSession(page, email, password);
}

test('request a kit, accept it, change the stage, tick a step and exchange messages', async ({ page }) => {
  const siteName = `Sources du Diois ${Date.now()}`;
  await signInAs(page, replicator);
  await page.goto(`/kits/${DEMO_MODEL_IDS.terresDeSources}/versions/1`);
  await page.getByRole('link', { name: 'Je veux reproduire ce projet' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Reproduire/);
  await expectNoAxeViolations(page);
  await page.getByRole('combobox', { name: 'Organisation qui reproduit le projet' }).click();
  await page.getByRole('option', { name: /Plateau du Vercors/ }).click();
  await page.getByLabel('Nom du futur site').fill(siteName);
  const territories = page
    .getByRole('textbox', { name: /^Territoire/ })
    .or(page.getByRole('combobox', { name: /^Territoire/ }));
  await territories.fill('Die');
  await expect(page.getByRole('option', { name: /^Die/ }).first()).toBeAttached();
  await territories.press('ArrowDown');
  await territories.press('Enter');
  await expect(page.getByRole('list', { name: 'Territoires choisis' })).toContainText('Die');
  await page
    .getByLabel('Motivation')
    .fill('Protéger les captages du Diois en achetant aux fermes situées en amont.');
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Demande\u00a0: ${siteName}`);
  await expect(page.getByText('En attente du porteur')).toBeVisible();
  await expectNoAxeViolations(page);

  await signInAs(page, carrier);
  await page.goto('/sites');
  await page.getByRole('tab', { name: 'Demandes reçues' }).click();
  await page.getByRole('link', { name: siteName }).click();
  await page.getByRole('button', { name: 'Accepter' }).click();
  await expect(page.getByText('Acceptée')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Ouvrir le site créé' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(siteName);
  await expectNoAxeViolations(page);

  await page.getByRole('combobox', { name: 'Nouvelle étape' }).click();
  await page.getByRole('option', { name: 'Étude d’opportunité' }).click();
  await page.getByLabel('Note (facultatif)').fill('Réunion avec les élus');
  await page.getByRole('button', { name: 'Changer d’étape' }).click();
  const history = page.getByRole('region', { name: 'Étape', exact: true }).getByRole('table');
  await expect(history).toContainText('Réunion avec les élus');
  const checklist = page.getByRole('region', { name: 'Étapes du kit' });
  // The box shows the saved state: it turns checked once the server has recorded the step.
  const firstStep = checklist.getByRole('checkbox').first();
  await firstStep.click();
  await expect(firstStep).toBeChecked();
  await expect(checklist.getByText(/% des étapes faites/)).not.toHaveText(/^0/);
  await page.getByLabel('Votre message').fill('Bienvenue ! Voici nos contacts techniques.');
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await expect(page.getByRole('region', { name: 'Conversation' })).toContainText(
    'Voici nos contacts techniques',
  );
  await expectNoAxeViolations(page);

  await signInAs(page, replicator);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(siteName);
  await page.getByLabel('Votre message').fill('Merci, nous les appelons cette semaine.');
  await page.getByRole('button', { name: 'Envoyer' }).click();
  const thread = page.getByRole('region', { name: 'Conversation' });
  await expect(thread).toContainText('Voici nos contacts techniques');
  await expect(thread).toContainText('nous les appelons cette semaine');
  await expect(page.getByRole('region', { name: 'Étape', exact: true })).toContainText('Étude d’opportunité');
  await expectNoAxeViolations(page);

  // The site team finds where to report its indicators, and comes back; the carrier's dashboard is not theirs.
  await page.getByRole('link', { name: `Saisir et consulter les indicateurs de ${siteName}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Indicateurs de ${siteName}`);
  await expect(page.getByRole('link', { name: 'Retour au tableau de bord' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: `Retour à la fiche du site ${siteName}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(siteName);
});

// The library's demo editor also owns the fictional intercommunality of the Plateau, whose completed replicator-fit
// diagnostic is part of the demo: it asks for a kit with that diagnostic attached, then withdraws the request.
const plateau = /Communauté de communes fictive du Plateau/;

async function fillRequest(page: Page, siteName: string) {
  await page.getByRole('combobox', { name: 'Organisation qui reproduit le projet' }).click();
  await page.getByRole('option', { name: plateau }).click();
  await page.getByLabel('Nom du futur site').fill(siteName);
  const territories = page
    .getByRole('textbox', { name: /^Territoire/ })
    .or(page.getByRole('combobox', { name: /^Territoire/ }));
  await territories.fill('Die');
  await expect(page.getByRole('option', { name: /^Die/ }).first()).toBeAttached();
  await territories.press('ArrowDown');
  await territories.press('Enter');
  await expect(page.getByRole('list', { name: 'Territoires choisis' })).toContainText('Die');
  await page
    .getByLabel('Motivation')
    .fill('Des ménages modestes du Plateau attendent un atelier mobile de bricolage.');
}

test('attach a completed fit diagnostic to a request, then withdraw it', async ({ page }) => {
  const siteName = `Bricobus du Plateau ${Date.now()}`;
  await signInAs(page, carrier);
  await page.goto(`/sites/demande/${DEMO_MODEL_IDS.terresDeSources}/1`);
  const picker = page.getByRole('combobox', { name: /Diagnostic d’adéquation à joindre/ });
  await expect(picker).toBeDisabled();
  await fillRequest(page, siteName);
  await expect(picker).toBeEnabled();
  const option = picker.locator('option', { hasText: /terminé le/ }).first();
  const diagnosticTitle = ((await option.textContent()) ?? '').replace(/ \(terminé le.*$/, '');
  await picker.selectOption({ label: (await option.textContent()) ?? '' });
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Demande\u00a0: ${siteName}`);
  await expect(page.getByRole('region', { name: /Diagnostic d’adéquation joint/ })).toContainText(
    diagnosticTitle,
  );

  await page.getByRole('button', { name: 'Retirer ma demande' }).click();
  const dialog = page.getByRole('dialog', { name: 'Retirer la demande' });
  await expect(dialog).toContainText(`«\u00a0${siteName}\u00a0»`);
  await expect(dialog.getByRole('button', { name: 'Fermer la fenêtre' })).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByLabel('Raison (facultatif)').fill('Le conseil communautaire a reporté le projet.');
  await dialog.getByRole('button', { name: 'Retirer la demande' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Retirée par son auteur')).toBeVisible();
  await expect(
    page.getByText('Raison du retrait\u00a0: Le conseil communautaire a reporté le projet.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retirer ma demande' })).toHaveCount(0);
  await expect(page.getByLabel('Votre message')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a site’s documents, its indicator page and back, and the carrier’s trash', async ({ page }) => {
  const siteName = `Sources du Plateau ${Date.now()}`;
  await signInAs(page, carrier);
  await page.goto(`/sites/demande/${DEMO_MODEL_IDS.terresDeSources}/1`);
  await fillRequest(page, siteName);
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Demande\u00a0: ${siteName}`);
  await page.getByRole('button', { name: 'Accepter' }).click();
  await page.getByRole('link', { name: 'Ouvrir le site créé' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(siteName);

  const documents = page.getByRole('region', { name: 'Documents' });
  await documents.locator('input[type=file]').setInputFiles({
    name: 'compte-rendu.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Compte rendu de la réunion avec les élus du Plateau.\n'),
  });
  await expect(documents.getByRole('link', { name: 'compte-rendu.txt' })).toBeVisible();
  await documents.getByRole('button', { name: 'Retirer le document compte-rendu.txt' }).click();
  const confirm = page.getByRole('dialog', { name: 'Retirer le document' });
  await expect(confirm.getByRole('button', { name: 'Fermer la fenêtre' })).toBeVisible();
  await expectNoAxeViolations(page);
  // Cancelling keeps the document; confirming removes it.
  await confirm.getByRole('button', { name: 'Annuler' }).click();
  await expect(documents.getByRole('link', { name: 'compte-rendu.txt' })).toBeVisible();
  await documents.getByRole('button', { name: 'Retirer le document compte-rendu.txt' }).click();
  await confirm.getByRole('button', { name: 'Retirer le document' }).click();
  await expect(documents.getByRole('link', { name: 'compte-rendu.txt' })).toHaveCount(0);

  await page.getByRole('link', { name: `Saisir et consulter les indicateurs de ${siteName}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Indicateurs de ${siteName}`);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: `Retour à la fiche du site ${siteName}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(siteName);

  await page.getByRole('button', { name: 'Supprimer le site' }).click();
  const remove = page.getByRole('dialog', { name: 'Supprimer le site' });
  await expect(remove).toContainText('30\u00a0jours');
  await expectNoAxeViolations(page);
  await remove.getByRole('button', { name: 'Mettre à la corbeille' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sites d’essaimage');
  await page.getByRole('tab', { name: 'Sites que je porte' }).click();
  await expect(page.getByRole('link', { name: siteName })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Corbeille' }).click();
  await expect(page.getByRole('row', { name: new RegExp(siteName) })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: `Restaurer ${siteName}` }).click();
  await expect(page.getByRole('row', { name: new RegExp(siteName) })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Sites que je porte' }).click();
  await expect(page.getByRole('link', { name: siteName })).toBeVisible();
});
