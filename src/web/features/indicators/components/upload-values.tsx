import { Alert, Button, FileInput, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../components/forms/use-form-feedback.ts';
import { useUploadValues, type ImportReport } from '../api/indicators.ts';
import { ScrollRegion } from './scroll-region.tsx';

/**
 * Check first (dry run: bad rows and reasons, nothing written), then confirm: all rows are written, or none.
 * The carrier uploads for the whole network; a site team (`siteName`) uploads for its own site through the same
 * route, which keeps only the sites the person may write, so the help names the site to write in the column.
 */
export function UploadValues({ modelId, siteName }: { modelId: string; siteName?: string }) {
  const { t } = useTranslation('indicators');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const upload = useUploadValues(modelId);
  const run = (dryRun: boolean) => {
    if (!file) return;
    upload.mutate({ file, dryRun }, { onSuccess: setReport });
  };
  const error = upload.error ? toApiError(upload.error) : null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="upload-title">
      <Title order={2} id="upload-title" mb="xs">
        {t('upload.title')}
      </Title>
      <Text size="sm" mb={siteName ? 'xs' : 'sm'}>
        {t('upload.help')}
      </Text>
      {siteName && (
        <Text size="sm" mb="sm">
          {t('upload.siteColumn', { name: siteName })}
        </Text>
      )}
      <Group align="flex-end">
        <FileInput
          label={t('upload.file')}
          accept=".csv,text/csv"
          value={file}
          onChange={(f) => {
            setFile(f);
            setReport(null);
            upload.reset();
          }}
          w={320}
          clearable
          clearButtonProps={{ 'aria-label': t('upload.clearFile') }}
        />
        <Button
          onClick={() => run(true)}
          disabled={!file}
          loading={upload.isPending && upload.variables.dryRun}
        >
          {t('upload.check')}
        </Button>
        {report?.dryRun && report.errors.length === 0 && report.valid > 0 && (
          <Button
            color="teal.9"
            onClick={() => run(false)}
            loading={upload.isPending && !upload.variables.dryRun}
          >
            {t('upload.confirm', { count: report.valid })}
          </Button>
        )}
      </Group>
      <div role="status" aria-live="polite">
        {error && (
          <Alert color="red" mt="sm" title={error.message}>
            {Object.values(error.fields).slice(0, 10).join(' · ')}
          </Alert>
        )}
        {report && !report.dryRun && (
          <Alert color="teal" mt="sm">
            {t('upload.written', { count: report.written })}
          </Alert>
        )}
        {report?.dryRun && (
          <Text mt="sm" fw={600}>
            {t('upload.report', { count: report.valid, rows: report.rows })}
          </Text>
        )}
      </div>
      {report?.dryRun && report.errors.length > 0 && (
        <>
          <Text size="sm" mt="xs">
            {t('upload.fixFirst')}
          </Text>
          <ScrollRegion label={t('upload.errorsCaption')} maxHeight={320}>
            <Table striped>
              <Table.Caption>{t('upload.errorsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('upload.line')}</Table.Th>
                  <Table.Th scope="col">{t('upload.field')}</Table.Th>
                  <Table.Th scope="col">{t('upload.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.errors.slice(0, 500).map((e, i) => (
                  <Table.Tr key={`${e.line}-${e.field}-${i}`}>
                    <Table.Td>{e.line}</Table.Td>
                    <Table.Td>{e.field}</Table.Td>
                    <Table.Td>{e.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        </>
      )}
    </Paper>
  );
}
