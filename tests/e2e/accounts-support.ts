import { expect as baseExpect } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';

// What the accounts journeys share: the demo administrator, and e-mails read where an administrator reads them
// (the outbox, through the administration API, in a session separate from the browser's).

const expect = baseExpect.configure({ timeout: 30_000 });

export const demoAdmin = { email: 'admin@demo.essaim.localhost', password: 'essaim-demo-2026' };

export type OutboxItem = { id: string; to: string; template: string | null; subject: string };
export type OutboxDetail = OutboxItem & { textBody: string; htmlBody: string };

export function mainHeading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

export async function signInAsAdmin(api: APIRequestContext): Promise<void> {
  const response = await api.post('/api/v1/auth/sign-in', { data: demoAdmin });
  expect(response.status(), await response.text()).toBe(200);
}

/** The link of the latest e-mail of `template` sent to `to`, read from its text version in the outbox. */
export async function linkFromOutbox(
  api: APIRequestContext,
  to: string,
  template: string,
  path: string,
): Promise<string> {
  let found: OutboxItem | undefined;
  await expect(async () => {
    const list = await api.get('/api/v1/admin/outbox', { params: { limit: 50 } });
    expect(list.status(), await list.text()).toBe(200);
    const { items } = (await list.json()) as { items: OutboxItem[] };
    found = items.find((item) => item.to === to && item.template === template);
    expect(found, `no "${template}" e-mail to ${to} in the outbox`).toBeDefined();
  }).toPass({ timeout: 30_000 });
  const detail = await api.get(`/api/v1/admin/outbox/${found!.id}`);
  expect(detail.status()).toBe(200);
  const message = (await detail.json()) as OutboxDetail;
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`https?://[^\\s"<>]+${escaped}\\?token=[A-Za-z0-9_\\-.%]+`).exec(message.textBody);
  expect(match, `no ${path} link in:\n${message.textBody}`).not.toBeNull();
  // The server builds links from PUBLIC_URL; keep only the path and query so the browser stays on the test server.
  const url = new URL(match![0]);
  return `${url.pathname}${url.search}`;
}
