import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { DEMO_PROJECT_IDS } from '../../src/server/library/library.demo.data.ts';
import { expectNoAxeViolations, test } from './fixtures.ts';
import { demoAdmin, signInAs } from './sign-in.ts';

// The Bricobus scaling plan, as the demo administrator: the due-date reminders turned off stay off after a reload
// (then on again); the PDF and Word exports download as files with the plan's file name and real content.

const projectId = DEMO_PROJECT_IDS.bricobus;

test.describe.configure({ timeout: 300_000 });

/** The Bricobus plan's id: seeded by the demo content; created from its completed diagnostic should it be missing. */
async function bricobusPlanId(request: APIRequestContext): Promise<string> {
  const list = (await (await request.get(`/api/v1/projects/${projectId}/plans`)).json()) as {
    items: { id: string }[];
  };
  if (list.items[0]) return list.items[0].id;
  const diagnostics = (await (await request.get(`/api/v1/projects/${projectId}/diagnostics`)).json()) as {
    items: { id: string; status: string }[];
  };
  const completed = diagnostics.items.find((d) => d.status === 'completed');
  const created = await request.post(`/api/v1/projects/${projectId}/plans`, {
    data: completed ? { diagnosticId: completed.id } : {},
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

async function openPlan(page: Page): Promise<string> {
  await signInAs(page, demoAdmin.email, demoAdmin.password);
  const planId = await bricobusPlanId(page.request);
  await page.goto(`/plans/${planId}`);
  await expect(page.getByRole('heading', { level: 2, name: 'La feuille de route' })).toBeVisible();
  return planId;
}

const remindersLabel = /Recevoir par courriel un rappel des échéances/;

/** Clicks the checkbox and waits for the server to have stored the new choice. */
async function toggleReminders(page: Page, enabled: boolean) {
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/me/plan-reminders') && r.request().method() === 'PUT',
  );
  await page.getByRole('checkbox', { name: remindersLabel }).click();
  const response = await saved;
  expect(response.status()).toBe(200);
  expect(((await response.json()) as { enabled: boolean }).enabled).toBe(enabled);
}

test('the due-date reminders: turned off, still off after a reload, then on again', async ({ page }) => {
  await openPlan(page);
  const reminders = page.getByRole('checkbox', { name: remindersLabel });
  await expect(reminders).toBeVisible();
  // Reminders are on unless this account turned them off: start from on.
  if (!(await reminders.isChecked())) await toggleReminders(page, true);
  await expect(reminders).toBeChecked();
  await toggleReminders(page, false);
  await expect(reminders).not.toBeChecked();

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'La feuille de route' })).toBeVisible();
  await expect(reminders).not.toBeChecked();
  await expectNoAxeViolations(page);

  await toggleReminders(page, true);
  await page.reload();
  await expect(reminders).toBeChecked();
});

test('the plan downloads as PDF and as Word, under the plan’s file name', async ({ page }) => {
  const planId = await openPlan(page);
  const exports = [
    { link: 'PDF', ext: 'pdf', type: 'application/pdf', magic: '%PDF-' },
    {
      link: 'Word',
      ext: 'docx',
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      // A .docx is a ZIP archive.
      magic: 'PK\u0003\u0004',
    },
  ];
  for (const { link, ext, type, magic } of exports) {
    const anchor = page.getByRole('link', { name: link, exact: true });
    const downloading = page.waitForEvent('download');
    await anchor.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`feuille-de-route-${planId.slice(0, 8)}.${ext}`);
    const content = await readFile(await download.path());
    expect(content.length).toBeGreaterThan(1000);
    expect(content.subarray(0, magic.length).toString('latin1')).toBe(magic);

    // The same address, fetched with the page's session: the type the browser was told.
    const href = await anchor.getAttribute('href');
    expect(href).toMatch(new RegExp(`/api/v1/plans/${planId}/export\\.${ext}\\?lang=fr$`));
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe(type);
    expect(response.headers()['content-disposition']).toContain(
      `feuille-de-route-${planId.slice(0, 8)}.${ext}`,
    );
  }
});
