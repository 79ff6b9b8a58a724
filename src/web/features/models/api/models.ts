import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ModelDiff } from '../../../../core/models/diff.ts';
import type { ModelContent } from '../../../../core/models/model.schemas.ts';
import type { MissingBlock } from '../../../../core/models/publish.ts';
import { api, apiBase, ApiError } from '../../../lib/api-client.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';

export interface Resource {
  id: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  description: string;
  url: string;
}
export interface Model {
  id: string;
  projectId: string;
  organisationId: string;
  organisationName: string | null;
  title: string;
  content: ModelContent;
  version: number;
  latestVersion: number;
  publishedAt: string | null;
  updatedAt: string;
  canEdit: boolean;
  missing: MissingBlock[];
  resources: Resource[];
}
export interface ModelListItem {
  id: string;
  projectId: string;
  title: string;
  latestVersion: number;
  publishedAt: string | null;
  updatedAt: string;
}
export interface KitVersion {
  modelId: string;
  projectId: string;
  title: string;
  carrier: { organisationId: string; name: string | null };
  number: number;
  latestVersion: number;
  changeNote: string;
  publishedAt: string;
  content: ModelContent;
  resources: Resource[];
}
export interface KitListItem {
  modelId: string;
  projectId: string;
  title: string;
  need: string;
  carrier: string;
  latestVersion: number;
  publishedAt: string;
  licence: string | null;
}

export const useKits = () =>
  useQuery({
    queryKey: ['models', 'kits'],
    queryFn: ({ signal }) =>
      api.get<{ items: KitListItem[]; nextCursor: string | null }>('/kits', { query: { limit: 50 }, signal }),
  });
export const useProjectModels = (projectId: string) =>
  useQuery({
    queryKey: ['models', 'project', projectId],
    queryFn: ({ signal }) => api.get<ModelListItem[]>('/models', { query: { projectId }, signal }),
  });
export const useModel = (id: string) =>
  useQuery({
    queryKey: ['models', 'model', id],
    queryFn: ({ signal }) => api.get<Model>(`/models/${encodeURIComponent(id)}`, { signal }),
  });
export const useVersions = (id: string) =>
  useQuery({
    queryKey: ['models', 'versions', id],
    queryFn: ({ signal }) =>
      api.get<{ items: { number: number; changeNote: string; publishedAt: string }[] }>(
        `/models/${encodeURIComponent(id)}/versions`,
        { signal },
      ),
  });
/** The public kit page's data; its route loader starts it (src/web/features/models/routes/kit.tsx). */
export const kitVersionQuery = (id: string, n: number) =>
  queryOptions({
    queryKey: ['models', 'kit', id, n],
    queryFn: ({ signal }) => api.get<KitVersion>(`/kits/${encodeURIComponent(id)}/versions/${n}`, { signal }),
  });
export const useKitVersion = (id: string, n: number) => useQuery(kitVersionQuery(id, n));
export const useDiff = (id: string, from: string, to: string, enabled: boolean) =>
  useQuery({
    queryKey: ['models', 'diff', id, from, to],
    enabled,
    queryFn: ({ signal }) =>
      api.get<ModelDiff>(`/models/${encodeURIComponent(id)}/diff`, { query: { from, to }, signal }),
  });

export function useCreateModel() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (projectId: string) =>
      api.post<Model>(`/projects/${encodeURIComponent(projectId)}/models`, {}),
    onSuccess: (m) => void qc.invalidateQueries({ queryKey: ['models', 'project', m.projectId] }),
  });
}
export function useSaveModel(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; content: ModelContent }) =>
      api.patch<Model>(`/models/${encodeURIComponent(id)}`, body),
    onSuccess: (m) => qc.setQueryData(['models', 'model', id], m),
  });
}
export function usePublish(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (changeNote: string) =>
      api.post<KitVersion>(`/models/${encodeURIComponent(id)}/versions`, { changeNote }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['models'] }),
  });
}
export function useUploadResource(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: { file: File; type: string; description: string }) => {
      const params = new URLSearchParams({
        name: input.file.name,
        type: input.type,
        description: input.description,
      });
      const response = await fetch(
        `${apiBase}/models/${encodeURIComponent(id)}/resources?${params.toString()}`,
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
      return body as unknown as Resource;
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['models', 'model', id] }),
  });
}
export function useDeleteResource(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (resourceId: string) =>
      api.delete<void>(`/models/${encodeURIComponent(id)}/resources/${encodeURIComponent(resourceId)}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['models', 'model', id] }),
  });
}
export const exportHref = (id: string, n: number, format: string) =>
  `${apiBase}/models/${encodeURIComponent(id)}/versions/${n}/export?format=${format}`;

/** An export of a published version (`POST /models/:id/versions/:n/exports`), made at once or by a background job. */
export interface KitExport {
  id: string;
  format: ExportFormat;
  status: 'pending' | 'running' | 'done' | 'failed';
  progress: number;
  fileName: string | null;
  size: number | null;
  downloadUrl: string | null;
  error: { code: string; message: string } | null;
  expiresAt: string;
}
export const EXPORT_FORMATS = ['pdf', 'docx', 'md', 'json', 'zip'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
const exportsPath = (id: string, n: number) => `/models/${encodeURIComponent(id)}/versions/${n}/exports`;
export const startKitExport = (id: string, n: number, format: ExportFormat) =>
  api.post<KitExport>(exportsPath(id, n), { format });
export const kitExportStatus = (id: string, n: number, exportId: string, signal?: AbortSignal) =>
  api.get<KitExport>(`${exportsPath(id, n)}/${encodeURIComponent(exportId)}`, { signal });
