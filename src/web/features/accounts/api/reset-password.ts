import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { meQueryKey } from './get-me.ts';
import type { Me } from './types.ts';

export type ResetPasswordInput = { token: string; password: string };

/** Sets a new password with the token of the e-mailed link, and signs in. */
export function resetPassword(input: ResetPasswordInput): Promise<Me> {
  return api.post<Me>('/auth/password/reset', input);
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetPassword,
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'system' });
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
