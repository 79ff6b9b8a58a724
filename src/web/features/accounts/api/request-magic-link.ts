import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

/** Asks for a sign-in link by e-mail. The answer is the same whether the address has an account or not. */
export function requestMagicLink(email: string): Promise<{ accepted: true }> {
  return api.post<{ accepted: true }>('/auth/magic-link', { email });
}

export function useRequestMagicLink() {
  return useMutation({ mutationFn: requestMagicLink });
}
