import '../i18n-runtime.ts';
import { Alert, Button, FileInput, Group, List, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { toApiError } from '../../../components/forms/use-form-feedback.ts';
import { paths } from '../../../config/paths.ts';
import { ApiError, api } from '../../../lib/api-client.ts';
import type { Model } from '../api/models.ts';

/**
 * Import of a kit exchanged between instances (the `essaim.kit/v1` JSON export) as a new draft of this project.
 * The server checks it against the schema and names every bad field; an unreadable file is refused here.
 */
export function KitImport({ projectId }: { projectId: string }) {
  const { t } = useTranslation('models');
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const importKit = useMutation({
    mutationFn: async (chosen: File) => {
      let body: unknown;
      try {
        body = JSON.parse(await chosen.text()) as unknown;
      } catch {
        throw new ApiError(400, 'validation_failed', t('import.notJson'));
      }
      return api.post<Model>(`/projects/${encodeURIComponent(projectId)}/models/import`, body);
    },
    onSuccess: (m) => {
      void qc.invalidateQueries({ queryKey: ['models', 'project', projectId] });
      void navigate(paths.modelEdit.getHref(m.id));
    },
  });
  const error = importKit.error ? toApiError(importKit.error) : null;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (file) importKit.mutate(file);
      }}
    >
      <Stack gap="xs" mt="sm">
        <Group align="end">
          <FileInput
            label={t('import.file')}
            description={t('import.help')}
            accept="application/json,.json"
            value={file}
            onChange={setFile}
          />
          <Button type="submit" size="xs" variant="default" disabled={!file} loading={importKit.isPending}>
            {t('import.submit')}
          </Button>
        </Group>
        {error && (
          <Alert color="red" role="alert">
            {error.message}
            {Object.keys(error.fields).length > 0 && (
              <List size="sm">
                {Object.entries(error.fields).map(([field, message]) => (
                  <List.Item key={field}>
                    <code>{field}</code> : {message}
                  </List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
