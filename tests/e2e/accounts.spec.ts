import { expect as baseExpect } from '@playwright/test';
// `test` from the fixtures also fails on page errors and Content-Security-Policy violations.
import { expectNoAxeViolations, test } from './fixtures.ts';
import { demoAdmin, linkFromOutbox, mainHeading, signInAsAdmin } from './accounts-support.ts';

// The journey of issue 3: sign up, confirm the address from the outbox, create an organisation, invite a member,
// sign out, sign in with an e-mailed link. E-mails are read where an administrator reads them: the outbox, through
// the administration API, signed in as the demo administrator (a session separate from the browser's).

// The machine running the journeys is shared: give each page up to 30 s to appear.
const expect = baseExpect.configure({ timeout: 30_000 });

test('sign up, confirm the address, create an organisation, invite, sign out, sign in by e-mail link', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const admin = await playwright.request.newContext({ baseURL });
  await signInAsAdmin(admin);

  const stamp = Date.now().toString(36);
  const email = `camille.martin.${stamp}@example.org`;
  const invitee = `dominique.bernard.${stamp}@example.org`;
  const organisationName = `Tiers-lieu des Essarts ${stamp}`;

  // 1. Sign up, from the header's « Se connecter » link.
  await page.goto('/');
  await page.getByRole('link', { name: 'Se connecter' }).first().click();
  await expect(mainHeading(page)).toHaveText('Se connecter');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Créer un compte' }).click();
  await expect(mainHeading(page)).toHaveText('Créer un compte');

  // A password that is too short: the server's message appears on the field and in the focused summary.
  await page.getByLabel('Nom affiché').fill('Camille Martin');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: false }).first().fill('court');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Le formulaire contient une erreur' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: /Mot de passe.*10\scaractères/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Mot de passe', { exact: false }).first().fill('ruche des abeilles au printemps');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(mainHeading(page)).toHaveText('Mon compte');
  await expect(page.getByText('Votre adresse n’est pas encore confirmée', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: /Menu du compte de Camille Martin/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // 2. Confirm the address with the link from the outbox.
  const confirmLink = await linkFromOutbox(admin, email, 'confirm-email', '/compte/confirmer-adresse');
  await page.goto(confirmLink);
  await expect(mainHeading(page)).toHaveText('Confirmation de votre adresse');
  await expect(page.getByText(`L’adresse ${email} est confirmée.`, { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);

  // 3. Create an organisation, from the user menu.
  await page.getByRole('button', { name: /Menu du compte de Camille Martin/ }).click();
  await page.getByRole('menuitem', { name: 'Mes organisations' }).click();
  await expect(mainHeading(page)).toHaveText('Mes organisations');
  await expect(
    page.getByText('Vous ne faites encore partie d’aucune organisation', { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Créer une organisation' }).click();
  await expect(mainHeading(page)).toHaveText('Créer une organisation');

  // Sent empty: the summary lists the two required fields and takes focus.
  await page.getByRole('button', { name: 'Créer l’organisation' }).click();
  const organisationSummary = page
    .getByRole('alert')
    .filter({ hasText: 'Le formulaire contient 2\u00a0erreurs' });
  await expect(organisationSummary).toBeFocused();
  await organisationSummary.getByRole('link', { name: /Type d’organisation/ }).click();
  await expect(page.getByLabel('Type d’organisation')).toBeFocused();

  await page.getByLabel('Nom de l’organisation').fill(organisationName);
  await page.getByLabel('Type d’organisation').selectOption({ label: 'Association' });
  const siren = page.getByLabel('Numéro SIREN (facultatif)');
  await siren.fill('123456789');
  await expect(
    page.getByText('Le SIREN doit compter 9\u00a0chiffres', { exact: false }).first(),
  ).toBeVisible();
  await siren.fill('732829320');
  await expect(page.getByText('SIREN valide.')).toBeVisible();
  const territory = page.getByRole('combobox', { name: 'Territoire principal (facultatif)' });
  await territory.fill('Lyon');
  await page.getByRole('option', { name: /^Lyon – commune \(69123\)/ }).click();
  await expect(page.getByText('Territoire choisi\u00a0: Lyon (69123)')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Créer l’organisation' }).click();

  await expect(mainHeading(page)).toHaveText(organisationName);
  await expect(page.getByText('Votre rôle\u00a0: Propriétaire.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Membres de l’organisation' })).toContainText(
    'Camille Martin',
  );
  await expectNoAxeViolations(page);

  // 4. Invite a member.
  await page.getByLabel('Adresse e-mail de la personne invitée').fill(invitee);
  await page.getByLabel('Rôle proposé').selectOption('viewer');
  await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await expect(page.getByText(`Invitation envoyée à ${invitee}.`)).toBeVisible();
  const pending = page.getByRole('table', { name: 'Invitations en attente' });
  await expect(pending).toContainText(invitee);
  await expect(pending).toContainText('Lecteur');
  await expectNoAxeViolations(page);
  // The invitation e-mail is in the outbox, with a link to the invitation page.
  const invitationLink = await linkFromOutbox(admin, invitee, 'invitation', '/compte/invitation');
  expect(invitationLink).toMatch(/^\/compte\/invitation\?token=/);

  // 5. Sign out.
  await page.getByRole('button', { name: /Menu du compte de Camille Martin/ }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await expect(mainHeading(page)).toHaveText('Faire grandir les projets qui ont fait leurs preuves');
  await expect(page.getByRole('link', { name: 'Se connecter' }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /Menu du compte/ })).toHaveCount(0);

  // 6. Sign in with an e-mailed link.
  await page.getByRole('link', { name: 'Se connecter' }).first().click();
  await expect(mainHeading(page)).toHaveText('Se connecter');
  const magicForm = page.getByRole('form', { name: 'Sans mot de passe' });
  await magicForm.getByLabel('Adresse e-mail').fill(email);
  await magicForm.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
  await expect(
    page.getByText(`Si un compte existe pour ${email}, un lien de connexion vient d’y être envoyé.`, {
      exact: false,
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  const magicLink = await linkFromOutbox(admin, email, 'magic-link', '/compte/lien-de-connexion');
  await page.goto(magicLink);
  await expect(mainHeading(page)).toHaveText('Mon compte');
  await expect(page.getByText(`Connecté en tant que Camille Martin (${email}).`)).toBeVisible();
  // Confirmed earlier: no more reminder.
  await expect(page.getByText('Votre adresse n’est pas encore confirmée', { exact: false })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The link was single-use: opening it again is refused with a clear message.
  await page.goto(magicLink);
  await expect(mainHeading(page)).toHaveText('Connexion par lien');
  await expect(page.getByText('Ce lien ne fonctionne pas')).toBeVisible();
  await expectNoAxeViolations(page);

  await admin.dispose();
});

test.describe('administration', () => {
  // The HTML preview is a frame sandboxed without scripts: Chromium reports each script it blocks there (axe's
  // own injection included), which is the sandbox doing its job.
  test.use({ toleratedPageErrors: [/Blocked script execution in 'about:srcdoc'/] });

  test('the administration lists the outbox and shows a message as text and in a sandboxed frame', async ({
    page,
  }) => {
    test.setTimeout(420_000);
    await page.goto('/compte/connexion');
    const passwordForm = page.getByRole('form', { name: 'Avec votre mot de passe' });
    await passwordForm.getByLabel('Adresse e-mail').fill(demoAdmin.email);
    await passwordForm.getByLabel('Mot de passe').fill(demoAdmin.password);
    await passwordForm.getByRole('button', { name: 'Se connecter' }).click();
    await expect(mainHeading(page)).toHaveText('Mon compte');

    await page.getByRole('button', { name: /Menu du compte/ }).click();
    await page.getByRole('menuitem', { name: 'Administration' }).click();
    await expect(mainHeading(page)).toHaveText('Administration');
    await expectNoAxeViolations(page);

    const adminNav = page.getByRole('navigation', { name: 'Rubriques de l’administration' });
    await adminNav.getByRole('link', { name: 'Comptes' }).click();
    await expect(mainHeading(page)).toHaveText('Comptes');
    await expect(page.getByRole('table', { name: 'Comptes de la plateforme' })).toContainText(
      demoAdmin.email,
    );
    await expectNoAxeViolations(page);

    await adminNav.getByRole('link', { name: 'Organisations' }).click();
    await expect(mainHeading(page)).toHaveText('Organisations');
    await expectNoAxeViolations(page);

    await adminNav.getByRole('link', { name: 'Journal des actions' }).click();
    await expect(mainHeading(page)).toHaveText('Journal des actions');
    await expect(page.getByRole('table', { name: /Actions/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await adminNav.getByRole('link', { name: 'Courriels envoyés' }).click();
    await expect(mainHeading(page)).toHaveText('Courriels envoyés');
    const outbox = page.getByRole('table', { name: /Courriels/ });
    await expect(outbox).toBeVisible();
    await expectNoAxeViolations(page);
    await outbox.getByRole('link').first().click();
    await expect(mainHeading(page)).toHaveText(/^Courriel «\u00a0/);
    await expect(page.getByRole('heading', { name: 'Version texte' })).toBeVisible();
    const frame = page.locator('iframe[title^="Aperçu de la version HTML"]');
    await expect(frame).toHaveAttribute('sandbox', '');
    // axe-core cannot run inside a frame sandboxed without scripts (that is the point of the sandbox), and trying
    // makes Chromium hang: the message page is checked with the frame left out.
    await expectNoAxeViolations(page, { exclude: 'iframe[sandbox]' });
  });
});
