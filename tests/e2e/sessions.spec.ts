import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, test } from './fixtures.ts';
import { signInAs } from './sign-in.ts';

// Training sessions: the demo facilitator creates a session with two meetings and publishes it; a new participant
// registers and finds it in their registrations; the facilitator marks attendance from the keyboard. axe on every page.

const facilitator = { email: 'animation@demo.essaim.localhost', password: 'essaim-demo-2026' };

test.describe.configure({ timeout: 300_000 });

/** A date `days` from today, as the date inputs want it (YYYY-MM-DD). */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function signIn(page: Page, email: string, password: string) {
  await signInAs(page, email, password);
}

test('a facilitator publishes a session, a participant registers, the facilitator marks attendance', async ({
  page,
  browser,
}) => {
  await signIn(page, facilitator.email, facilitator.password);
  await page.goto('/formations/animation');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes sessions (animation)');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Nouvelle session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nouvelle session');
  await expectNoAxeViolations(page);
  const title = `Changement d’échelle, session d’essai ${Date.now()}`;
  await page.getByRole('textbox', { name: 'Titre', exact: true }).fill(title);
  await page
    .getByRole('textbox', { name: /Pourquoi cette session/ })
    .fill('Outiller les porteurs de projets qui veulent essaimer.');
  const first = page.getByRole('group', { name: 'Rencontre 1' });
  await first
    .getByRole('textbox', { name: 'Titre de la rencontre', exact: true })
    .fill('Définitions et méthode');
  await first.getByRole('textbox', { name: 'Date', exact: true }).fill(inDays(60));
  await first.getByRole('textbox', { name: 'Début (heure de Paris)', exact: true }).fill('10:00');
  await first.getByRole('textbox', { name: 'Fin (heure de Paris)', exact: true }).fill('12:00');
  await first
    .getByRole('textbox', { name: 'Lien de webconférence', exact: true })
    .fill('https://visio.demo.essaim.localhost/essai');
  await page.getByRole('button', { name: 'Ajouter une rencontre' }).click();
  const second = page.getByRole('group', { name: 'Rencontre 2' });
  await second.getByRole('textbox', { name: 'Titre de la rencontre', exact: true }).fill('Étude de cas');
  await second.getByRole('textbox', { name: 'Date', exact: true }).fill(inDays(67));
  await second.getByRole('textbox', { name: 'Début (heure de Paris)', exact: true }).fill('14:00');
  await second.getByRole('textbox', { name: 'Fin (heure de Paris)', exact: true }).fill('16:00');
  await page.getByRole('textbox', { name: 'Nombre de places', exact: true }).fill('12');
  await page.getByRole('textbox', { name: 'Date limite d’inscription', exact: true }).fill(inDays(55));
  await page.getByRole('button', { name: 'Créer le brouillon' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Modifier «\u00a0${title}\u00a0»`);
  const sessionUrl = new URL(page.url());
  const sessionId = sessionUrl.pathname.split('/')[2]!;
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Publier' }).click();
  await expect(page.getByText('La session est publiée.')).toBeVisible();

  // An anonymous visitor reads the public page and is invited to sign in; the signed-in people's registration
  // controls, loaded on demand, are never downloaded for them.
  const visitorContext = await browser.newContext({ locale: 'fr-FR' });
  const visitor = await visitorContext.newPage();
  const scripts: string[] = [];
  visitor.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await visitor.goto(`/formations/${sessionId}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(visitor.getByRole('row', { name: /Définitions et méthode/ })).toBeVisible();
  await expect(visitor.getByRole('link', { name: 'Connectez-vous pour vous inscrire' })).toBeVisible();
  await expect(visitor.getByRole('button', { name: 'M’inscrire' })).toHaveCount(0);
  await expectNoAxeViolations(visitor);
  expect(scripts.filter((url) => url.includes('registration-panel'))).toEqual([]);
  await visitorContext.close();

  // A participant, in their own browser context.
  const participantContext = await browser.newContext({ locale: 'fr-FR' });
  const participant = await participantContext.newPage();
  const email = `participante-${Date.now()}@demo.essaim.localhost`;
  const signUp = await participant.request.post('/api/v1/auth/sign-up', {
    data: { email, password: 'une phrase de passe solide', displayName: 'Participante d’essai' },
  });
  expect(signUp.status(), await signUp.text()).toBe(201);
  await participant.goto(`/formations/${sessionId}`);
  await expect(participant.getByRole('heading', { level: 1 })).toHaveText(title);
  await participant.getByRole('button', { name: 'M’inscrire' }).click();
  await expect(participant.getByText('Votre place est confirmée.')).toBeVisible();
  await expectNoAxeViolations(participant);
  await participant.getByRole('link', { name: 'Mes inscriptions' }).click();
  await expect(participant.getByRole('heading', { level: 1 })).toHaveText('Mes inscriptions aux formations');
  await expect(participant.getByRole('link', { name: title })).toBeVisible();
  await expect(participant.getByRole('link', { name: 'Ajouter à mon agenda (.ics)' })).toHaveAttribute(
    'href',
    `/api/v1/training-sessions/${sessionId}/calendar.ics`,
  );
  await expectNoAxeViolations(participant);
  await participantContext.close();

  // The facilitator sees the registration and marks attendance with the keyboard.
  await page.goto(`/formations/${sessionId}/inscriptions`);
  await expect(page.getByRole('rowheader', { name: /Participante d’essai/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page
    .getByRole('navigation', { name: 'Animation de la session' })
    .getByRole('link', { name: 'Présences' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Présences – ${title}`);
  await expectNoAxeViolations(page);
  const box = page.getByRole('checkbox', {
    name: 'Participante d’essai présent·e à «\u00a0Définitions et méthode\u00a0»',
  });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await page.getByRole('button', { name: 'Enregistrer les présences' }).click();
  await expect(page.getByText('1 présence(s) enregistrée(s).')).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('checkbox', {
      name: 'Participante d’essai présent·e à «\u00a0Définitions et méthode\u00a0»',
    }),
  ).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: 'Participante d’essai présent·e à «\u00a0Étude de cas\u00a0»' }),
  ).not.toBeChecked();

  await page.goto(`/formations/${sessionId}/cohorte`);
  await expect(page.getByRole('rowheader', { name: /Participante d’essai/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/formations/${sessionId}/ressources`);
  await page.getByRole('textbox', { name: 'Titre', exact: true }).fill('Support de la première rencontre');
  await page.getByRole('textbox', { name: 'Adresse', exact: true }).fill('https://example.org/support.pdf');
  await page.getByRole('button', { name: 'Partager' }).click();
  await expect(page.getByRole('link', { name: 'Support de la première rencontre' })).toBeVisible();
  await expectNoAxeViolations(page);
});
