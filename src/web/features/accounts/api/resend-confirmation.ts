import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

/** Sends a new confirmation link to the signed-in person's address. */
export function resendConfirmation(): Promise<{ sentTo: string }> {
  return api.post<{ sentTo: string }>('/auth/resend-confirmation');
}

export function useResendConfirmation() {
  return useMutation({ mutationFn: resendConfirmation });
}
