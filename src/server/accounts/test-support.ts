import { expect } from 'vitest';
import type { TestContext } from '../test/harness.ts';

/** Test support for the accounts suites: read the outbox like a person reads their mailbox. */
export async function lastMailTo(t: TestContext, email: string) {
  const row = await t.ctx.db
    .selectFrom('outbox')
    .selectAll()
    .where('to_email', '=', email)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row;
}

export async function mailsTo(t: TestContext, email: string) {
  return t.ctx.db.selectFrom('outbox').selectAll().where('to_email', '=', email).execute();
}

/** The token of the last link of `template` sent to `email`, and the link itself. */
export async function linkFromMail(
  t: TestContext,
  email: string,
  template: string,
): Promise<{ url: string; token: string }> {
  const rows = (await mailsTo(t, email)).filter((r) => r.template === template);
  expect(rows.length, `no ${template} e-mail to ${email}`).toBeGreaterThan(0);
  const text = rows[rows.length - 1]!.text_body;
  const url = /(http:\/\/localhost:3000\/\S+token=[\w-]+)/.exec(text)?.[1];
  expect(url, `no link in ${text}`).toBeTruthy();
  return { url: url!, token: new URL(url!).searchParams.get('token')! };
}

export function sessionCookie(response: { cookies: { name: string; value: string }[] }): string | undefined {
  const c = response.cookies.find((x) => x.name === 'essaim_session');
  return c && c.value ? `essaim_session=${c.value}` : undefined;
}

export function post(
  t: TestContext,
  url: string,
  payload: unknown,
  cookie?: string,
  headers: Record<string, string> = {},
  remoteAddress?: string,
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    payload: payload as object,
    headers: { ...(cookie ? { cookie } : {}), ...headers },
    ...(remoteAddress ? { remoteAddress } : {}),
  });
}

export function get(t: TestContext, url: string, cookie?: string, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'GET',
    url: `/api/v1${url}`,
    headers: { ...(cookie ? { cookie } : {}), ...headers },
  });
}
