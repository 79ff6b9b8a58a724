import '../i18n-runtime.ts';
import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { MIN_PASSWORD_LENGTH } from '../../../../core/accounts/password-policy.ts';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useResetPassword } from '../api/reset-password.ts';
import { notifySuccess } from '../../../components/feedback/notify.ts';

/** Opened from the « mot de passe oublié » e-mail: choose a new password, then signed in. */
export function Component() {
  const { t } = useTranslation('accounts');
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const reset = useResetPassword();
  const feedback = useFormFeedback();
  const [password, setPassword] = useState('');
  const fields = {
    password: { id: 'reset-password', label: t('reset.newPassword') },
    token: { id: 'reset-password', label: t('reset.newPassword') },
  };

  return (
    <Stack maw={560} gap="md">
      <PageTitle>{t('reset.title')}</PageTitle>
      {token ? (
        <>
          <Text>{t('reset.intro')}</Text>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              reset.mutate(
                { token, password },
                {
                  onSuccess: () => {
                    notifySuccess(t('reset.done'));
                    void navigate(paths.account.home.getHref());
                  },
                  onError: feedback.fail,
                },
              );
            }}
          >
            <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={fields} />
            <Stack gap="md">
              <PasswordInput
                id={fields.password.id}
                label={fields.password.label}
                description={t('fields.passwordHint', { min: MIN_PASSWORD_LENGTH })}
                autoComplete="new-password"
                required
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={feedback.fieldError('password')}
              />
              <div>
                <Button type="submit" loading={reset.isPending}>
                  {t('reset.submit')}
                </Button>
              </div>
            </Stack>
          </form>
          {feedback.error && !feedback.error.fields.password ? (
            <Anchor component={Link} to={paths.account.forgotPassword.getHref()}>
              {t('links.askAgain')}
            </Anchor>
          ) : null}
        </>
      ) : (
        <Alert color="red" variant="light" title={t('links.failedTitle')}>
          <Text mb="sm">{t('links.missingToken')}</Text>
          <Anchor component={Link} to={paths.account.forgotPassword.getHref()}>
            {t('links.askAgain')}
          </Anchor>
        </Alert>
      )}
    </Stack>
  );
}
