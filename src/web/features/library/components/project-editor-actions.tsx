import '../i18n-editor-runtime.ts';
import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { notifySuccess } from '../../../components/feedback/notify.ts';
import { paths } from '../../../config/paths.ts';
import { useDeleteProject } from '../api/delete-project.ts';
import { usePublishProject } from '../api/publish-project.ts';
import type { Project } from '../api/types.ts';
import { useUnpublishProject } from '../api/unpublish-project.ts';

/** What the project's editors can do from its page: edit, publish or unpublish, move to the trash. */
export function EditorActions({ project }: { project: Project }) {
  const { t } = useTranslation('libraryEditor');
  const { t: tForms } = useTranslation('forms');
  const navigate = useNavigate();
  const publish = usePublishProject();
  const unpublish = useUnpublishProject();
  const remove = useDeleteProject();
  const [confirming, setConfirming] = useState(false);
  const error = publish.error ?? unpublish.error ?? remove.error;

  return (
    <section aria-label={t('actions.label')}>
      <Group gap="sm" mb="md" wrap="wrap">
        <Button component={Link} to={paths.projectEdit.getHref(project.id)}>
          {t('actions.edit')}
        </Button>
        {project.status === 'draft' ? (
          <Button
            variant="outline"
            loading={publish.isPending}
            onClick={() =>
              publish.mutate(
                { id: project.id, version: project.version },
                {
                  onSuccess: () => notifySuccess(t('actions.published')),
                },
              )
            }
          >
            {t('actions.publish')}
          </Button>
        ) : (
          <Button
            variant="outline"
            loading={unpublish.isPending}
            onClick={() =>
              unpublish.mutate(
                { id: project.id, version: project.version },
                {
                  onSuccess: () => notifySuccess(t('actions.unpublished')),
                },
              )
            }
          >
            {t('actions.unpublish')}
          </Button>
        )}
        <Button variant="outline" color="dark" onClick={() => setConfirming(true)}>
          {t('actions.delete')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" variant="outline" mb="md" role="alert">
          {error.message}
        </Alert>
      )}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('actions.delete')}
        // The close button's name (axe « button-name », RGAA 11.9), as in the app's other dialogs.
        closeButtonProps={{ 'aria-label': tForms('closeDialog') }}
      >
        <Text mb="md">{t('actions.confirmDelete', { title: project.title })}</Text>
        <Group justify="flex-end">
          <Button variant="outline" onClick={() => setConfirming(false)}>
            {t('actions.cancel')}
          </Button>
          <Button
            color="dark"
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(project.id, {
                onSuccess: () => {
                  setConfirming(false);
                  notifySuccess(t('actions.deleted'));
                  void navigate(paths.libraryMine.getHref());
                },
              })
            }
          >
            {t('actions.confirm')}
          </Button>
        </Group>
      </Modal>
    </section>
  );
}
