import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../components/feedback/notify.ts';
import { useDeleteIndicator, type Indicator } from '../api/indicators.ts';

/**
 * Asks before removing an indicator of the dictionary, and says what the carrier loses: the server keeps the values
 * already reported (a soft delete) but no page shows them any more, sites can no longer report it, and nothing in
 * the application brings it back. Mantine keeps the focus inside the dialog and gives it back to the remove button
 * when the dialog is cancelled; once the indicator is gone, `onRemoved` says where the focus goes instead (its row
 * and button no longer exist).
 */
export function RemoveIndicator({
  indicator,
  onClose,
  onRemoved,
}: {
  /** The indicator to remove; the dialog is open while there is one. */
  indicator: Indicator | undefined;
  onClose: () => void;
  onRemoved: () => void;
}) {
  const { t } = useTranslation('indicators');
  const { t: tForms } = useTranslation('forms');
  const remove = useDeleteIndicator();
  const close = () => {
    remove.reset();
    onClose();
  };
  // The title keeps the name while the dialog fades out after a removal.
  const shown = useRef(indicator);
  if (indicator) shown.current = indicator;
  const name = shown.current?.name ?? '';
  return (
    <Modal
      opened={indicator !== undefined}
      onClose={close}
      title={t('dictionary.removeTitle', { name })}
      centered
      closeButtonProps={{ 'aria-label': tForms('closeDialog') }}
    >
      <Stack>
        <Text>{t('dictionary.removeLoss')}</Text>
        <List size="sm">
          <List.Item>{t('dictionary.removeLossPages')}</List.Item>
          <List.Item>{t('dictionary.removeLossReports')}</List.Item>
          <List.Item>{t('dictionary.removeLossValues')}</List.Item>
        </List>
        <Text>{t('dictionary.removeNoUndo')}</Text>
        {remove.error && (
          <Alert color="red" role="alert">
            {remove.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('dictionary.cancel')}
          </Button>
          <Button
            color="red.9"
            loading={remove.isPending}
            onClick={() => {
              if (!indicator) return;
              remove.mutate(indicator.id, {
                onSuccess: () => {
                  remove.reset();
                  onRemoved();
                  notifySuccess(t('dictionary.removed', { name }));
                },
              });
            }}
          >
            {t('dictionary.removeConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
