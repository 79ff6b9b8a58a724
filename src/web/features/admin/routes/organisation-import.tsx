import '../../accounts/i18n-runtime.ts';
import '../i18n-runtime.ts';
import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  List,
  Progress,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDate } from '../../accounts/lib/format.ts';
import { importOrganisation, type OrganisationImportReport } from '../api/import-organisation.ts';
import { AdminNav } from '../components/admin-nav.tsx';
import { AdminOnly } from '../components/admin-only.tsx';

function Report({ report }: { report: OrganisationImportReport }) {
  const { t } = useTranslation('admin');
  const leftOut = (items: OrganisationImportReport['dropped']) => (
    <List>
      {items.map((d) => (
        <List.Item key={`${d.table}.${d.column}.${d.missing.id}`}>
          {t('organisationImport.leftOut', {
            table: d.table,
            column: d.column,
            rows: d.rows,
            target: d.missing.table,
            label: d.missing.label || d.missing.id,
          })}
        </List.Item>
      ))}
    </List>
  );
  const tables = Object.entries(report.created).filter(([, n]) => n > 0);
  return (
    <Stack gap="sm">
      <Title order={2} size="h3" id="report-title">
        {report.dryRun ? t('organisationImport.reportTitle') : t('organisationImport.doneTitle')}
      </Title>
      <Text>
        {t('organisationImport.source', {
          name: report.source.name,
          date: formatDate(report.source.exportedAt),
        })}
      </Text>
      <Text>
        {t('organisationImport.people', { matched: report.people.matched, created: report.people.created })}
      </Text>
      <Table striped maw={520}>
        <Table.Caption>{t('organisationImport.created')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('organisationImport.table')}</Table.Th>
            <Table.Th scope="col">{t('organisationImport.rows')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tables.map(([table, n]) => (
            <Table.Tr key={table}>
              <Table.Th scope="row" fw={400}>
                {table}
              </Table.Th>
              <Table.Td>{n}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {report.dropped.length || report.cleared.length ? (
        <>
          {report.dropped.length ? (
            <>
              <Title order={3} size="h4">
                {t('organisationImport.dropped')}
              </Title>
              {leftOut(report.dropped)}
            </>
          ) : null}
          {report.cleared.length ? (
            <>
              <Title order={3} size="h4">
                {t('organisationImport.cleared')}
              </Title>
              {leftOut(report.cleared)}
            </>
          ) : null}
        </>
      ) : (
        <Text>{t('organisationImport.nothingDropped')}</Text>
      )}
      {!report.dryRun ? (
        <Anchor component={Link} to={paths.organisation.getHref(report.organisation.id)}>
          {t('organisationImport.open')}
        </Anchor>
      ) : null}
    </Stack>
  );
}

function ImportPage() {
  const { t } = useTranslation('admin');
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<OrganisationImportReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    setProgress(0);
    try {
      const answer = await importOrganisation({
        file,
        dryRun,
        name: name.trim() || undefined,
        onProgress: setProgress,
      });
      setReport(answer);
    } catch (caught) {
      setReport(null);
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'unexpected', String(caught)));
    } finally {
      setProgress(null);
    }
  };

  return (
    <>
      <PageTitle>{t('organisationImport.title')}</PageTitle>
      <AdminNav />
      <Stack gap="md" maw={760}>
        <Text>{t('organisationImport.intro')}</Text>
        <FileInput
          label={t('organisationImport.file')}
          description={t('organisationImport.fileHint')}
          accept=".zip,application/zip"
          required
          clearable
          clearButtonProps={{ 'aria-label': t('organisationImport.file') }}
          value={file}
          onChange={(value) => {
            setFile(value);
            setReport(null);
            setError(null);
          }}
        />
        <TextInput
          label={t('organisationImport.name')}
          description={t('organisationImport.nameHint')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={error?.fields.name}
        />
        <Group>
          <Button
            variant="outline"
            disabled={!file}
            loading={progress !== null}
            onClick={() => void send(true)}
          >
            {t('organisationImport.dryRun')}
          </Button>
          <Button
            disabled={!file || !report?.dryRun}
            loading={progress !== null}
            onClick={() => void send(false)}
          >
            {t('organisationImport.confirm')}
          </Button>
        </Group>
        <div role="status" aria-live="polite">
          {progress !== null ? (
            <Stack gap={4}>
              <Text size="sm">{t('organisationImport.sending')}</Text>
              <Progress
                value={Math.round(progress * 100)}
                aria-label={t('organisationImport.progressLabel')}
              />
            </Stack>
          ) : null}
        </div>
        {error ? (
          <Alert color="red" variant="light" role="alert" title={t('organisationImport.failed')}>
            <Text>{error.message}</Text>
            {Object.keys(error.fields).length ? (
              <List>
                {Object.entries(error.fields).map(([field, message]) => (
                  <List.Item key={field}>
                    <code>{field}</code>
                    {t('organisationImport.fieldSeparator')}
                    {message}
                  </List.Item>
                ))}
              </List>
            ) : null}
          </Alert>
        ) : null}
        {report ? <Report report={report} /> : null}
      </Stack>
    </>
  );
}

export function Component() {
  return <AdminOnly>{() => <ImportPage />}</AdminOnly>;
}
