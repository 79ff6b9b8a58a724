import '../i18n-runtime.ts';
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { toApiError } from '../../../components/forms/use-form-feedback.ts';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useAcceptInvitation } from '../api/accept-invitation.ts';
import { useDeclineInvitation } from '../api/decline-invitation.ts';
import { useInvitation } from '../api/get-invitation.ts';
import { useMe } from '../api/get-me.ts';
import { formatDate } from '../lib/format.ts';
import { signInHref, signUpHref } from '../lib/return-path.ts';

/** Opened from an invitation e-mail: what is offered, then accept or decline (signed in with any account). */
export function Component() {
  const { t } = useTranslation('accounts');
  const [search] = useSearchParams();
  const location = useLocation();
  const token = search.get('token') ?? '';
  const me = useMe();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation();
  const decline = useDeclineInvitation();
  const [outcome, setOutcome] = useState<'accepted' | 'declined' | null>(null);
  const here = `${location.pathname}${location.search}`;

  const failure = !token
    ? t('links.missingToken')
    : invitation.isError
      ? toApiError(invitation.error).message
      : (accept.error ?? decline.error)
        ? toApiError(accept.error ?? decline.error).message
        : null;

  let body;
  if (invitation.isPending && token) {
    body = <PageLoader />;
  } else if (outcome === 'accepted' && invitation.data) {
    const organisationId = accept.data?.id ?? invitation.data.organisationId;
    body = (
      <Alert color="essaim" variant="light">
        <Text mb="sm">{t('invitation.accepted', { organisation: invitation.data.organisationName })}</Text>
        <Anchor
          component={Link}
          to={organisationId ? paths.organisation.getHref(organisationId) : paths.organisations.getHref()}
        >
          {t('invitation.toOrganisation')}
        </Anchor>
      </Alert>
    );
  } else if (outcome === 'declined') {
    body = (
      <Alert color="gray" variant="light" title={t('invitation.declinedTitle')}>
        {t('invitation.declined')}
      </Alert>
    );
  } else if (invitation.data) {
    const preview = invitation.data;
    body = (
      <Stack gap="sm">
        <Text size="lg">
          {t('invitation.intro', {
            organisation: preview.organisationName,
            role: t(`roles.${preview.role}`),
          })}
        </Text>
        {preview.invitedBy ? <Text>{t('invitation.invitedBy', { name: preview.invitedBy })}</Text> : null}
        <Text>{t('invitation.addressedTo', { email: preview.email })}</Text>
        {preview.expiresAt ? (
          <Text>{t('invitation.expires', { date: formatDate(preview.expiresAt) })}</Text>
        ) : null}
        {me.data ? (
          <Group mt="md">
            <Button
              loading={accept.isPending}
              disabled={decline.isPending}
              onClick={() => accept.mutate(token, { onSuccess: () => setOutcome('accepted') })}
            >
              {t('invitation.accept')}
            </Button>
            <Button
              variant="default"
              loading={decline.isPending}
              disabled={accept.isPending}
              onClick={() => decline.mutate(token, { onSuccess: () => setOutcome('declined') })}
            >
              {t('invitation.decline')}
            </Button>
          </Group>
        ) : (
          <>
            <Text mt="md">{t('invitation.signInFirst')}</Text>
            <Group>
              <Button component={Link} to={signInHref(here)}>
                {t('signIn.title')}
              </Button>
              <Button component={Link} to={signUpHref(here)} variant="default">
                {t('signIn.createAccount')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    );
  }

  return (
    <Stack maw={640}>
      <PageTitle>{t('invitation.title')}</PageTitle>
      <div role="status" aria-live="polite">
        {failure ? (
          <Alert color="red" variant="light" title={t('links.failedTitle')}>
            {failure}
          </Alert>
        ) : null}
      </div>
      {body}
    </Stack>
  );
}
