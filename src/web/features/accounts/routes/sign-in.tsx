import '../i18n-runtime.ts';
import {
  Alert,
  Anchor,
  Button,
  Divider,
  Group,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { oidcStartHref, useOidcConfig } from '../api/get-oidc-config.ts';
import { useRequestMagicLink } from '../api/request-magic-link.ts';
import { useSignIn } from '../api/sign-in.ts';
import { readReturnPath, signUpHref } from '../lib/return-path.ts';
import { notifySuccess } from '../../../components/feedback/notify.ts';

function PasswordSignIn({ returnTo }: { returnTo: string | null }) {
  const { t } = useTranslation('accounts');
  const navigate = useNavigate();
  const signIn = useSignIn();
  const feedback = useFormFeedback();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const fields = {
    email: { id: 'sign-in-email', label: t('fields.email') },
    password: { id: 'sign-in-password', label: t('fields.password') },
  };

  return (
    <form
      noValidate
      aria-labelledby="sign-in-password-title"
      onSubmit={(event) => {
        event.preventDefault();
        signIn.mutate(
          { email, password },
          {
            onSuccess: (me) => {
              feedback.clear();
              notifySuccess(t('signIn.welcome', { name: me.displayName }));
              void navigate(returnTo ?? paths.account.home.getHref());
            },
            onError: feedback.fail,
          },
        );
      }}
    >
      <Title order={2} size="h3" mb="sm" id="sign-in-password-title">
        {t('signIn.passwordSection')}
      </Title>
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
        <PasswordInput
          id={fields.password.id}
          label={fields.password.label}
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={feedback.fieldError('password')}
        />
        <Group justify="space-between">
          <Button type="submit" loading={signIn.isPending}>
            {t('signIn.submit')}
          </Button>
          <Anchor component={Link} to={paths.account.forgotPassword.getHref()}>
            {t('signIn.forgot')}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}

function MagicLinkRequest() {
  const { t } = useTranslation('accounts');
  const request = useRequestMagicLink();
  const feedback = useFormFeedback();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const fields = { email: { id: 'magic-link-email', label: t('fields.email') } };

  return (
    <form
      noValidate
      aria-labelledby="magic-link-title"
      onSubmit={(event) => {
        event.preventDefault();
        setSentTo(null);
        request.mutate(email, {
          onSuccess: () => {
            feedback.clear();
            setSentTo(email.trim());
          },
          onError: feedback.fail,
        });
      }}
    >
      <Title order={2} size="h3" mb="sm" id="magic-link-title">
        {t('signIn.magicSection')}
      </Title>
      <Text mb="sm">{t('signIn.magicIntro')}</Text>
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
          <Button type="submit" variant="outline" loading={request.isPending}>
            {t('signIn.magicSubmit')}
          </Button>
        </div>
        <div role="status">
          {sentTo ? (
            <Alert color="essaim" variant="light">
              {t('signIn.magicSent', { email: sentTo })}
            </Alert>
          ) : null}
        </div>
      </Stack>
    </form>
  );
}

function OidcSignIn({ returnTo }: { returnTo: string | null }) {
  const { t } = useTranslation('accounts');
  const config = useOidcConfig();
  if (!config.data?.enabled) return null;
  return (
    <section aria-labelledby="oidc-title">
      <Title order={2} size="h3" mb="sm" id="oidc-title">
        {t('signIn.oidcSection')}
      </Title>
      {/* A full page navigation: the server sends the browser on to the identity provider. */}
      <Button component="a" href={oidcStartHref(returnTo ?? undefined)} variant="filled" color="blue.9">
        {t('signIn.oidcButton', { label: config.data.label ?? 'ProConnect' })}
      </Button>
    </section>
  );
}

export function Component() {
  const { t } = useTranslation('accounts');
  const [search] = useSearchParams();
  const returnTo = readReturnPath(search);
  const oidcError = search.get('erreur');

  return (
    <Stack maw={560} gap="xl">
      <div>
        <PageTitle>{t('signIn.title')}</PageTitle>
        {oidcError ? (
          <Alert color="red" variant="light" role="alert">
            {t('signIn.oidcError', { code: oidcError.slice(0, 60) })}
          </Alert>
        ) : null}
      </div>
      <OidcSignIn returnTo={returnTo} />
      <PasswordSignIn returnTo={returnTo} />
      <Divider />
      <MagicLinkRequest />
      <Divider />
      <Text>
        {t('signIn.noAccount')}{' '}
        <Anchor component={Link} to={signUpHref(returnTo ?? undefined)}>
          {t('signIn.createAccount')}
        </Anchor>
      </Text>
    </Stack>
  );
}
