import '../i18n-runtime.ts';
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { SignedInOnly } from '../../accounts/components/signed-in-only.tsx';
import { useCreateDiagnostic } from '../api/create-diagnostic.ts';
import { useDeleteDiagnostic } from '../api/delete-diagnostic.ts';
import { useInstruments } from '../api/get-instruments.ts';
import { useProjectHeader } from '../api/get-project.ts';
import { useProjectDiagnostics } from '../api/get-project-diagnostics.ts';
import type { DiagnosticSummary } from '../api/types.ts';
import { InstrumentChoice } from '../components/instrument-choice.tsx';
import { TerritoryFields, type TerritoryValue } from '../components/territory-fields.tsx';
import { TrashList } from '../components/trash-list.tsx';
import { formatDate } from '../lib/localize.ts';

function History({ projectId, items }: { projectId: string; items: DiagnosticSummary[] }) {
  const { t, i18n } = useTranslation('diagnostics');
  const remove = useDeleteDiagnostic();
  const lang = i18n.resolvedLanguage ?? 'fr';
  if (items.length === 0) return <Text>{t('project.historyEmpty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder striped>
        <Table.Caption>{t('project.table.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('project.table.title')}</Table.Th>
            <Table.Th scope="col">{t('project.table.status')}</Table.Th>
            <Table.Th scope="col">{t('project.table.verdict')}</Table.Th>
            <Table.Th scope="col">{t('project.table.progress')}</Table.Th>
            <Table.Th scope="col">{t('project.table.date')}</Table.Th>
            <Table.Th scope="col">{t('project.table.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor
                  component={Link}
                  to={
                    item.status === 'completed'
                      ? paths.diagnosticResult.getHref(item.id)
                      : paths.diagnostic.getHref(item.id)
                  }
                >
                  {item.title}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <Badge variant={item.status === 'completed' ? 'filled' : 'light'}>
                  {t(`status.${item.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{item.verdict ? t(`verdicts.${item.verdict}`) : '—'}</Table.Td>
              <Table.Td>
                {t('progressCount', { answered: item.progress.answered, total: item.progress.total })}
              </Table.Td>
              <Table.Td>{formatDate(item.updatedAt, lang)}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Anchor
                    component={Link}
                    size="sm"
                    to={
                      item.status === 'completed'
                        ? paths.diagnosticResult.getHref(item.id)
                        : paths.diagnostic.getHref(item.id)
                    }
                    aria-label={`${item.status === 'completed' ? t('project.results') : t('project.continue')}, ${item.title}`}
                  >
                    {item.status === 'completed' ? t('project.results') : t('project.continue')}
                  </Anchor>
                  <Button
                    size="compact-sm"
                    variant="default"
                    aria-label={`${t('project.delete')}, ${item.title}`}
                    loading={remove.isPending && remove.variables.id === item.id}
                    onClick={() => {
                      if (window.confirm(t('project.deleteConfirm', { title: item.title }))) {
                        remove.mutate({ id: item.id, projectId });
                      }
                    }}
                  >
                    {t('project.delete')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function StartForm({ projectId }: { projectId: string }) {
  const { t } = useTranslation('diagnostics');
  const instruments = useInstruments();
  const create = useCreateDiagnostic();
  const navigate = useNavigate();
  const feedback = useFormFeedback();
  const [instrumentId, setInstrumentId] = useState('carrier-readiness');
  const [title, setTitle] = useState('');
  const [modelRef, setModelRef] = useState('');
  const [territory, setTerritory] = useState<TerritoryValue>({ type: 'commune', code: '' });
  const titleId = useId();
  const modelId = useId();
  const territoryId = useId();
  const items = instruments.data?.items ?? [];
  const chosen = items.find((i) => i.id === instrumentId);
  if (instruments.isPending) return <PageLoader />;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        feedback.clear();
        create.mutate(
          {
            projectId,
            instrumentId,
            title: title.trim() || undefined,
            modelRef: chosen?.kind === 'replicator-fit' && modelRef.trim() ? modelRef.trim() : undefined,
            territory:
              chosen?.kind === 'replicator-fit' && territory.code.trim()
                ? { type: territory.type, code: territory.code.trim() }
                : undefined,
          },
          { onSuccess: (d) => void navigate(paths.diagnostic.getHref(d.id, 1)), onError: feedback.fail },
        );
      }}
    >
      <FormErrorSummary
        error={feedback.error}
        ref={feedback.summaryRef}
        fields={{
          title: { id: titleId, label: t('project.titleLabel') },
          modelRef: { id: modelId, label: t('project.modelLabel') },
          'territory.type': { id: `${territoryId}-type`, label: t('project.territoryType') },
          'territory.code': { id: `${territoryId}-code`, label: t('project.territoryCode') },
        }}
      />
      <Stack>
        <InstrumentChoice instruments={items} value={instrumentId} onChange={setInstrumentId} />
        <TextInput
          id={titleId}
          label={t('project.titleLabel')}
          description={t('project.titleHint')}
          value={title}
          maxLength={200}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={feedback.fieldError('title')}
        />
        {chosen?.kind === 'replicator-fit' ? (
          <TextInput
            id={modelId}
            label={t('project.modelLabel')}
            description={t('project.modelHint')}
            value={modelRef}
            maxLength={500}
            onChange={(event) => setModelRef(event.currentTarget.value)}
            error={feedback.fieldError('modelRef')}
          />
        ) : null}
        {chosen?.kind === 'replicator-fit' ? (
          <TerritoryFields
            id={territoryId}
            value={territory}
            onChange={setTerritory}
            error={feedback.fieldError}
          />
        ) : null}
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('project.start')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CompareForm({ items }: { items: DiagnosticSummary[] }) {
  const { t, i18n } = useTranslation('diagnostics');
  const navigate = useNavigate();
  const completed = items.filter((i) => i.status === 'completed');
  const lang = i18n.resolvedLanguage ?? 'fr';
  // Oldest first in the « before » list, newest first in the « after » list.
  const options = completed.map((i) => ({
    value: i.id,
    label: `${i.title} — ${formatDate(i.completedAt ?? i.updatedAt, lang)}`,
  }));
  const [a, setA] = useState<string | null>(completed[1]?.id ?? null);
  const [b, setB] = useState<string | null>(completed[0]?.id ?? null);
  const sameInstrument = (x: string | null, y: string | null) =>
    completed.find((i) => i.id === x)?.instrumentId === completed.find((i) => i.id === y)?.instrumentId;
  const comparable = completed.some((x) =>
    completed.some((y) => x.id !== y.id && x.instrumentId === y.instrumentId),
  );
  if (!comparable) return <Text>{t('project.compareNotEnough')}</Text>;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (a && b) void navigate(paths.diagnosticsCompare.getHref(a, b));
      }}
    >
      <Text mb="sm">{t('project.compareIntro')}</Text>
      <Stack>
        <Select
          label={t('project.compareBefore')}
          data={[...options].reverse()}
          value={a}
          onChange={setA}
          allowDeselect={false}
        />
        <Select
          label={t('project.compareAfter')}
          data={options}
          value={b}
          onChange={setB}
          allowDeselect={false}
        />
        <Group>
          <Button type="submit" disabled={!a || !b || a === b || !sameInstrument(a, b)}>
            {t('project.compare')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ProjectPage({ projectId }: { projectId: string }) {
  const { t } = useTranslation('diagnostics');
  const history = useProjectDiagnostics(projectId);
  const project = useProjectHeader(projectId).data;
  const items = history.data?.items ?? [];
  const canStart = history.isSuccess;
  return (
    <>
      <Anchor component={Link} to={paths.diagnostics.getHref()} mb="sm" display="inline-block">
        {t('project.back')}
      </Anchor>
      <PageTitle>
        {project ? t('project.titleWithName', { title: project.title }) : t('project.title')}
      </PageTitle>
      {history.error ? (
        <Alert color="red" variant="light" role="alert" mb="md">
          {history.error.message}
        </Alert>
      ) : null}
      <Box component="section" aria-labelledby="history-title" mb="xl">
        <Title order={2} size="h3" id="history-title" mb="sm">
          {t('project.historyTitle')}
        </Title>
        {history.isPending ? <PageLoader /> : <History projectId={projectId} items={items} />}
      </Box>
      {canStart ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <Paper component="section" withBorder p="lg" aria-labelledby="start-title">
            <Title order={2} size="h3" id="start-title" mb="sm">
              {t('project.startTitle')}
            </Title>
            <StartForm projectId={projectId} />
          </Paper>
          <Paper component="section" withBorder p="lg" aria-labelledby="compare-title">
            <Title order={2} size="h3" id="compare-title" mb="sm">
              {t('project.compareTitle')}
            </Title>
            <CompareForm key={items.map((i) => i.id).join()} items={items} />
          </Paper>
        </SimpleGrid>
      ) : null}
      <TrashList projectId={projectId} />
    </>
  );
}

export function Component() {
  const { projectId = '' } = useParams();
  return <SignedInOnly>{() => <ProjectPage key={projectId} projectId={projectId} />}</SignedInOnly>;
}
