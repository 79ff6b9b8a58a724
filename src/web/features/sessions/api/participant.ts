import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

/** The participant's side: my registrations, self check-in, the satisfaction survey. */
export type MyRegistration = {
  id: string;
  sessionId: string;
  title: string;
  status: 'confirmed' | 'waitlisted' | 'offered' | 'cancelled' | 'refused';
  reason: string | null;
  offerExpiresAt: string | null;
  sessionStatus: 'draft' | 'published' | 'closed' | 'archived';
  meetings: {
    id: string;
    title: string;
    date: string;
    start: string;
    end: string;
    present: boolean;
    checkInOpen: boolean;
  }[];
  icsUrl: string;
  certificateUrl: string | null;
  surveyOpen: boolean;
  surveyAnswered: boolean;
};

export function useMyRegistrations() {
  return useQuery(
    queryOptions({
      queryKey: ['sessions', 'mine'],
      queryFn: ({ signal }) => api.get<{ items: MyRegistration[] }>('/me/training-registrations', { signal }),
    }),
  );
}

export function useParticipantActions() {
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: ['sessions'] });
  const sid = (id: string) => `/training-sessions/${encodeURIComponent(id)}`;
  return {
    cancel: useMutation({
      mutationFn: (sessionId: string) => api.delete<null>(`${sid(sessionId)}/registrations/me`),
      onSuccess,
    }),
    checkIn: useMutation({
      mutationFn: (input: { sessionId: string; meetingId: string }) =>
        api.post<null>(`${sid(input.sessionId)}/meetings/${encodeURIComponent(input.meetingId)}/check-in`),
      onSuccess,
    }),
    survey: useMutation({
      mutationFn: (input: {
        sessionId: string;
        overall: number;
        usefulness: number;
        recommend: boolean;
        comment: string;
      }) => {
        const { sessionId, ...answers } = input;
        return api.post<null>(`${sid(sessionId)}/survey`, answers);
      },
      onSuccess,
    }),
  };
}
