import { paths } from '../../../config/paths.ts';

const param = 'retour';

/** Only a path of this site: never another origin (`//evil.example`, `https://…`), never a sign-in page loop. */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value.startsWith(paths.account.signIn.path)) return null;
  return value;
}

/** The sign-in page, bringing the person back to `returnTo` afterwards. */
export function signInHref(returnTo?: string): string {
  const safe = safeReturnPath(returnTo);
  const base = paths.account.signIn.getHref();
  return safe ? `${base}?${new URLSearchParams({ [param]: safe }).toString()}` : base;
}

export function signUpHref(returnTo?: string): string {
  const safe = safeReturnPath(returnTo);
  const base = paths.account.signUp.getHref();
  return safe ? `${base}?${new URLSearchParams({ [param]: safe }).toString()}` : base;
}

export function readReturnPath(search: URLSearchParams): string | null {
  return safeReturnPath(search.get(param));
}
