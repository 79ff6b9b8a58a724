import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { HistoryEntry, Plan, PlanComment, PlanItem, PlanSummary, Proposals } from './types.ts';

/** Queries and mutations of the plans API. */

const enc = encodeURIComponent;

export function projectPlansQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: ['plans', 'project', projectId],
    queryFn: ({ signal }) =>
      api.get<{ items: PlanSummary[] }>(`/projects/${enc(projectId)}/plans`, { signal }),
  });
}
export const useProjectPlans = (projectId: string) => useQuery(projectPlansQueryOptions(projectId));

export function planQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['plans', id],
    queryFn: ({ signal }) => api.get<Plan>(`/plans/${enc(id)}`, { signal }),
  });
}
export const usePlan = (id: string) => useQuery(planQueryOptions(id));

export const useProjectCompletedDiagnostics = (projectId: string) =>
  useQuery({
    queryKey: ['plans', 'diagnostics', projectId],
    queryFn: ({ signal }) =>
      api.get<{ items: { id: string; title: string; status: string; updatedAt: string }[] }>(
        `/projects/${enc(projectId)}/diagnostics`,
        { signal },
      ),
    select: (data) => data.items.filter((d) => d.status === 'completed'),
  });

export function useCreatePlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ projectId, diagnosticId }: { projectId: string; diagnosticId?: string }) =>
      api.post<Plan>(`/projects/${enc(projectId)}/plans`, diagnosticId ? { diagnosticId } : {}),
    onSuccess: (plan) => {
      client.setQueryData(['plans', plan.id], plan);
      void client.invalidateQueries({ queryKey: ['plans', 'project', plan.projectId] });
    },
  });
}

export function useUpdatePlan(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown> & { version: number }) =>
      api.patch<Plan>(`/plans/${enc(id)}`, body),
    onSuccess: (plan) => client.setQueryData(['plans', id], plan),
  });
}

export function useCreateItem(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post<PlanItem>(`/plans/${enc(planId)}/items`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['plans', planId] }),
  });
}

export function useUpdateItem(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: Record<string, unknown> & { id: string; version: number }) =>
      api.patch<PlanItem>(`/plans/${enc(planId)}/items/${enc(id)}`, body),
    onSettled: () => client.invalidateQueries({ queryKey: ['plans', planId] }),
  });
}

export function useDeleteItem(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/plans/${enc(planId)}/items/${enc(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['plans', planId] }),
  });
}

export const useItemComments = (planId: string, itemId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['plans', planId, 'comments', itemId],
    queryFn: ({ signal }) =>
      api.get<{ items: PlanComment[] }>(`/plans/${enc(planId)}/items/${enc(itemId)}/comments`, { signal }),
    enabled,
  });

export function useAddComment(planId: string, itemId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      api.post<PlanComment>(`/plans/${enc(planId)}/items/${enc(itemId)}/comments`, { body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['plans', planId, 'comments', itemId] });
      void client.invalidateQueries({ queryKey: ['plans', planId] });
    },
  });
}

export const usePlanHistory = (planId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['plans', planId, 'history'],
    queryFn: ({ signal }) => api.get<{ items: HistoryEntry[] }>(`/plans/${enc(planId)}/history`, { signal }),
    enabled,
  });

export const usePlanProposals = (planId: string, diagnosticId: string | null) =>
  useQuery({
    queryKey: ['plans', planId, 'proposals', diagnosticId],
    queryFn: ({ signal }) =>
      api.get<Proposals>(`/plans/${enc(planId)}/proposals?diagnosticId=${enc(diagnosticId ?? '')}`, {
        signal,
      }),
    enabled: diagnosticId !== null,
  });

export function useApplyProposals(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { diagnosticId: string; add: string[]; close: string[] }) =>
      api.post<Plan>(`/plans/${enc(planId)}/proposals`, body),
    onSuccess: (plan) => {
      client.setQueryData(['plans', planId], plan);
      void client.invalidateQueries({ queryKey: ['plans', planId, 'proposals'] });
    },
  });
}

export const useReminderSettings = () =>
  useQuery({
    queryKey: ['plans', 'reminders'],
    queryFn: ({ signal }) => api.get<{ enabled: boolean }>('/me/plan-reminders', { signal }),
  });

export function useSetReminders() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) => api.put<{ enabled: boolean }>('/me/plan-reminders', { enabled }),
    onSuccess: (data) => client.setQueryData(['plans', 'reminders'], data),
  });
}

export const exportHref = (planId: string, format: 'pdf' | 'docx' | 'csv', lang: string) =>
  `/api/v1/plans/${enc(planId)}/export.${format}?lang=${lang === 'en' ? 'en' : 'fr'}`;
