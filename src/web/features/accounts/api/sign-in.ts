import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { meQueryKey } from './get-me.ts';
import type { Me } from './types.ts';

export type SignInInput = { email: string; password: string };

export function signIn(input: SignInInput): Promise<Me> {
  return api.post<Me>('/auth/sign-in', input);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    // Everything cached so far was read as a visitor (or as someone else).
    onSuccess: async (me) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'system' });
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
