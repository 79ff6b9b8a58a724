import '../i18n-runtime.ts';
import { Alert, Button, Checkbox, Group, NativeSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../components/feedback/notify.ts';
import { useMe } from '../../accounts/api/get-me.ts';
import { useMyProjects, useRegistrationActions } from '../api/participant.ts';
import type { TrainingSession } from '../api/sessions.ts';
import { formatInstant } from '../format.ts';

/**
 * What a signed-in person does with a session: register (with their organisation, a project and the sharing
 * consent), then follow, accept or cancel their registration. Loaded lazily by the session's page
 * (routes/session.tsx) only for them, so that anonymous visitors do not download its form fields.
 */
export default function RegistrationPanel({ s }: { s: TrainingSession }) {
  const { t, i18n } = useTranslation('sessions');
  const me = useMe();
  const actions = useRegistrationActions(s.id);
  const [consent, setConsent] = useState(false);
  const [organisationId, setOrganisationId] = useState('');
  const [projectId, setProjectId] = useState('');
  const projects = useMyProjects(Boolean(me.data));
  const mine = s.myRegistration;
  const onError = (error: Error) => notifyError(error.message);
  if (mine && mine.status !== 'cancelled') {
    return (
      <Stack gap="xs">
        <Alert color={mine.status === 'refused' ? 'red' : 'teal'} role="status">
          {t(`status.${mine.status}`, {
            date: mine.offerExpiresAt ? formatInstant(mine.offerExpiresAt, i18n.language) : '',
            reason: mine.reason ?? '',
          })}
        </Alert>
        <Group>
          {mine.status === 'offered' && (
            <Button
              onClick={() => actions.accept.mutate(undefined, { onError })}
              loading={actions.accept.isPending}
            >
              {t('accept')}
            </Button>
          )}
          {mine.status !== 'refused' && (
            <Button
              variant="outline"
              color="red.9"
              onClick={() => actions.cancel.mutate(undefined, { onError })}
              loading={actions.cancel.isPending}
            >
              {t('cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      {me.data && me.data.memberships.length > 0 && (
        <NativeSelect
          label={t('registerOrganisation')}
          value={organisationId}
          onChange={(e) => {
            setOrganisationId(e.currentTarget.value);
            setProjectId('');
          }}
          data={[
            { value: '', label: t('none_choice') },
            ...me.data.memberships.map((m) => ({ value: m.organisationId, label: m.organisationName })),
          ]}
        />
      )}
      {organisationId && (
        <NativeSelect
          label={t('registerProject')}
          value={projectId}
          onChange={(e) => setProjectId(e.currentTarget.value)}
          data={[
            { value: '', label: t('none_choice') },
            ...(projects.data?.items ?? [])
              .filter((p) => p.organisation.id === organisationId)
              .map((p) => ({ value: p.id, label: p.title })),
          ]}
        />
      )}
      <Checkbox
        label={t('shareConsent')}
        checked={consent}
        onChange={(e) => setConsent(e.currentTarget.checked)}
      />
      <Group>
        <Button
          onClick={() =>
            actions.register.mutate(
              { shareConsent: consent, organisationId: organisationId || null, projectId: projectId || null },
              { onSuccess: () => notifySuccess(t('registered')), onError },
            )
          }
          loading={actions.register.isPending}
        >
          {s.placesLeft > 0 ? t('register') : t('registerWaitlist')}
        </Button>
      </Group>
    </Stack>
  );
}
