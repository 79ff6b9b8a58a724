import '../i18n-runtime.ts';
import { Button, Group, Modal, Text } from '@mantine/core';
import type { ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type ConfirmButtonProps = ButtonProps & {
  children: ReactNode;
  /** The question asked in the dialog. */
  question: string;
  /** Accessible name when the visible label is too short out of context (« Retirer » → « Retirer Anne »). */
  'aria-label'?: string;
  confirmLabel?: string;
  onConfirm: () => void;
};

/** A button for a destructive action: it opens a dialog that asks for confirmation (focus kept inside, Escape closes). */
export function ConfirmButton({
  children,
  question,
  confirmLabel,
  onConfirm,
  ...buttonProps
}: ConfirmButtonProps) {
  const { t } = useTranslation('accounts');
  const { t: tForms } = useTranslation('forms');
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button {...buttonProps} onClick={open}>
        {children}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={buttonProps['aria-label'] ?? children}
        centered
        closeButtonProps={{ 'aria-label': tForms('closeDialog') }}
      >
        <Text mb="lg">{question}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('confirm.cancel')}
          </Button>
          <Button
            color={buttonProps.color ?? 'red'}
            onClick={() => {
              close();
              onConfirm();
            }}
          >
            {confirmLabel ?? t('confirm.confirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
