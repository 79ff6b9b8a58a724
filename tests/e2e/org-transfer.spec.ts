import { expect } from '@playwright/test';
import { expectNoAxeViolations, test } from './fixtures.ts';
import { signInAsDemoAdmin } from './sign-in.ts';

test.describe.configure({ timeout: 180_000 });

/**
 * An owner exports all of the organisation's data from its page; an administrator imports the archive: the dry run
 * reports what would be created, nothing is written before the confirmation.
 */
test('an organisation exported from its page, then tried as an import in the administration', async ({
  page,
}, testInfo) => {
  await signInAsDemoAdmin(page);
  const name = `Commune exportée ${Date.now()}`;
  const created = await page.request.post('/api/v1/organisations', { data: { name, kind: 'commune' } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await page.goto(`/organisations/${id}`);
  const section = page.getByRole('region', { name: 'Exporter toutes les données' });
  await expect(section).toBeVisible();
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Exporter toutes les données' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^essaim-commune-exportee-.*\.zip$/);
  const archive = testInfo.outputPath('organisation.zip');
  await file.saveAs(archive);
  await expect(section.getByText(/Archive prête/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/administration/organisations/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Importer une organisation' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Importer pour de bon' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Archive de l’organisation (.zip)' })).toBeVisible();
  await page.locator('input[type=file]').setInputFiles(archive);
  await page.getByLabel('Nom de la nouvelle organisation').fill(`${name} (copie)`);
  await page.getByRole('button', { name: 'Essai à blanc' }).click();
  await expect(
    page.getByRole('heading', { name: /^Essai à blanc.*voici ce que l’import ferait$/ }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Enregistrements créés' })).toContainText('organisations');
  await expect(page.getByText('Rien n’est laissé de côté.')).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByRole('button', { name: 'Importer pour de bon' })).toBeEnabled();
});
