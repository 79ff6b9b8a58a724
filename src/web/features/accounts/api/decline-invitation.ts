import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export function declineInvitation(token: string): Promise<void> {
  return api.post<void>(`/invitations/${encodeURIComponent(token)}/decline`);
}

export function useDeclineInvitation() {
  return useMutation({ mutationFn: declineInvitation });
}
