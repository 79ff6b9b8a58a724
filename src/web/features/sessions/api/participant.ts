import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { TrainingSession } from './sessions.ts';

/**
 * The participant's side: registering for a session, my registrations, self check-in, the satisfaction survey (apart
 * from api/sessions.ts, which the public pages use, so that their visitors do not download the mutations).
 */
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

export function useRegistrationActions(id: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['sessions'] });
  const base = `/training-sessions/${encodeURIComponent(id)}/registrations`;
  return {
    register: useMutation({
      mutationFn: (body: {
        shareConsent: boolean;
        organisationId: string | null;
        projectId: string | null;
      }) => api.post<{ status: string }>(base, body),
      onSuccess: refresh,
    }),
    cancel: useMutation({ mutationFn: () => api.delete<null>(`${base}/me`), onSuccess: refresh }),
    accept: useMutation({
      mutationFn: () => api.post<TrainingSession>(`${base}/me/accept`),
      onSuccess: refresh,
    }),
  };
}

/** The projects of my organisations (`GET /projects/mine`), to say which one I will work on during the session. */
export function useMyProjects(enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: ['sessions', 'my-projects'],
      enabled,
      queryFn: ({ signal }) =>
        api.get<{ items: { id: string; title: string; organisation: { id: string } }[] }>('/projects/mine', {
          query: { limit: 50 },
          signal,
        }),
    }),
  );
}
