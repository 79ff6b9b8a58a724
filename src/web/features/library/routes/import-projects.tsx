import '../i18n-editor-runtime.ts';
import '../i18n-runtime.ts';
import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useMyOrganisations } from '../api/get-my-organisations.ts';
import { importProjects } from '../api/import-projects.ts';
import type { ImportReport } from '../api/import-projects.ts';
import { LibraryNav } from '../components/library-nav.tsx';

function RejectedTable({ report }: { report: ImportReport }) {
  const { t } = useTranslation('libraryEditor');
  if (report.rejected.length === 0) return <Text>{t('import.noneRejected')}</Text>;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped withTableBorder>
        <Table.Caption>{t('import.rejectedCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('import.line')}</Table.Th>
            <Table.Th scope="col">{t('import.field')}</Table.Th>
            <Table.Th scope="col">{t('import.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rejected.map((row, index) => (
            <Table.Tr key={`${row.line}-${row.field}-${index}`}>
              <Table.Td>{row.line}</Table.Td>
              <Table.Td>{row.field}</Table.Td>
              <Table.Td>{row.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function Component() {
  const { t } = useTranslation('libraryEditor');
  const queryClient = useQueryClient();
  const organisations = useMyOrganisations();
  const writable = (organisations.data?.items ?? []).filter(
    (o) => o.myRole === 'owner' || o.myRole === 'editor',
  );
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);
  /** A large file's progress on the server, once sent (null while sending, or for a small file). */
  const [serverProgress, setServerProgress] = useState<number | null>(null);
  const chosenOrganisation = organisationId ?? (writable.length === 1 ? writable[0].id : null);

  const check = useMutation({
    mutationFn: (input: { file: File; organisationId: string }) =>
      importProjects({
        ...input,
        dryRun: true,
        acceptValidRows: false,
        onProgress: setProgress,
        onServerProgress: setServerProgress,
      }),
  });
  const run = useMutation({
    mutationFn: (input: { file: File; organisationId: string }) =>
      importProjects({
        ...input,
        dryRun: false,
        acceptValidRows: true,
        onProgress: setProgress,
        onServerProgress: setServerProgress,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['library'] }),
  });
  const dryRun = check.data;
  const busy = check.isPending || run.isPending;
  const error = check.error ?? run.error;

  if (organisations.isPending) return <PageLoader />;

  return (
    <>
      <PageTitle>{t('import.title')}</PageTitle>
      <Text size="lg" mb="xs" maw="48rem">
        {t('import.intro')}
      </Text>
      <Text mb="md" maw="48rem">
        {t('import.formats')}
      </Text>
      <LibraryNav />

      {organisations.error instanceof ApiError && organisations.error.status === 401 ? (
        <Alert variant="outline" color="dark">
          <Text mb="xs">{t('mine.signInNeeded')}</Text>
          <Anchor component={Link} to={paths.account.signIn.getHref()}>
            {t('editor.signIn')}
          </Anchor>
        </Alert>
      ) : writable.length === 0 ? (
        <Alert variant="outline" color="dark">
          {t('editor.noOrganisation')}
        </Alert>
      ) : (
        <Stack maw="48rem">
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!file || !chosenOrganisation) return;
              run.reset();
              setProgress(0);
              setServerProgress(null);
              check.mutate({ file, organisationId: chosenOrganisation });
            }}
          >
            <Stack>
              <Select
                label={t('import.organisation')}
                required
                data={writable.map((o) => ({ value: o.id, label: o.name }))}
                value={chosenOrganisation}
                onChange={(value) => {
                  setOrganisationId(value);
                  check.reset();
                }}
                allowDeselect={false}
              />
              <FileInput
                label={t('import.file')}
                required
                accept=".csv,.json,text/csv,application/json"
                value={file}
                onChange={(value) => {
                  setFile(value);
                  check.reset();
                  run.reset();
                }}
                clearable
                // The clear button is an icon: it needs a name (axe « button-name », RGAA 11.9).
                clearButtonProps={{ 'aria-label': t('import.clearFile') }}
              />
              <Group>
                <Button type="submit" disabled={!file || !chosenOrganisation} loading={check.isPending}>
                  {t('import.check')}
                </Button>
              </Group>
            </Stack>
          </form>

          {busy && (
            <Progress
              value={Math.round((serverProgress ?? progress) * 100)}
              aria-label={serverProgress === null ? t('import.progress') : t('import.serverProgress')}
              animated={serverProgress === null && progress >= 1}
              striped={serverProgress === null && progress >= 1}
            />
          )}
          <div role="status" aria-live="polite">
            {busy && <Text>{run.isPending ? t('import.importing') : t('import.checking')}</Text>}
            {busy && serverProgress !== null && (
              <Text>{t('import.serverPercent', { percent: Math.round(serverProgress * 100) })}</Text>
            )}
            {run.isSuccess && (
              <Alert variant="outline" color="essaim.8">
                <Text mb="xs">{t('import.done', { count: run.data.imported })}</Text>
                <Anchor component={Link} to={paths.libraryMine.getHref()}>
                  {t('import.seeMine')}
                </Anchor>
              </Alert>
            )}
          </div>
          {error && (
            <Alert color="red" variant="outline" role="alert">
              {error.message}
              {error instanceof ApiError &&
                Object.values(error.fields).map((message) => <Text key={message}>{message}</Text>)}
            </Alert>
          )}

          {dryRun && !run.isSuccess && (
            <section aria-labelledby="dry-run-title">
              <Title order={2} size="h3" id="dry-run-title" mb="xs">
                {t('import.rejectedTitle')}
              </Title>
              <Text fw={600} mb="xs">
                {t('import.summary', { count: dryRun.total, valid: dryRun.valid })}
              </Text>
              {dryRun.duplicates.length > 0 && (
                <Text mb="xs">{t('import.duplicates', { count: dryRun.duplicates.length })}</Text>
              )}
              <RejectedTable report={dryRun} />
              {dryRun.valid > 0 ? (
                <Button
                  mt="md"
                  loading={run.isPending}
                  onClick={() => {
                    setProgress(0);
                    setServerProgress(null);
                    if (file && chosenOrganisation) run.mutate({ file, organisationId: chosenOrganisation });
                  }}
                >
                  {t('import.confirm', { count: dryRun.valid })}
                </Button>
              ) : (
                <Text mt="md">{t('import.nothingValid')}</Text>
              )}
            </section>
          )}
        </Stack>
      )}
    </>
  );
}
