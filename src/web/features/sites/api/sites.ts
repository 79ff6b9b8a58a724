import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiBase, ApiError } from '../../../lib/api-client.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';

export type Stage =
  'interest' | 'opportunity' | 'feasibility' | 'launch' | 'operating' | 'autonomous' | 'stopped';
export const STAGES: Stage[] = [
  'interest',
  'opportunity',
  'feasibility',
  'launch',
  'operating',
  'autonomous',
  'stopped',
];
export interface TerritoryRef {
  code: string;
  type: string;
  name: string;
}
export interface Message {
  id: string;
  kind: string;
  body: string;
  createdAt: string;
  author: { organisationId: string; organisationName: string | null; name: string | null };
  fromCarrier: boolean;
}
export interface SiteRequest {
  id: string;
  model: { id: string; title: string; version: number };
  organisation: { id: string; name: string | null };
  carrier: { id: string; name: string | null };
  name: string;
  territories: TerritoryRef[];
  motivation: string;
  diagnostic: {
    title: string;
    status: string;
    verdict: string | null;
    overallScore: number | null;
    dimensions: { id: string; title: { fr: string; en: string }; score: number | null; level: string }[];
  } | null;
  status: 'pending' | 'questions' | 'accepted' | 'declined' | 'withdrawn';
  decisionReason: string | null;
  /** The site the acceptance created; null while it is in the trash (or gone). */
  siteId: string | null;
  /** The acceptance created a site that has since been deleted. */
  siteDeleted: boolean;
  createdAt: string;
  version: number;
  canDecide: boolean;
  canWrite: boolean;
  canWithdraw: boolean;
  messages: Message[];
}
export interface SiteSummary {
  id: string;
  name: string;
  model: { id: string; title: string; version: number };
  organisation: { id: string; name: string };
  territories: TerritoryRef[];
  stage: Stage;
  communsPhase: string;
  communsStatus: string;
  stageChangedAt: string;
  isPublic: boolean;
  dataNote: string | null;
}
export interface FitFacts {
  label: string;
  population: number | null;
  epciType: string | null;
  densityBand: { fr: string; en: string } | null;
  regionName: string | null;
}
export interface Site extends SiteSummary {
  version: number;
  history: {
    fromStage: string | null;
    toStage: Stage;
    communsPhase: string;
    communsStatus: string;
    note: string;
    changedAt: string;
    changedBy: string | null;
  }[];
  adaptations: {
    elementId: string;
    title: string;
    kind: 'fixed' | 'adaptable';
    options: string[];
    limits: string;
    why: string;
    choice: string | null;
    reason: string | null;
    flagged: boolean;
    version: number | null;
  }[];
  flaggedCount: number;
  steps: {
    taskId: string;
    phaseTitle: string;
    title: string;
    owner: string;
    dueDate: string | null;
    done: boolean;
    version: number;
  }[];
  progress: number;
  documents: { id: string; name: string; type: string; size: number; url: string; createdAt: string }[];
  messages: Message[];
  fit: {
    site: FitFacts | null;
    pilot: FitFacts | null;
    rows: { fact: string; site: string | number | null; pilot: string | number | null; verdict: string }[];
  };
  permissions: { edit: boolean; adapt: boolean; publish: boolean; write: boolean };
}

export const useSites = (scope: 'mine' | 'carried') =>
  useQuery({
    queryKey: ['sites', 'list', scope],
    queryFn: ({ signal }) => api.get<SiteSummary[]>('/sites', { query: { scope }, signal }),
  });
export const useRequests = (box: 'incoming' | 'outgoing') =>
  useQuery({
    queryKey: ['sites', 'requests', box],
    queryFn: ({ signal }) => api.get<SiteRequest[]>('/site-requests', { query: { box }, signal }),
  });
export const useRequest = (id: string) =>
  useQuery({
    queryKey: ['sites', 'request', id],
    queryFn: ({ signal }) => api.get<SiteRequest>(`/site-requests/${encodeURIComponent(id)}`, { signal }),
  });
export const useSite = (id: string) =>
  useQuery({
    queryKey: ['sites', 'site', id],
    queryFn: ({ signal }) => api.get<Site>(`/sites/${encodeURIComponent(id)}`, { signal }),
  });

export function useCreateRequest() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      modelId: string;
      modelVersion: number;
      organisationId: string;
      name: string;
      territoryCodes: string[];
      motivation: string;
      diagnosticId: string | null;
    }) => api.post<SiteRequest>('/site-requests', input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['sites'] }),
  });
}
export interface FitDiagnostic {
  id: string;
  title: string;
  completedAt: string | null;
  territoryCode: string | null;
}
/** The organisation's completed replicator-fit diagnostics, to attach one to a request. */
export const useFitDiagnostics = (organisationId: string | null) =>
  useQuery({
    queryKey: ['sites', 'fit-diagnostics', organisationId],
    enabled: organisationId !== null,
    queryFn: ({ signal }) =>
      api.get<FitDiagnostic[]>('/site-requests/fit-diagnostics', { query: { organisationId }, signal }),
  });
export function useWithdrawRequest(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; reason: string }) =>
      api.post<SiteRequest>(`/site-requests/${encodeURIComponent(id)}/withdraw`, input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['sites'] }),
  });
}
export interface DeletedSite {
  id: string;
  name: string;
  model: string;
  deletedAt: string;
}
export const useSiteTrash = (enabled: boolean) =>
  useQuery({
    queryKey: ['sites', 'trash'],
    enabled,
    queryFn: ({ signal }) => api.get<DeletedSite[]>('/sites/trash', { signal }),
  });
/** Deleting or restoring a site changes the network's counts too: both caches are refreshed. */
function useSiteLifecycle<I>(call: (input: I) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['sites'] });
      await qc.invalidateQueries({ queryKey: ['indicators'] });
    },
  });
}
export const useDeleteSite = () =>
  useSiteLifecycle(({ id, version }: { id: string; version: number }) =>
    api.delete<undefined>(`/sites/${encodeURIComponent(id)}`, { query: { version } }),
  );
export const useRestoreSite = () =>
  useSiteLifecycle((id: string) => api.post<Site>(`/sites/${encodeURIComponent(id)}/restore`, {}));
export function useDeleteDocument(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) =>
      api.delete<undefined>(`/sites/${encodeURIComponent(id)}/documents/${encodeURIComponent(documentId)}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['sites', 'site', id] }),
  });
}
export function useDecide(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { decision: 'accept' | 'questions' | 'decline'; message: string; version: number }) =>
      api.post<SiteRequest>(`/site-requests/${encodeURIComponent(id)}/decision`, input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['sites'] }),
  });
}
export function useRequestMessage(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      api.post<SiteRequest>(`/site-requests/${encodeURIComponent(id)}/messages`, { body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['sites', 'request', id] }),
  });
}

/** Every write on a site answers the whole site: the cache is refreshed with it. */
function useSiteWrite<I>(id: string, call: (input: I) => Promise<Site>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (site) => qc.setQueryData(['sites', 'site', id], site),
  });
}
export const useUpdateSite = (id: string) =>
  useSiteWrite(
    id,
    (input: {
      version: number;
      stage?: Stage;
      communsStatus?: string;
      stageNote?: string;
      isPublic?: boolean;
    }) => api.patch<Site>(`/sites/${encodeURIComponent(id)}`, input),
  );
export const useUpdateStep = (id: string) =>
  useSiteWrite(
    id,
    ({
      taskId,
      ...input
    }: {
      taskId: string;
      version: number;
      done?: boolean;
      owner?: string;
      dueDate?: string | null;
    }) => api.patch<Site>(`/sites/${encodeURIComponent(id)}/steps/${encodeURIComponent(taskId)}`, input),
  );
export const useSaveAdaptation = (id: string) =>
  useSiteWrite(
    id,
    ({ elementId, ...input }: { elementId: string; choice: string; reason: string; version?: number }) =>
      api.put<Site>(`/sites/${encodeURIComponent(id)}/adaptations/${encodeURIComponent(elementId)}`, input),
  );
export function useSiteMessage(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post<Message[]>(`/sites/${encodeURIComponent(id)}/messages`, { body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['sites', 'site', id] }),
  });
}
export function useUploadDocument(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: { file: File; type: string }) => {
      const params = new URLSearchParams({ name: input.file.name, type: input.type });
      const response = await fetch(
        `${apiBase}/sites/${encodeURIComponent(id)}/documents?${params.toString()}`,
        {
          method: 'POST',
          credentials: 'same-origin',
          body: input.file,
          headers: { 'content-type': 'application/octet-stream', 'accept-language': currentLanguage() },
        },
      );
      const body = (await response.json().catch(() => undefined)) as
        { error?: { code: string; message: string; fields?: Record<string, string> } } | undefined;
      if (!response.ok)
        throw new ApiError(
          response.status,
          body?.error?.code ?? 'error',
          body?.error?.fields?.file ?? body?.error?.message ?? response.statusText,
          body?.error?.fields ?? {},
        );
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['sites', 'site', id] }),
  });
}
