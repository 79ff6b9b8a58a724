import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiBase, ApiError, type ApiErrorBody } from '../../../lib/api-client.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';

export type Stage =
  'interest' | 'opportunity' | 'feasibility' | 'launch' | 'operating' | 'autonomous' | 'stopped';
export type Kind = 'baseline' | 'target' | 'actual';
export interface Indicator {
  id: string;
  modelId: string;
  name: string;
  definition: string;
  unit: string;
  valueType: 'integer' | 'decimal';
  frequency: 'monthly' | 'quarterly' | 'yearly';
  aggregation: 'sum' | 'average' | 'last' | 'count';
  higherIsBetter: boolean;
  noPersonalData: boolean;
  isPublic: boolean;
  version: number;
}
export type IndicatorInput = Omit<Indicator, 'id' | 'modelId' | 'version'>;
export interface SeriesPoint {
  period: string;
  baseline: number | null;
  target: number | null;
  actual: number | null;
  reported: number;
}
/** What the map's table shows of a site. */
export interface NetworkSite {
  id: string;
  name: string;
  departement: string | null;
  stage: Stage;
}
/** A site in the same stage for longer than the setting, and for how many days. */
export interface StalledSite {
  siteId: string;
  name: string;
  stage: Stage;
  days: number;
}
/** A page of a list: its total, where it starts, its size and its items. */
export interface Page<T> {
  total: number;
  offset: number;
  limit: number;
  items: T[];
}
export interface Settings {
  stalledDays: number;
  graceDays: number;
  remindersEnabled: boolean;
  publicDashboard: boolean;
  version: number;
  canEdit: boolean;
}
export interface Dashboard {
  model: { id: string; title: string };
  settings: Settings;
  funnel: { stage: Stage; count: number }[];
  /** The total and the first 50 sites by name; the rest comes from useNetworkSites. */
  sites: Page<NetworkSite>;
  byDepartement: { code: string; count: number }[];
  indicators: (Indicator & { series: SeriesPoint[] })[];
  /** The total and the first 50 stalled sites (longest first); the rest comes from useStalledSites. */
  stalled: Page<StalledSite>;
  /** The total and the latest 100 late sites (indicators by id, named in `indicators`); the rest comes from useLateSites. */
  late: { total: number; items: LateSite[] };
}
export interface LateSite {
  siteId: string;
  name: string;
  stage: Stage;
  /** Overdue indicators by id: their names are sent once, beside the list. */
  missing: { indicatorId: string; lastPeriod: string | null; duePeriod: string }[];
}
export interface LatePage {
  total: number;
  offset: number;
  limit: number;
  items: LateSite[];
  /** The indicators named on this page, each once. */
  indicators: { id: string; name: string }[];
}
export interface Value {
  id: string;
  indicatorId: string;
  siteId: string;
  kind: Kind;
  period: string;
  value: number;
  source: 'form' | 'csv' | 'link' | 'demo';
  version: number;
}
export interface SiteValues {
  site: { id: string; name: string; modelId: string };
  indicators: Indicator[];
  values: Value[];
  canEdit: boolean;
  remindersEnabled: boolean;
}
export interface ImportReport {
  dryRun: boolean;
  rows: number;
  valid: number;
  written: number;
  errors: { line: number; field: string; reason: string }[];
}
export interface Comparison {
  indicator: Indicator;
  sites: {
    siteId: string;
    name: string;
    stage: Stage;
    baseline: number | null;
    target: number | null;
    actual: number | null;
    actualPeriod: string | null;
    progress: number | null;
  }[];
}
export interface LinkView {
  site: { id: string; name: string };
  period: string;
  expiresAt: string;
  indicators: Indicator[];
  values: Value[];
}
export interface PublicNetwork {
  model: { id: string; title: string };
  funnel: { stage: Stage; count: number }[];
  sites: { id: string; name: string; departement: string | null; region: string | null; stage: Stage }[];
  byDepartement: { code: string; count: number }[];
  indicators: (Indicator & { series: { period: string; actual: number | null; reported: number }[] })[];
}

const enc = encodeURIComponent;

export const useMyModels = (enabled: boolean) =>
  useQuery({
    queryKey: ['indicators', 'models'],
    enabled,
    queryFn: ({ signal }) => api.get<{ id: string; title: string }[]>('/models', { signal }),
  });
export const useDashboard = (modelId: string, granularity: 'native' | 'year') =>
  useQuery({
    queryKey: ['indicators', 'dashboard', modelId, granularity],
    queryFn: ({ signal }) =>
      api.get<Dashboard>(`/models/${enc(modelId)}/network`, { query: { granularity }, signal }),
  });
/** The late sites after the first `from`, page by page (the dashboard already carries the first ones). */
export const useLateSites = (modelId: string, from: number, enabled: boolean) =>
  useInfiniteQuery({
    queryKey: ['indicators', 'late', modelId, from],
    enabled,
    initialPageParam: from,
    queryFn: ({ pageParam, signal }) =>
      api.get<LatePage>(`/models/${enc(modelId)}/network/late`, {
        query: { offset: pageParam, limit: LATE_PAGE_SIZE },
        signal,
      }),
    getNextPageParam: (last) =>
      last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined,
  });
export const LATE_PAGE_SIZE = 100;

const nextOffset = (last: Page<unknown>) =>
  last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined;
/** The sites of the network by name from `from`, all of them or one département's, page by page. */
export const useNetworkSites = (
  modelId: string,
  departement: string | null,
  from: number,
  enabled: boolean,
) =>
  useInfiniteQuery({
    queryKey: ['indicators', 'sites', modelId, departement, from],
    enabled,
    initialPageParam: from,
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<NetworkSite> & { departement: string | null }>(`/models/${enc(modelId)}/network/sites`, {
        query: { departement, offset: pageParam, limit: SITES_PAGE_SIZE },
        signal,
      }),
    getNextPageParam: nextOffset,
  });
export const SITES_PAGE_SIZE = 50;
/** The stalled sites after the first `from`, page by page (the dashboard already carries the first ones). */
export const useStalledSites = (modelId: string, from: number, enabled: boolean) =>
  useInfiniteQuery({
    queryKey: ['indicators', 'stalled', modelId, from],
    enabled,
    initialPageParam: from,
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<StalledSite>>(`/models/${enc(modelId)}/network/stalled`, {
        query: { offset: pageParam, limit: STALLED_PAGE_SIZE },
        signal,
      }),
    getNextPageParam: nextOffset,
  });
export const STALLED_PAGE_SIZE = 50;
export const useComparison = (modelId: string, indicatorId: string | null) =>
  useQuery({
    queryKey: ['indicators', 'compare', modelId, indicatorId],
    enabled: indicatorId !== null,
    queryFn: ({ signal }) =>
      api.get<Comparison>(`/models/${enc(modelId)}/network/compare`, { query: { indicatorId }, signal }),
  });
export const exportHref = (modelId: string, indicatorId: string, granularity: string) =>
  `${apiBase}/models/${enc(modelId)}/network/export?indicatorId=${enc(indicatorId)}&granularity=${enc(granularity)}`;
export const useSiteValues = (siteId: string) =>
  useQuery({
    queryKey: ['indicators', 'site', siteId],
    queryFn: ({ signal }) => api.get<SiteValues>(`/sites/${enc(siteId)}/indicator-values`, { signal }),
  });
export const useReportingLink = (token: string) =>
  useQuery({
    queryKey: ['indicators', 'link', token],
    retry: false,
    queryFn: ({ signal }) => api.get<LinkView>(`/reporting/${enc(token)}`, { signal }),
  });
export const usePublicNetwork = (modelId: string) =>
  useQuery({
    queryKey: ['indicators', 'public', modelId],
    retry: false,
    queryFn: ({ signal }) => api.get<PublicNetwork>(`/public/networks/${enc(modelId)}`, { signal }),
  });

function useInvalidating<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['indicators'] }),
  });
}
export const useCreateIndicator = (modelId: string) =>
  useInvalidating((input: IndicatorInput) =>
    api.post<Indicator>(`/models/${enc(modelId)}/indicators`, input),
  );
export const useUpdateIndicator = (id: string) =>
  useInvalidating((input: IndicatorInput & { version: number }) =>
    api.patch<Indicator>(`/indicators/${enc(id)}`, input),
  );
export const useDeleteIndicator = () =>
  useInvalidating((id: string) => api.delete<undefined>(`/indicators/${enc(id)}`));
export const useSaveSettings = (modelId: string) =>
  useInvalidating((input: Omit<Settings, 'canEdit'>) =>
    api.put<Settings>(`/models/${enc(modelId)}/network/settings`, input),
  );
export const useAddValue = (siteId: string) =>
  useInvalidating((input: { indicatorId: string; kind: Kind; period: string; value: string }) =>
    api.post<Value>(`/sites/${enc(siteId)}/indicator-values`, input),
  );
export const useCorrectValue = (id: string) =>
  useInvalidating((input: { value: string; version: number }) =>
    api.patch<Value>(`/indicator-values/${enc(id)}`, input),
  );
export const useDeleteValue = () =>
  useInvalidating((id: string) => api.delete<undefined>(`/indicator-values/${enc(id)}`));
export const useReminders = (siteId: string) =>
  useInvalidating((enabled: boolean) =>
    api.put<{ enabled: boolean }>(`/sites/${enc(siteId)}/indicator-reminders`, { enabled }),
  );
export const useSendLink = (siteId: string) =>
  useMutation({
    mutationFn: (input: { period: string; email: string; days: number }) =>
      api.post<{ id: string; expiresAt: string; period: string }>(
        `/sites/${enc(siteId)}/reporting-links`,
        input,
      ),
  });
export const useSubmitLink = (token: string) =>
  useInvalidating((values: { indicatorId: string; kind: Kind; value: string }[]) =>
    api.post<LinkView>(`/reporting/${enc(token)}`, { values }),
  );

/** Sends the CSV file as it is (text/csv): the server reads the French conventions. */
export function useUploadValues(modelId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const response = await fetch(
        `${apiBase}/models/${enc(modelId)}/indicator-values/import?dryRun=${String(dryRun)}`,
        {
          method: 'POST',
          credentials: 'same-origin',
          body: await file.text(),
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'accept-language': currentLanguage(),
            accept: 'application/json',
          },
        },
      );
      const body = (await response.json()) as ImportReport | ApiErrorBody;
      if (!response.ok || 'error' in body) {
        const e =
          'error' in body ? body.error : { code: 'unexpected', message: String(response.status), fields: {} };
        throw new ApiError(response.status, e.code, e.message, e.fields ?? {});
      }
      return body;
    },
    onSuccess: (report) => {
      if (!report.dryRun) void qc.invalidateQueries({ queryKey: ['indicators'] });
    },
  });
}
