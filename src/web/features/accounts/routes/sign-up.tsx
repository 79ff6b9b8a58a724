import '../i18n-runtime.ts';
import { Anchor, Button, NativeSelect, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { MIN_PASSWORD_LENGTH } from '../../../../core/accounts/password-policy.ts';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { currentLanguage, isLanguage } from '../../../i18n/i18n.ts';
import { useSignUp } from '../api/sign-up.ts';
import type { Language } from '../api/types.ts';
import { readReturnPath, signInHref } from '../lib/return-path.ts';
import { notifySuccess } from '../../../components/feedback/notify.ts';

export function Component() {
  const { t, i18n } = useTranslation('accounts');
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const returnTo = readReturnPath(search);
  const signUp = useSignUp();
  const feedback = useFormFeedback();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const fields = {
    displayName: { id: 'sign-up-name', label: t('fields.displayName') },
    email: { id: 'sign-up-email', label: t('fields.email') },
    password: { id: 'sign-up-password', label: t('fields.password') },
    language: { id: 'sign-up-language', label: t('fields.language') },
  };

  return (
    <Stack maw={560} gap="md">
      <PageTitle>{t('signUp.title')}</PageTitle>
      <Text>{t('signUp.intro')}</Text>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          signUp.mutate(
            { displayName, email, password, language },
            {
              onSuccess: (me) => {
                feedback.clear();
                notifySuccess(t('signUp.created', { email: me.email }));
                if (me.language !== i18n.resolvedLanguage) void i18n.changeLanguage(me.language);
                void navigate(returnTo ?? paths.account.home.getHref());
              },
              onError: feedback.fail,
            },
          );
        }}
      >
        <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={fields} />
        <Stack gap="md">
          <TextInput
            id={fields.displayName.id}
            label={fields.displayName.label}
            description={t('fields.displayNameHint')}
            autoComplete="name"
            required
            maxLength={120}
            value={displayName}
            onChange={(event) => setDisplayName(event.currentTarget.value)}
            error={feedback.fieldError('displayName')}
          />
          <TextInput
            id={fields.email.id}
            label={fields.email.label}
            description={t('fields.emailHint')}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={feedback.fieldError('email')}
          />
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
          <NativeSelect
            id={fields.language.id}
            label={fields.language.label}
            value={language}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isLanguage(value)) setLanguage(value);
            }}
            error={feedback.fieldError('language')}
            data={[
              { value: 'fr', label: t('languages.fr') },
              { value: 'en', label: t('languages.en') },
            ]}
          />
          <div>
            <Button type="submit" loading={signUp.isPending}>
              {t('signUp.submit')}
            </Button>
          </div>
        </Stack>
      </form>
      <Text>
        {t('signUp.haveAccount')}{' '}
        <Anchor component={Link} to={signInHref(returnTo ?? undefined)}>
          {t('signUp.signIn')}
        </Anchor>
      </Text>
    </Stack>
  );
}
