import '../i18n-editor-runtime.ts';
import '../i18n-runtime.ts';
import { Alert, Anchor, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { notifySuccess } from '../../../components/feedback/notify.ts';
import { paths } from '../../../config/paths.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useCreateProject } from '../api/create-project.ts';
import { useMyOrganisations } from '../api/get-my-organisations.ts';
import { usePublishProject } from '../api/publish-project.ts';
import { LibraryNav } from '../components/library-nav.tsx';
import { ProjectForm } from '../components/project-form.tsx';
import { emptyValues } from '../lib/project-form.ts';

export function Component() {
  const { t } = useTranslation('libraryEditor');
  const navigate = useNavigate();
  const organisations = useMyOrganisations();
  const create = useCreateProject();
  const publish = usePublishProject();
  const writable = useMemo(
    () => (organisations.data?.items ?? []).filter((o) => o.myRole === 'owner' || o.myRole === 'editor'),
    [organisations.data],
  );
  const initial = useMemo(() => emptyValues(writable.length === 1 ? writable[0].id : ''), [writable]);

  let body;
  if (organisations.isPending) body = <PageLoader />;
  else if (organisations.error instanceof ApiError && organisations.error.status === 401) {
    body = (
      <Alert variant="outline" color="dark">
        <Text mb="xs">{t('editor.signInNeeded')}</Text>
        <Anchor component={Link} to={paths.account.signIn.getHref()}>
          {t('editor.signIn')}
        </Anchor>
      </Alert>
    );
  } else if (organisations.isError) {
    body = (
      <Alert color="red" variant="outline">
        {organisations.error.message}
      </Alert>
    );
  } else if (writable.length === 0) {
    body = (
      <Alert variant="outline" color="dark">
        {t('editor.noOrganisation')}
      </Alert>
    );
  } else {
    body = (
      <ProjectForm
        mode="create"
        isDraft
        initial={initial}
        organisations={organisations.data.items}
        submitting={create.isPending || publish.isPending}
        error={create.error ?? publish.error}
        onCancel={() => void navigate(paths.libraryMine.getHref())}
        onSubmit={(fields, intent) =>
          create.mutate(fields, {
            onSuccess: (project) => {
              const done = () => {
                notifySuccess(t('editor.saved'));
                void navigate(paths.project.getHref(project.id));
              };
              if (intent === 'publish')
                publish.mutate({ id: project.id, version: project.version }, { onSuccess: done });
              else done();
            },
          })
        }
      />
    );
  }

  return (
    <>
      <PageTitle>{t('editor.createTitle')}</PageTitle>
      <LibraryNav />
      {body}
    </>
  );
}
