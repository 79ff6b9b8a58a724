import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A dialog asking to confirm a removal: Mantine keeps the focus inside and Escape closes it; the close cross needs a
 * name (axe « button-name », RGAA 11.9). `children` holds extra fields (a reason) and an error, if any.
 */
export function ConfirmDialog({
  opened,
  title,
  question,
  confirmLabel,
  pending,
  onClose,
  onConfirm,
  children,
}: {
  opened: boolean;
  title: string;
  question: string;
  confirmLabel: string;
  pending: boolean;
  onClose: () => void;
  onConfirm: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation('sites');
  const { t: tForms } = useTranslation('forms');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      centered
      closeButtonProps={{ 'aria-label': tForms('closeDialog') }}
    >
      <Stack>
        <Text>{question}</Text>
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('confirm.cancel')}
          </Button>
          <Button color="red.9" loading={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
