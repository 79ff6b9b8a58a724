import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

/**
 * Facilitators following projects over months: the facilitator's portfolio (`GET /me/facilitator-portfolio`) and,
 * on the project's side, who follows it (`/projects/:projectId/facilitators`).
 */
export type DiagnosticDigest = {
  id: string;
  kind: string;
  completedAt: string | null;
  verdict: string;
  situations: string[];
  strategies: { id: string; score: number }[];
  vigilance: string[];
};

export type PortfolioItem = {
  followId: string;
  project: { id: string; title: string; organisation: string };
  since: string;
  diagnostic: DiagnosticDigest | null;
  plan: { id: string; title: string; items: number; done: number } | null;
  sites: {
    total: number;
    items: { id: string; name: string; stage: string; departement: string | null }[];
  };
  notes: string;
  notesUpdatedAt: string | null;
};

export type Portfolio = { items: PortfolioItem[]; commonVigilance: { id: string; count: number }[] };

export type ProjectFollow = { id: string; since: string; facilitator: { name: string; email: string } };

const PORTFOLIO = ['sessions', 'portfolio'] as const;
const followsKey = (projectId: string) => ['sessions', 'project-follows', projectId] as const;
const followPath = (id: string) => `/facilitator-follows/${encodeURIComponent(id)}`;
const projectPath = (projectId: string) => `/projects/${encodeURIComponent(projectId)}/facilitators`;

export function usePortfolio() {
  return useQuery(
    queryOptions({
      queryKey: PORTFOLIO,
      queryFn: ({ signal }) => api.get<Portfolio>('/me/facilitator-portfolio', { signal }),
    }),
  );
}

export function useSaveNotes() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { followId: string; notes: string }) =>
      api.put<null>(`${followPath(input.followId)}/notes`, { notes: input.notes }),
    onSuccess: () => client.invalidateQueries({ queryKey: PORTFOLIO }),
  });
}

/** Ends a follow, from either side: the facilitator's portfolio or the project's page. */
export function useEndFollow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (followId: string) => api.delete<null>(followPath(followId)),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sessions'] }),
  });
}

export function useProjectFollows(projectId: string) {
  return useQuery(
    queryOptions({
      queryKey: followsKey(projectId),
      queryFn: ({ signal }) => api.get<{ items: ProjectFollow[] }>(projectPath(projectId), { signal }),
    }),
  );
}

export function useInviteFacilitator(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (facilitatorEmail: string) =>
      api.post<{ id: string }>(projectPath(projectId), { facilitatorEmail }),
    onSuccess: () => client.invalidateQueries({ queryKey: followsKey(projectId) }),
  });
}
