import { expect } from '@playwright/test';
import { DEMO_MODEL_IDS } from '../../src/server/models/models.demo.ts';
import { expectNoAxeViolations, test } from './fixtures.ts';
import { signInAs } from './sign-in.ts';

// Transfer kits: the public kit page of a demo kit without an account, then, as the demo administrator, a draft
// edited and published from the editor.

const adminEmail = 'admin@demo.essaim.localhost';
const adminPassword = 'essaim-demo-2026';

test.describe.configure({ timeout: 300_000 });

test('the public kit page is readable without an account', async ({ page }) => {
  await page.goto(`/kits/${DEMO_MODEL_IDS.centralesVillageoises}/versions/1`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Centrales Villageoises');
  await expect(page.getByRole('heading', { level: 3, name: /Émergence/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Je veux reproduire ce projet' })).toBeVisible();
  // A light export is ready at once: its link appears and takes the focus.
  await page.getByRole('button', { name: 'Exporter en Markdown' }).click();
  const markdown = page.getByRole('link', { name: /Télécharger le fichier Markdown \(\d+\s?ko\)/ });
  await expect(markdown).toBeFocused();
  await expect(
    page.locator('[role="status"][aria-live="polite"]', { hasText: 'Export Markdown prêt.' }),
  ).toHaveCount(1);
  const file = await page.request.get((await markdown.getAttribute('href'))!);
  expect(file.status()).toBe(200);
  expect(await file.text()).toContain('# Centrales Villageoises');
  await expectNoAxeViolations(page);
  await page.goto('/modeles');
  await expect(page.getByRole('link', { name: 'Bricobus' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a draft edited and published by the demo administrator', async ({ page }) => {
  await signInAs(page, adminEmail, adminPassword);
  const kit = (await (
    await page.request.get(`/api/v1/kits/${DEMO_MODEL_IDS.bricobus}/versions/1`)
  ).json()) as { projectId: string };
  const json = await (
    await page.request.get(`/api/v1/models/${DEMO_MODEL_IDS.bricobus}/versions/1/export?format=json`)
  ).json();
  const imported = await page.request.post(`/api/v1/projects/${kit.projectId}/models/import`, { data: json });
  expect(imported.status(), await imported.text()).toBe(201);
  const modelId = ((await imported.json()) as { id: string }).id;
  // A statutes file over 2 MB: the zip of this kit is then made by a background job.
  const statutes = Buffer.concat([
    Buffer.from('%PDF-1.7\n'),
    Buffer.alloc(2_200_000, 0x20),
    Buffer.from('%%EOF\n'),
  ]);
  const uploaded = await page.request.post(`/api/v1/models/${modelId}/resources?type=pdf&name=statuts.pdf`, {
    data: statutes,
    headers: { 'content-type': 'application/octet-stream' },
  });
  expect(uploaded.status(), await uploaded.text()).toBe(201);

  await page.goto(`/modeles/${modelId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bricobus');
  await expectNoAxeViolations(page);
  const identity = page.getByRole('region', { name: 'Identité' });
  await identity
    .getByLabel('Résultats déjà obtenus')
    .fill('19 véhicules en janvier 2021 ; nouvelle version de démonstration.');
  // A prerequisite names the replicator-fit questions that check it by their text, never by an id.
  const fitQuestions = page.getByLabel('Questions liées du diagnostic d’adéquation').first();
  await fitQuestions.click();
  await fitQuestions.fill('besoin auquel');
  await page.getByRole('option', { name: /besoin auquel répond le modèle est-il constaté/ }).click();
  await page.keyboard.press('Escape');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Enregistré.')).toBeVisible();
  const draft = (await (await page.request.get(`/api/v1/models/${modelId}`)).json()) as {
    content: { prerequisites: { fitQuestionIds: string[] }[] };
  };
  expect(draft.content.prerequisites[0]!.fitQuestionIds).toContain('local-need.observed');
  await page.getByRole('button', { name: 'Publier une version' }).click();
  await page.getByLabel(/Note de version/).fill('Résultats mis à jour');
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await expect(page.getByText('Version 1 publiée.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');

  // The zip with the files, from the keyboard: progress shown while the job runs, then the link, focused.
  const zipButton = page.getByRole('button', { name: 'Exporter en Zip avec les fichiers' });
  await zipButton.focus();
  await page.keyboard.press('Enter');
  // The bar's filled part has no width at 0 %: the bar is attached, its text visible.
  await expect(
    page.getByRole('progressbar', { name: 'Progression de l’export Zip avec les fichiers' }),
  ).toBeAttached();
  const zipProgress = /^Export Zip avec les fichiers(\sen attente…|\s:\s\d+\s%)$/;
  // Shown under the buttons, and spoken by the polite live region.
  await expect(page.getByRole('paragraph').filter({ hasText: zipProgress })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Export Zip avec les fichiers/ })).toHaveCount(1);
  await expectNoAxeViolations(page);
  const zipLink = page.getByRole('link', {
    name: /Télécharger le fichier Zip avec les fichiers \(2(,\d)?\s?Mo\)/,
  });
  await expect(zipLink).toBeFocused({ timeout: 60_000 });
  const zip = await page.request.get((await zipLink.getAttribute('href'))!);
  expect(zip.status()).toBe(200);
  expect(zip.headers()['content-type']).toBe('application/zip');
  expect((await zip.body()).length).toBeGreaterThan(2_000_000);
});
