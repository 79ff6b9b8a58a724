import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { DEMO_PROJECT_IDS } from '../../src/server/library/library.demo.data.ts';
import { expectNoAxeViolations, test } from './fixtures.ts';
import { signInAs } from './sign-in.ts';

// The method pages (overview, a strategy, search), then the diagnostics as the demo administrator: the completed
// diagnostic of the Centrales Villageoises (seeded by the server's demo content), and a new diagnostic answered,
// reloaded and found as it was left.

const adminEmail = 'admin@demo.essaim.localhost';
const adminPassword = 'essaim-demo-2026';
const centralesProjectId = DEMO_PROJECT_IDS.centralesVillageoises;

// Each journey visits several pages with an axe-core run on each: on the shared 2-core machine that takes minutes.
test.describe.configure({ timeout: 300_000 });

function mainHeading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

type Summary = { id: string; title: string; status: string; instrumentId: string };

/**
 * The completed readiness diagnostic of the Centrales Villageoises project. The demo seeder creates it; should it be
 * missing, the same reference answers (content/instruments/examples) are entered through the API, which gives the
 * same result.
 */
async function centralesDiagnostic(request: APIRequestContext): Promise<Summary> {
  const list = (await (await request.get(`/api/v1/projects/${centralesProjectId}/diagnostics`)).json()) as {
    items: Summary[];
  };
  const seeded = list.items.find((d) => d.status === 'completed' && d.instrumentId === 'carrier-readiness');
  if (seeded) return seeded;
  const example = JSON.parse(
    readFileSync(
      new URL('../../content/instruments/examples/centrales-villageoises.json', import.meta.url),
      'utf8',
    ),
  ) as { title: { fr: string }; answers: Record<string, unknown> };
  const created = (await (
    await request.post(`/api/v1/projects/${centralesProjectId}/diagnostics`, {
      data: { instrumentId: 'carrier-readiness', title: example.title.fr },
    })
  ).json()) as Summary & { version: number };
  const saved = (await (
    await request.patch(`/api/v1/diagnostics/${created.id}/answers`, {
      data: { version: created.version, answers: example.answers },
    })
  ).json()) as { version: number };
  const completed = await request.post(`/api/v1/diagnostics/${created.id}/complete`, {
    data: { version: saved.version },
  });
  expect(completed.status(), await completed.text()).toBe(200);
  return { ...created, status: 'completed' };
}

test('the method: overview with the strategy ladder and glossary, a strategy page, a search', async ({
  page,
}) => {
  await page.goto('/methode');
  await expect(mainHeading(page)).toHaveText('La méthode du changement d’échelle');
  await expect(page).toHaveTitle('La méthode du changement d’échelle – Essaim');
  const ladder = page.getByRole('list', { name: 'Échelle des stratégies selon le degré de maîtrise' });
  await expect(ladder.getByRole('listitem')).toHaveCount(6);
  await expect(ladder.getByRole('listitem').first()).toContainText('Niveau de maîtrise 1 sur 6');
  await expect(page.getByRole('heading', { name: 'Glossaire de A à Z' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Sécuriser le projet d’origine pendant le changement d’échelle' }),
  ).toBeVisible();
  // Sources are named « D’après : … » with links to the frameworks.
  await expect(page.getByText(/^D’après\u00a0:/).first()).toBeVisible();
  // Glossary terms in method text link to their definition.
  await expect(
    page.locator('a[href^="/methode/glossaire/"]').filter({ hasText: '(définition)' }).first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await ladder.getByRole('link', { name: 'Franchise sociale' }).click();
  await expect(page).toHaveURL('/methode/strategies/franchise');
  await expect(mainHeading(page)).toHaveText('Franchise sociale');
  await expect(mainHeading(page)).toBeFocused();
  await expect(page.getByText('Niveau de maîtrise 4 sur 6')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ce qu’elle demande au porteur' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Risques' })).toBeVisible();
  await expectNoAxeViolations(page);

  const search = page.getByRole('search', { name: 'Chercher dans la méthode' });
  await search.getByRole('searchbox', { name: 'Chercher dans la méthode' }).fill('bénévoles');
  await search.getByRole('button', { name: 'Chercher' }).click();
  await expect(page).toHaveURL(/\/methode\/recherche\?q=b%C3%A9n%C3%A9voles/);
  await expect(mainHeading(page)).toHaveText('Recherche «\u00a0bénévoles\u00a0» dans la méthode');
  await expect(page.getByText(/^\d+\u00a0résultats?$/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'L’essoufflement des bénévoles' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the Centrales Villageoises results, then a new diagnostic answered, reloaded and kept', async ({
  page,
}) => {
  await signInAs(page, adminEmail, adminPassword);
  const diagnostic = await centralesDiagnostic(page.request);
  const full = (await (await page.request.get(`/api/v1/diagnostics/${diagnostic.id}`)).json()) as {
    result: { verdict: { id: string }; dimensions: unknown[] };
  };
  const instrument = (await (
    await page.request.get('/api/v1/instruments/carrier-readiness/versions/1')
  ).json()) as {
    rules: { verdictLabels: Record<string, { title: { fr: string } }> };
  };
  const verdictTitle = instrument.rules.verdictLabels[full.result.verdict.id].title.fr;

  // The project's history lists the completed diagnostic.
  await page.goto(`/diagnostics/projets/${centralesProjectId}`);
  await expect(mainHeading(page)).toContainText('Diagnostics');
  const history = page.getByRole('table', { name: 'Diagnostics du projet, du plus récent au plus ancien' });
  await expect(history.getByRole('link', { name: diagnostic.title, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await history.getByRole('link', { name: diagnostic.title, exact: true }).click();
  await expect(page).toHaveURL(`/diagnostics/${diagnostic.id}/resultat`);
  await expect(mainHeading(page)).toHaveText(`Résultat\u00a0: ${diagnostic.title}`);
  await expect(page.getByTestId('verdict-title')).toHaveText(verdictTitle);
  const table = page.getByRole('table', { name: 'Scores par dimension (sur 100)' });
  await expect(table.getByRole('row')).toHaveCount(full.result.dimensions.length + 1);
  await expect(
    table.getByRole('rowheader', { name: 'Motivation : pourquoi changer d’échelle' }),
  ).toBeVisible();
  // The lazily loaded radar chart is drawn next to its table.
  await expect(page.locator('.recharts-wrapper svg').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Stratégies classées' })).toBeVisible();
  const why = page.getByRole('button', { name: 'Pourquoi\u00a0?' }).first();
  await why.click();
  await expect(page.getByRole('button', { name: 'Masquer le pourquoi' }).first()).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(page.getByText(/^Règle /).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Télécharger le résultat en PDF' })).toHaveAttribute(
    'href',
    `/api/v1/diagnostics/${diagnostic.id}/result.pdf?lang=fr`,
  );
  await expectNoAxeViolations(page);

  // A new readiness diagnostic for the same project.
  await page.getByRole('link', { name: 'Historique du projet' }).click();
  await expect(page).toHaveURL(`/diagnostics/projets/${centralesProjectId}`);
  await page.getByRole('radio', { name: /Mon projet est-il prêt à changer d’échelle/ }).check();
  await page.getByRole('textbox', { name: 'Titre du diagnostic' }).fill('Point d’étape e2e');
  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect(page).toHaveURL(/\/diagnostics\/[0-9a-f-]{36}\?etape=1$/);
  await expect(mainHeading(page)).toHaveText('Point d’étape e2e');
  await expect(page.getByText('Étape 1 sur 14', { exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Étapes du diagnostic' }).getByRole('link')).toHaveCount(
    14,
  );
  await expectNoAxeViolations(page);

  const reason = page.getByRole('group', { name: /Qu’est-ce qui vous pousse aujourd’hui/ });
  await reason.getByRole('checkbox', { name: 'D’autres territoires nous le demandent' }).check();
  const goal = page.getByRole('group', { name: /Savez-vous dire quel changement/ });
  await goal.getByRole('radio', { name: 'Un objectif écrit', exact: true }).check();
  const agreement = page.getByRole('group', { name: /Vos instances .* sont-elles d’accord/ });
  await agreement.getByRole('radio', { name: 'Je ne sais pas' }).check();
  await expect(page.getByTestId('save-indicator')).toHaveText(/Enregistré à \d{1,2}\s*h\s*\d{2}/);
  await expect(page.getByText('3 questions répondues sur', { exact: false })).toBeVisible();

  await page.reload();
  await expect(page.getByText('Étape 1 sur 14', { exact: true })).toBeVisible();
  await expect(
    reason.getByRole('checkbox', { name: 'D’autres territoires nous le demandent' }),
  ).toBeChecked();
  await expect(goal.getByRole('radio', { name: 'Un objectif écrit', exact: true })).toBeChecked();
  await expect(agreement.getByRole('radio', { name: 'Je ne sais pas' })).toBeChecked();
  await expectNoAxeViolations(page);

  // The next step, from the buttons under the questions: focus moves to the step's heading.
  await page.getByRole('link', { name: 'Étape suivante' }).click();
  await expect(page).toHaveURL(/\?etape=2$/);
  await expect(page.getByText('Étape 2 sur 14', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Problème et besoin' })).toBeFocused();
  await expectNoAxeViolations(page);
});

test('a replicator-fit diagnostic with its territory, put in the trash and restored', async ({ page }) => {
  await signInAs(page, adminEmail, adminPassword);
  await page.goto(`/diagnostics/projets/${centralesProjectId}`);
  await page.getByRole('radio', { name: /Ce modèle convient-il à mon territoire/ }).check();
  const title = `Adéquation e2e ${Date.now()}`;
  await page.getByRole('textbox', { name: 'Titre du diagnostic' }).fill(title);
  await page.getByRole('textbox', { name: 'Modèle envisagé' }).fill('Bricobus');
  // A wrong code is refused, naming the field.
  await page.getByRole('textbox', { name: 'Code du territoire' }).fill('99999');
  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect(page.getByRole('alert').getByRole('link', { name: /Code du territoire/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('textbox', { name: 'Code du territoire' }).fill('38185');
  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect(page).toHaveURL(/\/diagnostics\/[0-9a-f-]{36}\?etape=1$/);
  const id = /\/diagnostics\/([0-9a-f-]{36})/.exec(page.url())![1];
  const created = (await (await page.request.get(`/api/v1/diagnostics/${id}`)).json()) as {
    territory: { code: string; name: string } | null;
  };
  expect(created.territory).toMatchObject({ code: '38185', name: 'Grenoble' });

  await page.goto(`/diagnostics/projets/${centralesProjectId}`);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: `Mettre à la corbeille, ${title}` }).click();
  const trash = page.getByRole('region', { name: 'Corbeille' });
  await expect(trash.getByTestId('trash')).toContainText(title);
  await expectNoAxeViolations(page);
  await trash.getByRole('button', { name: `Restaurer, ${title}` }).click();
  const history = page.getByRole('table', { name: 'Diagnostics du projet, du plus récent au plus ancien' });
  await expect(history.getByRole('link', { name: title, exact: true })).toBeVisible();
  await expect(trash).not.toContainText(title);
});
