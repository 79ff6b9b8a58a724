import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export type ChangeEmailInput = { newEmail: string; password?: string };

/** Sends a confirmation link to the new address; the address changes once the link is opened. */
export function changeEmail(input: ChangeEmailInput): Promise<{ sentTo: string }> {
  return api.post<{ sentTo: string }>('/auth/me/email', input);
}

export function useChangeEmail() {
  return useMutation({ mutationFn: changeEmail });
}
