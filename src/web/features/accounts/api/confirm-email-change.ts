import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { EmailConfirmed } from './confirm-email.ts';
import { meQueryKey } from './get-me.ts';

/** Confirms the new address with the token of the link sent to it. */
export function confirmEmailChange(token: string): Promise<EmailConfirmed> {
  return api.post<EmailConfirmed>('/auth/me/email/confirm', { token });
}

export function useConfirmEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmEmailChange,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
