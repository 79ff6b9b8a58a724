import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { meQueryKey } from './get-me.ts';
import type { Language, Me } from './types.ts';

export type SignUpInput = { email: string; password: string; displayName: string; language: Language };

/** Creates the account and signs in; the confirmation link is sent by e-mail. */
export function signUp(input: SignUpInput): Promise<Me> {
  return api.post<Me>('/auth/sign-up', input);
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: signUp, onSuccess: (me) => queryClient.setQueryData(meQueryKey, me) });
}
