import '../i18n-runtime.ts';
import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { useChangeEmail } from '../api/change-email.ts';
import type { Me } from '../api/types.ts';

export function EmailForm({ me }: { me: Me }) {
  const { t } = useTranslation('accounts');
  const change = useChangeEmail();
  const feedback = useFormFeedback();
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const askPassword = me.hasPassword !== false;
  const fields = {
    newEmail: { id: 'email-new', label: t('account.email.newEmail') },
    password: { id: 'email-password', label: t('account.email.password') },
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSentTo(null);
        change.mutate(
          { newEmail, password: askPassword ? password : undefined },
          {
            onSuccess: (result) => {
              feedback.clear();
              setPassword('');
              setSentTo(result.sentTo);
            },
            onError: feedback.fail,
          },
        );
      }}
    >
      <Text mb="sm">{t('account.email.current', { email: me.email })}</Text>
      <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={fields} />
      <Stack gap="md">
        <TextInput
          id={fields.newEmail.id}
          label={fields.newEmail.label}
          type="email"
          autoComplete="email"
          required
          value={newEmail}
          onChange={(event) => setNewEmail(event.currentTarget.value)}
          error={feedback.fieldError('newEmail')}
        />
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
        ) : null}
        <div>
          <Button type="submit" loading={change.isPending}>
            {t('account.email.submit')}
          </Button>
        </div>
        <div role="status">
          {sentTo ? (
            <Alert color="essaim" variant="light">
              {t('account.email.sent', { email: sentTo })}
            </Alert>
          ) : null}
        </div>
      </Stack>
    </form>
  );
}
