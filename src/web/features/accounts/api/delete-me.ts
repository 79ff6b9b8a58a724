import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { meQueryKey } from './get-me.ts';

/** `password` for accounts that have one, otherwise the phrase « supprimer mon compte » / "delete my account". */
export type DeleteMeInput = { password?: string; confirmation?: string };

export function deleteMe(input: DeleteMeInput): Promise<void> {
  return api.delete<void>('/auth/me', { body: input });
}

export function useDeleteMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteMe,
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'system' });
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}

/** The personal-data export is a file download served by the API: a plain link, the browser saves it. */
export const exportMyDataHref = '/api/v1/auth/me/export';
