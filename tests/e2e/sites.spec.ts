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
});
