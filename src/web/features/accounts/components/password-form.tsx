import '../i18n-runtime.ts';
import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../../../core/accounts/password-policy.ts';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { useChangePassword } from '../api/change-password.ts';
import type { Me } from '../api/types.ts';
import { notifySuccess } from '../../../components/feedback/notify.ts';

export function PasswordForm({ me }: { me: Me }) {
  const { t } = useTranslation('accounts');
  const change = useChangePassword();
  const feedback = useFormFeedback();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  // Accounts created by e-mail link or OpenID Connect have no password to give.
  const askCurrent = me.hasPassword !== false;
  const fields = {
    currentPassword: { id: 'password-current', label: t('account.password.current') },
    newPassword: { id: 'password-new', label: t('account.password.newPassword') },
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        change.mutate(
          { currentPassword: askCurrent ? currentPassword : undefined, newPassword },
          {
            onSuccess: () => {
              feedback.clear();
              setCurrentPassword('');
              setNewPassword('');
              notifySuccess(t('account.password.saved'));
            },
            onError: feedback.fail,
          },
        );
      }}
    >
      <Text mb="sm">{t('account.password.intro')}</Text>
      <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={fields} />
      <Stack gap="md">
        {/* Lets password managers tie the new password to the right account. */}
        <input type="hidden" name="username" autoComplete="username" value={me.email} />
        {askCurrent ? (
          <PasswordInput
            id={fields.currentPassword.id}
            label={fields.currentPassword.label}
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.currentTarget.value)}
            error={feedback.fieldError('currentPassword')}
          />
        ) : null}
        <PasswordInput
          id={fields.newPassword.id}
          label={fields.newPassword.label}
          description={t('fields.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(event) => setNewPassword(event.currentTarget.value)}
          error={feedback.fieldError('newPassword')}
        />
        <div>
          <Button type="submit" loading={change.isPending}>
            {t('account.password.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
