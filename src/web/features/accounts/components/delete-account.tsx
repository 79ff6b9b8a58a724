import '../i18n-runtime.ts';
import { Anchor, Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { paths } from '../../../config/paths.ts';
import { useDeleteMe } from '../api/delete-me.ts';
import type { Me } from '../api/types.ts';
import { notifySuccess } from '../../../components/feedback/notify.ts';

export function DeleteAccount({ me }: { me: Me }) {
  const { t } = useTranslation(['accounts', 'common']);
  const { t: tForms } = useTranslation('forms');
  const navigate = useNavigate();
  const remove = useDeleteMe();
  const feedback = useFormFeedback();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [opened, { open, close }] = useDisclosure(false);
  const askPassword = me.hasPassword !== false;
  const fields = {
    password: { id: 'delete-password', label: t('account.delete.password') },
    confirmation: { id: 'delete-confirmation', label: t('account.delete.confirmation') },
  };
  const mustTransfer = feedback.error?.code === 'ownership_transfer_required';

  const submit = () =>
    remove.mutate(askPassword ? { password } : { confirmation }, {
      onSuccess: () => {
        notifySuccess(t('account.delete.deleted'));
        void navigate(paths.home.getHref());
      },
      onError: feedback.fail,
    });

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        open();
      }}
    >
      <Text mb="sm">{t('account.delete.intro')}</Text>
      <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={fields} />
      {mustTransfer ? (
        <Text mb="sm" fw={600}>
          {t('account.delete.transferFirst')}
          {t('common:colon')}
          <Anchor component={Link} to={paths.organisations.getHref()}>
            {t('account.delete.toOrganisations')}
          </Anchor>
        </Text>
      ) : null}
      <Stack gap="md">
        {askPassword ? (
          <PasswordInput
            id={fields.password.id}
            label={fields.password.label}
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={feedback.fieldError('password')}
          />
        ) : (
          <TextInput
            id={fields.confirmation.id}
            label={fields.confirmation.label}
            required
            autoComplete="off"
            value={confirmation}
            onChange={(event) => setConfirmation(event.currentTarget.value)}
            error={feedback.fieldError('confirmation')}
          />
        )}
        <div>
          <Button type="submit" color="red.9" loading={remove.isPending}>
            {t('account.delete.submit')}
          </Button>
        </div>
      </Stack>
      <Modal
        opened={opened}
        onClose={close}
        title={t('account.delete.title')}
        centered
        closeButtonProps={{ 'aria-label': tForms('closeDialog') }}
      >
        <Text mb="lg">{t('account.delete.confirm')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('confirm.cancel')}
          </Button>
          <Button
            color="red.9"
            onClick={() => {
              close();
              submit();
            }}
          >
            {t('account.delete.submit')}
          </Button>
        </Group>
      </Modal>
    </form>
  );
}
