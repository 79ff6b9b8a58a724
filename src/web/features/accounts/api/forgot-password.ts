import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

/** Asks for a password reset link. The answer is the same whether the address has an account or not. */
export function forgotPassword(email: string): Promise<{ accepted: true }> {
  return api.post<{ accepted: true }>('/auth/password/forgot', { email });
}

export function useForgotPassword() {
  return useMutation({ mutationFn: forgotPassword });
}
