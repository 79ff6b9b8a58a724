import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { meQueryKey } from './get-me.ts';

export type EmailConfirmed = { email: string; emailVerified: true };

/** Confirms the address with the token of the e-mailed link. */
export function confirmEmail(token: string): Promise<EmailConfirmed> {
  return api.post<EmailConfirmed>('/auth/confirm-email', { token });
}

export function useConfirmEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmEmail,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
