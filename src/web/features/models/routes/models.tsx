import '../i18n-runtime.ts';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { toApiError } from '../../../components/forms/use-form-feedback.ts';
import { paths } from '../../../config/paths.ts';
import { useMyProjects } from '../../diagnostics/api/get-my-projects.ts';
import { useMe } from '../../accounts/api/get-me.ts';
import { useCreateModel, useKits, useProjectModels } from '../api/models.ts';
import { KitImport } from '../components/kit-import.tsx';

function ProjectModels({ projectId, title }: { projectId: string; title: string }) {
  const { t } = useTranslation('models');
  const models = useProjectModels(projectId);
  const create = useCreateModel();
  const navigate = useNavigate();
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={3} size="h4">
        {title}
      </Title>
      {models.isPending ? (
        <PageLoader />
      ) : (models.data?.length ?? 0) === 0 ? (
        <Text>{t('noModels')}</Text>
      ) : (
        <Table>
          <Table.Tbody>
            {models.data?.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Th scope="row">
                  <Anchor component={Link} to={paths.modelEdit.getHref(m.id)}>
                    {m.title}
                  </Anchor>
                </Table.Th>
                <Table.Td>
                  {m.latestVersion > 0 ? (
                    <Badge color="blue.9" variant="filled">
                      {t('version', { n: m.latestVersion })}
                    </Badge>
                  ) : (
                    <Badge variant="filled" color="gray.8">
                      {t('draftOnly')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {m.latestVersion > 0 && (
                    <Anchor component={Link} to={paths.kit.getHref(m.id, m.latestVersion)}>
                      {t('versions.open')}
                    </Anchor>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Button
        mt="sm"
        size="xs"
        variant="light"
        loading={create.isPending}
        onClick={() =>
          create.mutate(projectId, { onSuccess: (m) => void navigate(paths.modelEdit.getHref(m.id)) })
        }
      >
        {t('create')}
      </Button>
      {create.error && (
        <Alert color="red" role="alert" mt="xs">
          {toApiError(create.error).message}
        </Alert>
      )}
      <KitImport projectId={projectId} />
    </Paper>
  );
}

function Mine() {
  const { t } = useTranslation('models');
  const projects = useMyProjects();
  if (projects.isPending) return <PageLoader />;
  if (projects.isError) return null;
  return (
    <Stack>
      <Title order={2}>{t('mine')}</Title>
      {projects.data.items.length === 0 ? (
        <Text>{t('noProjects')}</Text>
      ) : (
        projects.data.items.map((p) => <ProjectModels key={p.id} projectId={p.id} title={p.title} />)
      )}
    </Stack>
  );
}

export function Component() {
  const { t, i18n } = useTranslation('models');
  const kits = useKits();
  const me = useMe();
  return (
    <Stack>
      <PageTitle>{t('title')}</PageTitle>
      <Text>{t('intro')}</Text>
      <Title order={2}>{t('publicKits')}</Title>
      {kits.isPending ? (
        <PageLoader />
      ) : (kits.data?.items.length ?? 0) === 0 ? (
        <Text>{t('noKits')}</Text>
      ) : (
        <Stack gap="xs">
          {kits.data?.items.map((k) => (
            <Paper key={k.modelId} withBorder p="sm">
              <Group justify="space-between">
                <Anchor component={Link} to={paths.kit.getHref(k.modelId, k.latestVersion)} fw={700}>
                  {k.title}
                </Anchor>
                <Text size="sm">
                  {t('by', { carrier: k.carrier })} · {t('version', { n: k.latestVersion })} ·{' '}
                  {new Intl.DateTimeFormat(i18n.resolvedLanguage).format(new Date(k.publishedAt))}
                </Text>
              </Group>
              <Text size="sm" lineClamp={2}>
                {k.need}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      {me.data && <Mine />}
    </Stack>
  );
}
