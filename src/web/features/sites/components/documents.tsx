import { Anchor, Button, FileInput, Group, List, Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../components/feedback/notify.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useDeleteDocument, useUploadDocument, type Site } from '../api/sites.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';

const KINDS: Record<string, string> = {
  pdf: 'pdf',
  docx: 'docx',
  odt: 'odt',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  csv: 'csv',
  txt: 'txt',
};

type SiteDocument = Site['documents'][number];

/** The site's documents and, for editors, the upload field and removal (the server checks the content's type). */
export function Documents({ site }: { site: Site }) {
  const { t, i18n } = useTranslation('sites');
  const upload = useUploadDocument(site.id);
  const remove = useDeleteDocument(site.id);
  const [removing, setRemoving] = useState<SiteDocument | null>(null);
  const size = new Intl.NumberFormat(i18n.resolvedLanguage, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  });
  const close = () => {
    setRemoving(null);
    remove.reset();
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="documents-title">
      <Title order={2} size="h3" id="documents-title" mb="xs">
        {t('site.documents')}
      </Title>
      {site.documents.length === 0 ? null : (
        <List mb="sm" spacing="xs">
          {site.documents.map((d) => (
            <List.Item key={d.id}>
              <Group gap="xs">
                <span>
                  <Anchor href={d.url}>{d.name}</Anchor> (
                  {size.format(Math.max(1, Math.round(d.size / 1024)))})
                </span>
                {site.permissions.edit && (
                  <Button
                    size="compact-xs"
                    variant="outline"
                    color="red.9"
                    onClick={() => setRemoving(d)}
                    aria-label={t('documents.remove', { name: d.name })}
                  >
                    {t('documents.removeShort')}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {site.permissions.edit && (
        <FileInput
          id="site-document"
          label={t('site.upload')}
          value={null}
          error={upload.error instanceof ApiError ? upload.error.message : undefined}
          onChange={(file) => {
            if (!file) return;
            const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
            upload.mutate({ file, type: KINDS[ext] ?? ext });
          }}
        />
      )}
      <ConfirmDialog
        opened={removing !== null}
        title={t('documents.confirmTitle')}
        question={t('documents.confirm', { name: removing?.name ?? '' })}
        confirmLabel={t('documents.confirmButton')}
        pending={remove.isPending}
        onClose={close}
        onConfirm={() => {
          if (!removing) return;
          const name = removing.name;
          remove.mutate(removing.id, {
            onSuccess: () => {
              close();
              notifySuccess(t('documents.removed', { name }));
            },
          });
        }}
      >
        {remove.error && (
          <Text role="alert" c="red.9" size="sm">
            {remove.error.message}
          </Text>
        )}
      </ConfirmDialog>
    </Paper>
  );
}
