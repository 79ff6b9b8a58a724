import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../../lib/api-client.ts';

export type OidcConfig = { enabled: boolean; label: string | null };

/** Whether this instance offers OpenID Connect sign-in (ProConnect). A server without the route: not enabled. */
export async function getOidcConfig(signal?: AbortSignal): Promise<OidcConfig> {
  try {
    return await api.get<OidcConfig>('/auth/oidc/config', { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return { enabled: false, label: null };
    throw error;
  }
}

export function oidcConfigQueryOptions() {
  return queryOptions({
    queryKey: ['accounts', 'oidc-config'],
    queryFn: ({ signal }) => getOidcConfig(signal),
    staleTime: 10 * 60_000,
  });
}

export function useOidcConfig() {
  return useQuery(oidcConfigQueryOptions());
}

/** The browser goes there (full page navigation): the server redirects to the identity provider. */
export function oidcStartHref(returnTo?: string): string {
  const query = returnTo ? `?${new URLSearchParams({ returnTo }).toString()}` : '';
  return `/api/v1/auth/oidc/start${query}`;
}
