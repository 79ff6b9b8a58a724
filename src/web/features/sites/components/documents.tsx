import { Anchor, FileInput, List, Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import { useUploadDocument, type Site } from '../api/sites.ts';

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

/** The site's documents and, for editors, the upload field (the server checks the content against the type). */
export function Documents({ site }: { site: Site }) {
  const { t, i18n } = useTranslation('sites');
  const upload = useUploadDocument(site.id);
  const size = new Intl.NumberFormat(i18n.resolvedLanguage, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="documents-title">
      <Title order={2} size="h3" id="documents-title" mb="xs">
        {t('site.documents')}
      </Title>
      {site.documents.length === 0 ? null : (
        <List mb="sm">
          {site.documents.map((d) => (
            <List.Item key={d.id}>
              <Anchor href={d.url}>{d.name}</Anchor> ({size.format(Math.max(1, Math.round(d.size / 1024)))})
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
    </Paper>
  );
}
