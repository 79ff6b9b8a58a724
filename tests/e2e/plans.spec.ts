import { expect } from '@playwright/test';
import { DEMO_PROJECT_IDS } from '../../src/server/library/library.demo.data.ts';
import { expectNoAxeViolations, test } from './fixtures.ts';
import { signInAs } from './sign-in.ts';

// The scaling plan of the Bricobus demo project, as the demo administrator: the plans page, the plan (seeded from the
// demo diagnostic, or created from it here), a new risk added through the form and found in the matrix table.

const adminEmail = 'admin@demo.essaim.localhost';
const adminPassword = 'essaim-demo-2026';
const projectId = DEMO_PROJECT_IDS.bricobus;

test.describe.configure({ timeout: 300_000 });

test('a plan: open it, add a risk, see it in the risk matrix table', async ({ page }) => {
  await signInAs(page, adminEmail, adminPassword);

  let plans = (await (await page.request.get(`/api/v1/projects/${projectId}/plans`)).json()) as {
    items: { id: string }[];
  };
  if (plans.items.length === 0) {
    const diagnostics = (await (
      await page.request.get(`/api/v1/projects/${projectId}/diagnostics`)
    ).json()) as { items: { id: string; status: string }[] };
    const completed = diagnostics.items.find((d) => d.status === 'completed');
    const created = await page.request.post(`/api/v1/projects/${projectId}/plans`, {
      data: completed ? { diagnosticId: completed.id } : {},
    });
    expect(created.status(), await created.text()).toBe(201);
    plans = { items: [(await created.json()) as { id: string }] };
  }
  const planId = plans.items[0].id;

  await page.goto('/plans');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Feuilles de route');
  await expectNoAxeViolations(page);

  await page.goto(`/plans/${planId}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Risques' })).toBeVisible();
  await expectNoAxeViolations(page);

  const title = `Départ du coordinateur ${Date.now()}`;
  await page.getByRole('button', { name: 'Ajouter un risque' }).click();
  const risks = page.getByRole('region', { name: 'Risques' });
  await risks.getByLabel('Intitulé').fill(title);
  await risks.getByLabel('Probabilité', { exact: true }).click();
  await page.getByRole('option', { name: 'Fort' }).click();
  await risks.getByLabel('Impact', { exact: true }).click();
  await page.getByRole('option', { name: 'Fort' }).click();
  await risks.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(page.getByTestId('table-risk')).toContainText(title);
  const highHigh = page
    .getByTestId('risk-matrix')
    .getByRole('row', { name: /Probabilité fort/ })
    .getByRole('cell')
    .last();
  await expect(highHigh).toContainText(title);
  await expectNoAxeViolations(page);
});
