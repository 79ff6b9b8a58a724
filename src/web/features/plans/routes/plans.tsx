import '../i18n-runtime.ts';
import { Alert, Anchor, Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { toApiError } from '../../../components/forms/use-form-feedback.ts';
import { SignedInOnly } from '../../accounts/components/signed-in-only.tsx';
import { useMyProjects } from '../../diagnostics/api/get-my-projects.ts';
import { useCreatePlan, useProjectCompletedDiagnostics, useProjectPlans } from '../api/plans.ts';

function ProjectPlans({ projectId, title }: { projectId: string; title: string }) {
  const { t, i18n } = useTranslation('plans');
  const plans = useProjectPlans(projectId);
  const diagnostics = useProjectCompletedDiagnostics(projectId);
  const create = useCreatePlan();
  const navigate = useNavigate();
  const [diagnosticId, setDiagnosticId] = useState<string>('');
  const selectId = useId();
  const options = [
    ...(diagnostics.data ?? []).map((d) => ({ value: d.id, label: d.title })),
    { value: 'none', label: t('create.fromScratch') },
  ];
  const chosen = diagnosticId || options[0]?.value || 'none';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${selectId}-h`}>
      <Title order={2} size="h3" id={`${selectId}-h`}>
        {title}
      </Title>
      {plans.isPending ? (
        <PageLoader />
      ) : (plans.data?.items.length ?? 0) === 0 ? (
        <Text>{t('noPlans')}</Text>
      ) : (
        <Table mt="sm">
          <Table.Tbody>
            {plans.data?.items.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Th scope="row">
                  <Anchor component={Link} to={paths.plan.getHref(p.id)}>
                    {p.title}
                  </Anchor>
                </Table.Th>
                <Table.Td>
                  <Badge variant="light">{t(`planStatus.${p.status}`)}</Badge>
                </Table.Td>
                <Table.Td>
                  {p.strategyTitle
                    ? i18n.resolvedLanguage === 'en'
                      ? p.strategyTitle.en
                      : p.strategyTitle.fr
                    : '—'}
                </Table.Td>
                <Table.Td>{t('items', { count: p.itemCount })}</Table.Td>
                <Table.Td>
                  {new Intl.DateTimeFormat(i18n.resolvedLanguage).format(new Date(p.updatedAt))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(
            { projectId, diagnosticId: chosen === 'none' ? undefined : chosen },
            { onSuccess: (plan) => void navigate(paths.plan.getHref(plan.id)) },
          );
        }}
      >
        <Group align="end" mt="md">
          <Select
            id={selectId}
            label={t('create.diagnostic')}
            data={options}
            value={chosen}
            onChange={(v) => setDiagnosticId(v ?? '')}
            allowDeselect={false}
          />
          <Button type="submit" loading={create.isPending}>
            {t('create.submit')}
          </Button>
        </Group>
        {create.error && (
          <Alert color="red" mt="sm" role="alert">
            {toApiError(create.error).message}
          </Alert>
        )}
      </form>
    </Paper>
  );
}

export function Component() {
  const { t } = useTranslation('plans');
  return (
    <Stack>
      <PageTitle>{t('title')}</PageTitle>
      <Text>{t('intro')}</Text>
      <SignedInOnly>{() => <MyProjects />}</SignedInOnly>
    </Stack>
  );
}

function MyProjects() {
  const { t } = useTranslation('plans');
  const projects = useMyProjects();
  if (projects.isPending) return <PageLoader />;
  if (projects.isError) throw projects.error;
  if (projects.data.items.length === 0) return <Text>{t('noProjects')}</Text>;
  return (
    <Stack>
      {projects.data.items.map((p) => (
        <ProjectPlans key={p.id} projectId={p.id} title={p.title} />
      ))}
    </Stack>
  );
}
