import '../i18n-editor-runtime.ts';
import '../i18n-runtime.ts';
import { Alert, Anchor, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { notifySuccess } from '../../../components/feedback/notify.ts';
import { paths } from '../../../config/paths.ts';
import { ApiError, apiBase } from '../../../lib/api-client.ts';
import { useMyProjects } from '../api/get-my-projects.ts';
import { useTrash } from '../api/get-trash.ts';
import { useRestoreProject } from '../api/restore-project.ts';
import { LibraryNav } from '../components/library-nav.tsx';
import { ProjectCard } from '../components/project-card.tsx';
import { formatDate } from '../lib/format.ts';

function SignInNeeded() {
  const { t } = useTranslation(['libraryEditor', 'library']);
  return (
    <Alert variant="outline" color="dark">
      <Text mb="xs">{t('mine.signInNeeded')}</Text>
      <Anchor component={Link} to={paths.account.signIn.getHref()}>
        {t('editor.signIn')}
      </Anchor>
    </Alert>
  );
}

function isSignedOut(error: Error | null): boolean {
  return error instanceof ApiError && error.status === 401;
}

function ProjectsTab() {
  const { t } = useTranslation(['libraryEditor', 'library']);
  const projects = useMyProjects();
  if (projects.isPending) return <PageLoader />;
  if (isSignedOut(projects.error)) return <SignInNeeded />;
  if (projects.isError)
    return (
      <Alert color="red" variant="outline">
        {projects.error.message}
      </Alert>
    );
  const items = projects.data.pages.flatMap((page) => page.items);
  return (
    <Stack>
      {items.length === 0 && <Text>{t('mine.empty')}</Text>}
      <Stack component="ul" gap="md" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((card) => (
          <li key={card.id}>
            <ProjectCard card={card} headingLevel={2} />
          </li>
        ))}
      </Stack>
      {projects.hasNextPage && (
        <Button
          variant="outline"
          loading={projects.isFetchingNextPage}
          onClick={() => void projects.fetchNextPage()}
        >
          {t('library:search.more')}
        </Button>
      )}
    </Stack>
  );
}

function TrashTab() {
  const { t } = useTranslation(['libraryEditor', 'library']);
  const trash = useTrash();
  const restore = useRestoreProject();
  if (trash.isPending) return <PageLoader />;
  if (isSignedOut(trash.error)) return <SignInNeeded />;
  if (trash.isError)
    return (
      <Alert color="red" variant="outline">
        {trash.error.message}
      </Alert>
    );
  const items = trash.data.pages.flatMap((page) => page.items);
  return (
    <Stack>
      <Text>{t('mine.trashIntro')}</Text>
      {items.length === 0 && <Text>{t('mine.trashEmpty')}</Text>}
      {restore.isError && (
        <Alert color="red" variant="outline" role="alert">
          {restore.error.message}
        </Alert>
      )}
      <Stack component="ul" gap="md" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((card) => (
          <li key={card.id}>
            <ProjectCard
              card={card}
              headingLevel={2}
              actions={
                <Group justify="space-between" wrap="wrap">
                  <Text size="sm">
                    {card.deletedAt && t('mine.deletedOn', { date: formatDate(card.deletedAt) })}
                  </Text>
                  <Button
                    variant="outline"
                    size="xs"
                    loading={restore.isPending && restore.variables === card.id}
                    onClick={() =>
                      restore.mutate(card.id, {
                        onSuccess: () => notifySuccess(t('mine.restored', { title: card.title })),
                      })
                    }
                  >
                    {t('mine.restore', { title: card.title })}
                  </Button>
                </Group>
              }
            />
          </li>
        ))}
      </Stack>
      {trash.hasNextPage && (
        <Button
          variant="outline"
          loading={trash.isFetchingNextPage}
          onClick={() => void trash.fetchNextPage()}
        >
          {t('library:search.more')}
        </Button>
      )}
    </Stack>
  );
}

export function Component() {
  const { t } = useTranslation(['libraryEditor', 'library']);
  const [params, setParams] = useSearchParams();
  const tab = params.get('onglet') === 'corbeille' ? 'trash' : 'projects';
  return (
    <>
      <PageTitle>{t('mine.title')}</PageTitle>
      <Text size="lg" mb="md">
        {t('mine.intro')}
      </Text>
      <LibraryNav />
      <Group mb="lg" gap="sm" wrap="wrap">
        <Button component={Link} to={paths.projectNew.getHref()}>
          {t('library:nav.new')}
        </Button>
        <Button component={Link} to={paths.libraryImport.getHref()} variant="outline">
          {t('library:nav.import')}
        </Button>
      </Group>
      <Tabs
        value={tab}
        onChange={(value) => setParams(value === 'trash' ? { onglet: 'corbeille' } : {})}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="projects">{t('mine.tabs.projects')}</Tabs.Tab>
          <Tabs.Tab value="trash">{t('mine.tabs.trash')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="projects">
          <ProjectsTab />
        </Tabs.Panel>
        <Tabs.Panel value="trash">
          <TrashTab />
        </Tabs.Panel>
      </Tabs>
      <section>
        <Title order={2} size="h3" mt="xl" mb="xs">
          {t('mine.exportTitle')}
        </Title>
        <Group gap="sm" wrap="wrap">
          <Button component="a" href={`${apiBase}/library/export.csv`} variant="outline" download>
            {t('mine.exportCsv')}
          </Button>
          <Button component="a" href={`${apiBase}/library/export.json`} variant="outline" download>
            {t('mine.exportJson')}
          </Button>
        </Group>
      </section>
    </>
  );
}
