import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { meQueryKey } from './get-me.ts';
import type { Me } from './types.ts';

/** Signs in with the token of an e-mailed sign-in link (single use). */
export function consumeMagicLink(token: string): Promise<Me> {
  return api.post<Me>('/auth/magic-link/consume', { token });
}

export function useConsumeMagicLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: consumeMagicLink,
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'system' });
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
