import '../i18n-runtime.ts';
import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../components/forms/use-form-feedback.ts';
import { useDeleteResource, useUploadResource, type Model } from '../api/models.ts';

/** The model's files: listed with the identifier a task cites, added and removed by editors. */
export function Resources({ model }: { model: Model }) {
  const { t } = useTranslation('models');
  const upload = useUploadResource(model.id);
  const remove = useDeleteResource(model.id);
  const [file, setFile] = useState<File | null>(null);
  const [type, setType] = useState('pdf');
  const [description, setDescription] = useState('');
  return (
    <Stack>
      {model.resources.length === 0 ? (
        <Text>{t('resources.none')}</Text>
      ) : (
        <Table>
          <Table.Tbody>
            {model.resources.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Th scope="row">
                  <Anchor href={r.url} aria-label={t('resources.download', { name: r.name })}>
                    {r.name}
                  </Anchor>
                </Table.Th>
                <Table.Td>{r.description}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {t('resources.id')} : <code>{r.id}</code>
                  </Text>
                </Table.Td>
                <Table.Td>
                  {model.canEdit && (
                    <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(r.id)}>
                      {t('resources.remove')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {model.canEdit && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (file)
              upload.mutate(
                { file, type, description },
                {
                  onSuccess: () => {
                    setFile(null);
                    setDescription('');
                  },
                },
              );
          }}
        >
          <Stack gap="xs">
            <Text size="sm">{t('resources.help')}</Text>
            <Group align="end">
              <FileInput label={t('resources.file')} value={file} onChange={setFile} />
              <Select
                label={t('resources.type')}
                data={['pdf', 'docx', 'odt', 'png', 'jpeg', 'csv', 'txt']}
                value={type}
                onChange={(v) => setType(v ?? 'pdf')}
                allowDeselect={false}
              />
              <TextInput
                label={t('resources.description')}
                value={description}
                onChange={(e) => setDescription(e.currentTarget.value)}
              />
              <Button type="submit" disabled={!file} loading={upload.isPending}>
                {t('resources.upload')}
              </Button>
            </Group>
            {upload.error && (
              <Alert color="red" role="alert">
                {toApiError(upload.error).message}
              </Alert>
            )}
          </Stack>
        </form>
      )}
    </Stack>
  );
}
