import { useMutation, useQueryClient } from '@tanstack/react-query';
import { currentLanguage, i18n } from '../../../i18n/i18n.ts';
import { ApiError, api, apiBase } from '../../../lib/api-client.ts';
import type { ProjectImage } from './types.ts';

/**
 * `POST /projects/:id/images?alt=…`: the body is the file itself (the server decides its type from its bytes),
 * so this call sends it raw rather than through the JSON client.
 */
export async function addProjectImage(projectId: string, file: File, alt: string): Promise<ProjectImage> {
  const url = `${apiBase}/projects/${encodeURIComponent(projectId)}/images?${new URLSearchParams({ alt })}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Accept-Language': currentLanguage(),
        'Content-Type': file.type || 'application/octet-stream',
      },
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network_error', i18n.t('common:errors.network'));
  }
  const payload = (await response.json().catch(() => undefined)) as
    | { error?: { code?: string; message?: string; fields?: Record<string, string> } }
    | ProjectImage
    | undefined;
  if (response.ok) return payload as ProjectImage;
  const error = payload && 'error' in payload ? payload.error : undefined;
  throw new ApiError(
    response.status,
    error?.code ?? 'unexpected_response',
    error?.message ?? i18n.t('common:errors.unexpected', { status: response.status }),
    error?.fields ?? {},
  );
}

export function deleteProjectImage(projectId: string, imageId: string): Promise<void> {
  return api.delete<void>(`/projects/${encodeURIComponent(projectId)}/images/${encodeURIComponent(imageId)}`);
}

/** Both change the record's images: the record is read again afterwards. */
function useRefreshProject(projectId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['library', 'project', projectId] });
    void queryClient.invalidateQueries({ queryKey: ['library', 'search'] });
  };
}

export function useAddProjectImage(projectId: string) {
  const refresh = useRefreshProject(projectId);
  return useMutation({
    mutationFn: ({ file, alt }: { file: File; alt: string }) => addProjectImage(projectId, file, alt),
    onSuccess: refresh,
  });
}

export function useDeleteProjectImage(projectId: string) {
  const refresh = useRefreshProject(projectId);
  return useMutation({
    mutationFn: (imageId: string) => deleteProjectImage(projectId, imageId),
    onSuccess: refresh,
  });
}
