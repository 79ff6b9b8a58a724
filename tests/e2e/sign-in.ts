import { expect } from '@playwright/test';
import type { APIRequestContext, Cookie, Page } from '@playwright/test';

// The server allows ten sign-ins per address in fifteen minutes, as it should. The journeys together sign in as
// the demo administrator more often than that (and twice as often when CI retries a failed journey), so each
// account signs in once per run and later journeys reuse its session cookie, as a person keeps a tab open.
// A session closed since (sign-out, password change) is noticed through /auth/me and replaced by a new sign-in.

export const demoAdmin = { email: 'admin@demo.essaim.localhost', password: 'essaim-demo-2026' };

const sessions = new Map<string, Cookie[]>();

async function isSignedIn(request: APIRequestContext): Promise<boolean> {
  const me = await request.get('/api/v1/auth/me');
  return me.status() === 200;
}

/** Signs the page's browser context (and its `page.request`) in as `email`, reusing this run's session if open. */
export async function signInAs(page: Page, email: string, password: string): Promise<void> {
  const context = page.context();
  const known = sessions.get(email);
  if (known) {
    await context.addCookies(known);
    if (await isSignedIn(page.request)) return;
    sessions.delete(email);
    await context.clearCookies();
  }
  const response = await page.request.post('/api/v1/auth/sign-in', { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
  sessions.set(email, await context.cookies());
}

export async function signInAsDemoAdmin(page: Page): Promise<void> {
  await signInAs(page, demoAdmin.email, demoAdmin.password);
}
