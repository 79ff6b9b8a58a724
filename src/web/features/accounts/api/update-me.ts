import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { meQueryKey } from './get-me.ts';
import type { Language, Me } from './types.ts';

export type UpdateMeInput = { displayName?: string; language?: Language };

export function updateMe(input: UpdateMeInput): Promise<Me> {
  return api.patch<Me>('/auth/me', input);
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateMe, onSuccess: (me) => queryClient.setQueryData(meQueryKey, me) });
}
