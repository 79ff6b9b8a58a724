import { expect as baseExpect } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
// `test` from the fixtures also fails on page errors and Content-Security-Policy violations.
import { expectNoAxeViolations, test } from './fixtures.ts';
import { demoAdmin, linkFromOutbox, mainHeading, signInAsAdmin } from './accounts-support.ts';

// The rest of issue 3 in the browser: a forgotten password reset by e-mail link, a change of password and of
// e-mail address from « Mon compte », then an administrator who makes the account a facilitator and disables it.

const expect = baseExpect.configure({ timeout: 30_000 });

async function signUpConfirmed(
  api: APIRequestContext,
  admin: APIRequestContext,
  page: Page,
  email: string,
  password: string,
) {
  const response = await api.post('/api/v1/auth/sign-up', {
    data: { email, password, displayName: 'Léa Fontaine' },
  });
  expect(response.status(), await response.text()).toBe(201);
  await page.goto(await linkFromOutbox(admin, email, 'confirm-email', '/compte/confirmer-adresse'));
  await expect(page.getByText(`L’adresse ${email} est confirmée.`, { exact: false })).toBeVisible();
}

async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto('/compte/connexion');
  const form = page.getByRole('form', { name: 'Avec votre mot de passe' });
  await form.getByLabel('Adresse e-mail').fill(email);
  await form.getByLabel('Mot de passe').fill(password);
  await form.getByRole('button', { name: 'Se connecter' }).click();
}

test('forgotten password, new password, change of password and of e-mail address', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const admin = await playwright.request.newContext({ baseURL });
  await signInAsAdmin(admin);
  const newcomer = await playwright.request.newContext({ baseURL });
  const stamp = Date.now().toString(36);
  const email = `lea.fontaine.${stamp}@example.org`;
  await signUpConfirmed(newcomer, admin, page, email, 'premier mot de passe du printemps');
  await page.context().clearCookies();

  // 1. « Mot de passe oublié ? » from the sign-in page.
  await page.goto('/compte/connexion');
  await page.getByRole('link', { name: 'Mot de passe oublié\u00a0?' }).click();
  await expect(mainHeading(page)).toHaveText('Mot de passe oublié');
  await expectNoAxeViolations(page);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'Recevoir le lien' }).click();
  await expect(page.getByText(`Si un compte existe pour ${email}`, { exact: false })).toBeVisible();

  // 2. The e-mailed link opens the page that sets a new password and signs in.
  const resetLink = await linkFromOutbox(admin, email, 'reset-password', '/compte/nouveau-mot-de-passe');
  await page.goto(resetLink);
  await expect(mainHeading(page)).toHaveText('Nouveau mot de passe');
  await expectNoAxeViolations(page);
  await page.getByLabel('Nouveau mot de passe').fill('deuxième mot de passe bien plus long');
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page.getByText('Mot de passe enregistré. Vous êtes connecté.')).toBeVisible();

  // The link served once: used again, it is refused with a message and a way to ask for a new one.
  await page.goto(resetLink);
  await page.getByLabel('Nouveau mot de passe').fill('un autre mot de passe qui ne passera pas');
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /lien/ }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Demander un nouveau lien' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The old password no longer opens the account; the new one does.
  await page.context().clearCookies();
  await signInWithPassword(page, email, 'premier mot de passe du printemps');
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /mot de passe/i })
      .first(),
  ).toBeVisible();
  await signInWithPassword(page, email, 'deuxième mot de passe bien plus long');
  await expect(mainHeading(page)).toHaveText('Mon compte');

  // 3. Change of password from « Mon compte ».
  const passwordSection = page.getByRole('region', { name: 'Mot de passe' });
  await passwordSection.getByLabel('Mot de passe actuel').fill('deuxième mot de passe bien plus long');
  await passwordSection.getByLabel('Nouveau mot de passe').fill('troisième mot de passe encore plus long');
  await passwordSection.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await expect(page.getByText('Mot de passe changé. Vos autres sessions ont été fermées.')).toBeVisible();
  await expectNoAxeViolations(page);

  // 4. Change of e-mail address: it changes only once the link sent to the new address is opened.
  const newEmail = `lea.fontaine.nouvelle.${stamp}@example.org`;
  const emailSection = page.getByRole('region', { name: 'Adresse e-mail' });
  await emailSection.getByLabel('Nouvelle adresse e-mail').fill(newEmail);
  await emailSection.getByLabel('Mot de passe actuel').fill('troisième mot de passe encore plus long');
  await emailSection.getByRole('button', { name: 'Changer d’adresse' }).click();
  await expect(
    page.getByText(`Un lien de confirmation a été envoyé à ${newEmail}.`, { exact: false }),
  ).toBeVisible();
  const changeLink = await linkFromOutbox(
    admin,
    newEmail,
    'change-email',
    '/compte/confirmer-nouvelle-adresse',
  );
  await page.goto(changeLink);
  await expect(mainHeading(page)).toHaveText('Confirmation de votre nouvelle adresse');
  await expect(page.getByText(`Votre adresse est désormais ${newEmail}.`)).toBeVisible();
  await expectNoAxeViolations(page);

  await admin.dispose();
  await newcomer.dispose();
});

test('an administrator makes an account facilitator, then disables it: it can no longer sign in', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const admin = await playwright.request.newContext({ baseURL });
  await signInAsAdmin(admin);
  const member = await playwright.request.newContext({ baseURL });
  const stamp = Date.now().toString(36);
  const email = `noe.garnier.${stamp}@example.org`;
  const response = await member.post('/api/v1/auth/sign-up', {
    data: { email, password: 'un mot de passe pour Noé', displayName: `Noé Garnier ${stamp}` },
  });
  expect(response.status(), await response.text()).toBe(201);
  const name = `Noé Garnier ${stamp}`;

  await signInWithPassword(page, demoAdmin.email, demoAdmin.password);
  await expect(mainHeading(page)).toHaveText('Mon compte');
  await page.goto('/administration/comptes');
  await expect(mainHeading(page)).toHaveText('Comptes');
  await page.getByLabel('Rechercher un compte').fill(stamp);
  await page.getByRole('button', { name: 'Rechercher' }).click();
  const table = page.getByRole('table', { name: 'Comptes de la plateforme' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText(email);
  await expectNoAxeViolations(page);

  await table.getByLabel(`Rôle de ${name} sur la plateforme`).selectOption({ label: 'Animateur' });
  await expect(page.getByText(`${name} est désormais «\u00a0Animateur\u00a0».`)).toBeVisible();
  const me = await member.get('/api/v1/auth/me');
  expect(((await me.json()) as { platformRole: string }).platformRole).toBe('facilitator');

  await table.getByRole('button', { name: `Désactiver le compte de ${name}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Ses sessions seront fermées');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.getByText(`Compte de ${name} désactivé.`)).toBeVisible();
  await expect(table).toContainText('Désactivé');

  // Its open session is closed and a new sign-in is refused.
  expect((await member.get('/api/v1/auth/me')).status()).toBe(401);
  const again = await member.post('/api/v1/auth/sign-in', {
    data: { email, password: 'un mot de passe pour Noé' },
  });
  expect(again.status()).toBeGreaterThanOrEqual(400);
  expect(again.status()).toBeLessThan(500);

  await admin.dispose();
  await member.dispose();
});
