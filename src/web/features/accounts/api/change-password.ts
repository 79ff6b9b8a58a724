import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { sessionsQueryKey } from './get-sessions.ts';

export type ChangePasswordInput = { currentPassword?: string; newPassword: string };

/** Changes the password; the server closes the other sessions. */
export function changePassword(input: ChangePasswordInput): Promise<void> {
  return api.post<void>('/auth/me/password', input);
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
  });
}
