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
  await expect(page.getByRole('link', { name: 'PDF' })).toHaveAttribute('href', /format=pdf/);
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

  await page.goto(`/modeles/${modelId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bricobus');
  await expectNoAxeViolations(page);
  const identity = page.getByRole('region', { name: 'Identité' });
  await identity
    .getByLabel('Résultats déjà obtenus')
    .fill('19 véhicules en janvier 2021 ; nouvelle version de démonstration.');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Enregistré.')).toBeVisible();
  await page.getByRole('button', { name: 'Publier une version' }).click();
  await page.getByLabel(/Note de version/).fill('Résultats mis à jour');
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await expect(page.getByText('Version 1 publiée.')).toBeVisible();
  await expectNoAxeViolations(page);
});
