import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { adminUsersQueryKey } from './get-users.ts';
import type { AdminUser, AdminUserUpdate } from './types.ts';

/** Changes a person's platform role, or disables / enables their account. */
export function updateAdminUser(id: string, input: AdminUserUpdate): Promise<AdminUser> {
  return api.patch<AdminUser>(`/admin/users/${encodeURIComponent(id)}`, input);
}

export function useUpdateAdminUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: AdminUserUpdate & { id: string }) => updateAdminUser(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminUsersQueryKey }),
  });
}
