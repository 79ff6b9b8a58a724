import '../i18n-editor-runtime.ts';
import '../i18n-runtime.ts';
import { Alert, Anchor, Divider, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { notifySuccess } from '../../../components/feedback/notify.ts';
import { paths } from '../../../config/paths.ts';
import { useMyOrganisations } from '../api/get-my-organisations.ts';
import { useProject } from '../api/get-project.ts';
import { usePublishProject } from '../api/publish-project.ts';
import { useUpdateProject } from '../api/update-project.ts';
import { LibraryNav } from '../components/library-nav.tsx';
import { ProjectForm } from '../components/project-form.tsx';
import { ProjectImagesEditor } from '../components/project-images-editor.tsx';
import { StoryEditor } from '../components/story-editor.tsx';
import { valuesFromProject } from '../lib/project-form.ts';

export function Component() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['libraryEditor', 'library']);
  const navigate = useNavigate();
  const project = useProject(id);
  const organisations = useMyOrganisations();
  const update = useUpdateProject(id);
  const publish = usePublishProject();
  // The form starts again from the record only when a new version arrives (after a save or a reload).
  const version = project.data?.version;
  const initial = useMemo(
    () => (project.data ? valuesFromProject(project.data) : null),
    [project.data?.id, version],
  );

  if (project.isPending) return <PageLoader />;
  if (project.isError || !initial) {
    return (
      <>
        <PageTitle>{t('library:project.notFoundTitle')}</PageTitle>
        <Text mb="md">{project.error?.message}</Text>
        <Anchor component={Link} to={paths.library.getHref()}>
          {t('library:project.back')}
        </Anchor>
      </>
    );
  }
  const current = project.data;
  return (
    <>
      <PageTitle>{t('editor.editTitle', { title: current.title })}</PageTitle>
      <LibraryNav />
      {!current.canEdit && (
        <Alert variant="outline" color="dark" mb="md">
          {t('editor.signInNeeded')}
        </Alert>
      )}
      <ProjectForm
        mode="edit"
        isDraft={current.status === 'draft'}
        initial={initial}
        organisations={organisations.data?.items ?? []}
        submitting={update.isPending || publish.isPending}
        error={update.error ?? publish.error}
        onCancel={() => void navigate(paths.project.getHref(current.id))}
        onReloadLatest={() => {
          update.reset();
          void project.refetch();
        }}
        onSubmit={(fields, intent) => {
          // The owner does not change here; the rest goes with the version last read (409 if it is stale).
          const { organisationId: _owner, ...changes } = fields;
          update.mutate(
            { ...changes, version: current.version },
            {
              onSuccess: (saved) => {
                const done = () => {
                  notifySuccess(t('editor.saved'));
                  void navigate(paths.project.getHref(saved.id));
                };
                if (intent === 'publish')
                  publish.mutate({ id: saved.id, version: saved.version }, { onSuccess: done });
                else done();
              },
            },
          );
        }}
      />
      {current.canEdit && (
        <>
          <Divider my="xl" />
          <ProjectImagesEditor project={current} />
          <Divider my="xl" />
          {/* Keyed by the story's version: after a save or a reload the editor starts again from what is stored. */}
          <StoryEditor key={current.story?.version ?? 0} project={current} />
        </>
      )}
    </>
  );
}
