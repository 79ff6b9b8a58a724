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
  const { t } = useTranslation('library');
  const navigate = useNavigate();
  const publish = usePublishProject();
  const unpublish = useUnpublishProject();
  const remove = useDeleteProject();
  const [confirming, setConfirming] = useState(false);
  const error = publish.error ?? unpublish.error ?? remove.error;

  return (
    <section aria-label={t('project.actions.label')}>
      <Group gap="sm" mb="md" wrap="wrap">
        <Button component={Link} to={paths.projectEdit.getHref(project.id)}>
          {t('project.actions.edit')}
        </Button>
        {project.status === 'draft' ? (
          <Button
            variant="outline"
            loading={publish.isPending}
            onClick={() =>
              publish.mutate(
                { id: project.id, version: project.version },
                {
                  onSuccess: () => notifySuccess(t('project.actions.published')),
                },
              )
            }
          >
            {t('project.actions.publish')}
          </Button>
        ) : (
          <Button
            variant="outline"
            loading={unpublish.isPending}
            onClick={() =>
              unpublish.mutate(
                { id: project.id, version: project.version },
                {
                  onSuccess: () => notifySuccess(t('project.actions.unpublished')),
                },
              )
            }
          >
            {t('project.actions.unpublish')}
          </Button>
        )}
        <Button variant="outline" color="dark" onClick={() => setConfirming(true)}>
          {t('project.actions.delete')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" variant="outline" mb="md" role="alert">
          {error.message}
        </Alert>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('project.actions.delete')}>
        <Text mb="md">{t('project.actions.confirmDelete', { title: project.title })}</Text>
        <Group justify="flex-end">
          <Button variant="outline" onClick={() => setConfirming(false)}>
            {t('project.actions.cancel')}
          </Button>
          <Button
            color="dark"
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(project.id, {
                onSuccess: () => {
                  setConfirming(false);
                  notifySuccess(t('project.actions.deleted'));
                  void navigate(paths.libraryMine.getHref());
                },
              })
            }
          >
            {t('project.actions.confirm')}
          </Button>
        </Group>
      </Modal>
    </section>
  );
}
