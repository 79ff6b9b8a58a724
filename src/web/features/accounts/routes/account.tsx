import '../i18n-runtime.ts';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { exportMyDataHref } from '../api/delete-me.ts';
import { useResendConfirmation } from '../api/resend-confirmation.ts';
import type { Me } from '../api/types.ts';
import { DeleteAccount } from '../components/delete-account.tsx';
import { EmailForm } from '../components/email-form.tsx';
import { PasswordForm } from '../components/password-form.tsx';
import { ProfileForm } from '../components/profile-form.tsx';
import { Section } from '../components/section.tsx';
import { SessionsList } from '../components/sessions-list.tsx';
import { SignedInOnly } from '../components/signed-in-only.tsx';
import { notifyError, notifySuccess } from '../../../components/feedback/notify.ts';

function UnverifiedNotice() {
  const { t } = useTranslation('accounts');
  const resend = useResendConfirmation();
  return (
    <Alert color="orange" variant="light" mb="lg">
      <Text mb="sm">{t('account.unverified')}</Text>
      <Button
        size="compact-sm"
        variant="default"
        loading={resend.isPending}
        onClick={() =>
          resend.mutate(undefined, {
            onSuccess: (result) => notifySuccess(t('account.resent', { email: result.sentTo })),
            onError: (error) => notifyError(error.message),
          })
        }
      >
        {t('account.resend')}
      </Button>
    </Alert>
  );
}

function AccountPage({ me }: { me: Me }) {
  const { t } = useTranslation('accounts');
  return (
    <Stack gap={0} maw={880}>
      <PageTitle>{t('account.title')}</PageTitle>
      <Text mb="lg">{t('account.signedInAs', { name: me.displayName, email: me.email })}</Text>
      {me.emailVerified ? null : <UnverifiedNotice />}
      <Section title={t('account.profile.title')} id="profil">
        {/* Keyed by the saved values, so the fields show them again after a save elsewhere. */}
        <ProfileForm key={`${me.displayName}|${me.language}`} me={me} />
      </Section>
      <Section title={t('account.password.title')} id="mot-de-passe">
        <PasswordForm me={me} />
      </Section>
      <Section title={t('account.email.title')} id="adresse">
        <EmailForm key={me.email} me={me} />
      </Section>
      <Section title={t('account.sessions.title')} id="sessions">
        <SessionsList />
      </Section>
      <Section title={t('account.data.title')} id="donnees">
        <Text mb="sm">{t('account.data.intro')}</Text>
        <Button component="a" href={exportMyDataHref} download variant="outline">
          {t('account.data.download')}
        </Button>
      </Section>
      <Section title={t('account.delete.title')} id="suppression">
        <DeleteAccount me={me} />
      </Section>
    </Stack>
  );
}

export function Component() {
  return <SignedInOnly>{(me) => <AccountPage me={me} />}</SignedInOnly>;
}
