import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export type SessionSummary = {
  id: string;
  title: string;
  status: 'draft' | 'published' | 'closed' | 'archived';
  firstMeetingAt: string | null;
  lastMeetingEndsAt: string | null;
  meetingCount: number;
  registrationDeadline: string;
  registrationOpen: boolean;
};

export type Meeting = {
  id: string;
  title: string;
  date: string;
  start: string;
  end: string;
  startsAt: string;
  endsAt: string;
  caseStudyProjectId: string | null;
  conferenceUrl: string | null;
  cancelled: boolean;
};

export type TrainingSession = {
  id: string;
  organisation: { id: string; name: string };
  title: string;
  why: string;
  forWhom: string;
  objectives: string[];
  programme: string;
  speakers: { name: string; role: string; organisation: string }[];
  capacity: number;
  placesLeft: number;
  waitlistLength: number;
  registrationDeadline: string;
  registrationOpen: boolean;
  membershipRequired: boolean;
  membershipFormUrl: string | null;
  contact: { name: string; phone: string; email: string };
  methodPageIds: string[];
  caseStudyProjectIds: string[];
  status: SessionSummary['status'];
  version: number;
  meetings: Meeting[];
  icsUrl: string;
  feedUrl: string | null;
  myRegistration: {
    id: string;
    status: 'confirmed' | 'waitlisted' | 'offered' | 'cancelled' | 'refused';
    reason: string | null;
    offerExpiresAt: string | null;
  } | null;
  canManage: boolean;
};

export function useSessionList(when: 'upcoming' | 'past') {
  return useQuery(
    queryOptions({
      queryKey: ['sessions', 'list', when],
      queryFn: ({ signal }) =>
        api.get<{ items: SessionSummary[] }>(`/training-sessions?when=${when}`, { signal }),
    }),
  );
}

export function useTrainingSession(id: string) {
  return useQuery(
    queryOptions({
      queryKey: ['sessions', 'one', id],
      enabled: id !== '',
      queryFn: ({ signal }) =>
        api.get<TrainingSession>(`/training-sessions/${encodeURIComponent(id)}`, { signal }),
    }),
  );
}
