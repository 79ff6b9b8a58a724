import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, apiBase } from '../../../lib/api-client.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import type { DiagnosticDigest } from './portfolio.ts';
import type { TrainingSession } from './sessions.ts';

/** The facilitator's side of the training sessions: my sessions, the editor, registrations, attendance, cohort, survey, resources. */
export type ManagedSession = {
  id: string;
  title: string;
  status: TrainingSession['status'];
  firstMeetingAt: string | null;
  meetingCount: number;
  capacity: number;
  confirmed: number;
  waitlisted: number;
  offered: number;
  registrationDeadline: string;
};

export type MeetingDraft = {
  id?: string;
  title: string;
  date: string;
  start: string;
  end: string;
  caseStudyProjectId: string | null;
  conferenceUrl: string | null;
};
export type SessionDraft = {
  organisationId?: string;
  title: string;
  why: string;
  forWhom: string;
  objectives: string[];
  programme: string;
  speakers: { name: string; role: string; organisation: string }[];
  capacity: number;
  registrationDeadline: string;
  membershipRequired: boolean;
  contact: { name: string; phone: string; email: string };
  methodPageIds: string[];
  caseStudyProjectIds: string[];
  meetings: MeetingDraft[];
};

export type Registration = {
  id: string;
  name: string;
  email: string;
  organisation: { id: string; name: string } | null;
  project: { id: string; title: string } | null;
  status: 'confirmed' | 'waitlisted' | 'offered' | 'cancelled' | 'refused';
  reason: string | null;
  membershipConfirmed: boolean;
  shareConsent: boolean;
  offerExpiresAt: string | null;
  position: number;
  registeredAt: string;
};
export type RegistrationAction = 'confirm-membership' | 'refuse' | 'move-to-waitlist' | 'move-to-confirmed';

export type AttendanceGrid = {
  meetings: { id: string; title: string; date: string; start: string; end: string }[];
  participants: {
    registrationId: string;
    name: string;
    organisation: string | null;
    marks: Record<string, { present: boolean; by: string }>;
  }[];
};

export type Cohort = {
  participants: {
    registrationId: string;
    name: string;
    organisation: string | null;
    project: { id: string; title: string } | null;
    shareConsent: boolean;
    diagnostic: DiagnosticDigest | null;
    plan: { id: string; title: string; strategy: string | null; items: number; done: number } | null;
  }[];
  commonVigilance: { id: string; count: number }[];
};
export type SurveyResults = {
  responses: number;
  overall: number | null;
  usefulness: number | null;
  recommend: number;
  comments: string[];
};
export type Resource = {
  id: string;
  kind: 'file' | 'link' | 'replay';
  title: string;
  url: string;
  fileName: string | null;
  createdAt: string;
};

const sid = (id: string) => `/training-sessions/${encodeURIComponent(id)}`;
/** Server addresses (`/api/v1/...`) as the browser fetches them. */
export const apiHref = (url: string) => url.replace(/^\/api\/v1/, apiBase);

export function useManagedSessions() {
  return useQuery(
    queryOptions({
      queryKey: ['sessions', 'managed'],
      queryFn: ({ signal }) => api.get<{ items: ManagedSession[] }>('/me/training-sessions', { signal }),
    }),
  );
}

export function useSaveSession(id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SessionDraft & { version?: number }) =>
      id ? api.put<TrainingSession>(sid(id), body) : api.post<TrainingSession>('/training-sessions', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sessions'] }),
  });
}

export function useSetStatus(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { status: TrainingSession['status']; version: number }) =>
      api.post<TrainingSession>(`${sid(id)}/status`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sessions'] }),
  });
}

/** Sends a file as the request body (PDF or DOCX); the server reads its type from its bytes. */
async function sendFile<T>(method: 'PUT' | 'POST', path: string, file: File): Promise<T> {
  const response = await fetch(`${apiBase}${path}`, {
    method,
    credentials: 'same-origin',
    body: file,
    headers: { 'content-type': 'application/octet-stream', 'accept-language': currentLanguage() },
  });
  const text = await response.text();
  const body = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) {
    const error = (
      body as { error?: { code: string; message: string; fields?: Record<string, string> } } | undefined
    )?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'error',
      error?.fields?.file ?? error?.message ?? response.statusText,
      error?.fields ?? {},
    );
  }
  return body as T;
}

export function useUploadMembershipForm(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => sendFile<undefined>('PUT', `${sid(id)}/membership-form`, file),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sessions'] }),
  });
}

export function useRegistrations(id: string) {
  return useQuery(
    queryOptions({
      queryKey: ['sessions', 'registrations', id],
      queryFn: ({ signal }) => api.get<{ items: Registration[] }>(`${sid(id)}/registrations`, { signal }),
    }),
  );
}

export function useRegistrationAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { registrationId: string; action: RegistrationAction; reason?: string }) =>
      api.post<{ items: Registration[] }>(
        `${sid(id)}/registrations/${encodeURIComponent(input.registrationId)}/actions`,
        { action: input.action, reason: input.reason ?? '' },
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sessions'] }),
  });
}

export function useAttendance(id: string) {
  return useQuery(
    queryOptions({
      queryKey: ['sessions', 'attendance', id],
      queryFn: ({ signal }) => api.get<AttendanceGrid>(`${sid(id)}/attendance`, { signal }),
    }),
  );
}

export function useMarkAttendance(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (marks: { registrationId: string; meetingId: string; present: boolean }[]) =>
      api.put<{ marked: number }>(`${sid(id)}/attendance`, { marks }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sessions', 'attendance', id] }),
  });
}

export function useCohort(id: string) {
  return useQuery(
    queryOptions({
      queryKey: ['sessions', 'cohort', id],
      queryFn: ({ signal }) => api.get<Cohort>(`${sid(id)}/cohort`, { signal }),
    }),
  );
}

export function useSurveyResults(id: string) {
  return useQuery(
    queryOptions({
      queryKey: ['sessions', 'survey', id],
      queryFn: ({ signal }) => api.get<SurveyResults>(`${sid(id)}/survey`, { signal }),
    }),
  );
}

export function useResources(id: string, enabled = true) {
  return useQuery(
    queryOptions({
      queryKey: ['sessions', 'resources', id],
      enabled,
      queryFn: ({ signal }) => api.get<{ items: Resource[] }>(`${sid(id)}/resources`, { signal }),
    }),
  );
}

export function useResourceActions(id: string) {
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: ['sessions', 'resources', id] });
  return {
    addLink: useMutation({
      mutationFn: (body: { kind: 'link' | 'replay'; title: string; url: string }) =>
        api.post<Resource>(`${sid(id)}/resources`, body),
      onSuccess,
    }),
    addFile: useMutation({
      mutationFn: (input: { title: string; file: File }) =>
        sendFile<Resource>(
          'POST',
          `${sid(id)}/resources/file?${new URLSearchParams({ title: input.title }).toString()}`,
          input.file,
        ),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (resourceId: string) =>
        api.delete<null>(`${sid(id)}/resources/${encodeURIComponent(resourceId)}`),
      onSuccess,
    }),
  };
}
