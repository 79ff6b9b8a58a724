import '../i18n-runtime.ts';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useForgotPassword } from '../api/forgot-password.ts';

export function Component() {
  const { t } = useTranslation('accounts');
  const forgot = useForgotPassword();
  const feedback = useFormFeedback();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const fields = { email: { id: 'forgot-email', label: t('fields.email') } };

  return (
    <Stack maw={560} gap="md">
      <PageTitle>{t('forgot.title')}</PageTitle>
      <Text>{t('forgot.intro')}</Text>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSentTo(null);
          forgot.mutate(email, {
            onSuccess: () => {
              feedback.clear();
              setSentTo(email.trim());
            },
            onError: feedback.fail,
          });
        }}
      >
        <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={fields} />
        <Stack gap="md">
          <TextInput
            id={fields.email.id}
            label={fields.email.label}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={feedback.fieldError('email')}
          />
          <div>
            <Button type="submit" loading={forgot.isPending}>
              {t('forgot.submit')}
            </Button>
          </div>
        </Stack>
      </form>
      <div role="status">
        {sentTo ? (
          <Alert color="essaim" variant="light">
            {t('forgot.sent', { email: sentTo })}
          </Alert>
        ) : null}
      </div>
      <Anchor component={Link} to={paths.account.signIn.getHref()}>
        {t('forgot.backToSignIn')}
      </Anchor>
    </Stack>
  );
}
