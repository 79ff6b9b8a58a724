import '../i18n-runtime.ts';
import {
  Alert,
  Button,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { useCancelInvitation } from '../api/cancel-invitation.ts';
import { useCreateInvitation } from '../api/create-invitation.ts';
import { useInvitations } from '../api/get-invitations.ts';
import { organisationRoles } from '../api/types.ts';
import type { Organisation, OrganisationRole } from '../api/types.ts';
import { formatDate } from '../lib/format.ts';
import { ConfirmButton } from './confirm-button.tsx';
import { notifyError, notifySuccess } from '../../../components/feedback/notify.ts';

function InviteForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation('accounts');
  const invite = useCreateInvitation(organisation.id);
  const feedback = useFormFeedback();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<OrganisationRole>('editor');
  const fields = {
    email: { id: 'invite-email', label: t('organisation.invitations.email') },
    role: { id: 'invite-role', label: t('organisation.invitations.role') },
  };
  return (
    <form
      noValidate
      aria-label={t('organisation.invitations.submit')}
      onSubmit={(event) => {
        event.preventDefault();
        invite.mutate(
          { email, role },
          {
            onSuccess: () => {
              feedback.clear();
              notifySuccess(t('organisation.invitations.sent', { email: email.trim() }));
              setEmail('');
            },
            onError: feedback.fail,
          },
        );
      }}
    >
      <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={fields} />
      <Group align="flex-end" gap="md">
        <TextInput
          id={fields.email.id}
          label={fields.email.label}
          type="email"
          autoComplete="off"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={feedback.fieldError('email')}
          style={{ flex: '1 1 16rem' }}
        />
        <NativeSelect
          id={fields.role.id}
          label={fields.role.label}
          value={role}
          onChange={(event) => setRole(event.currentTarget.value as OrganisationRole)}
          error={feedback.fieldError('role')}
          data={organisationRoles.map((value) => ({
            value,
            label: `${t(`roles.${value}`)} – ${t(`roleHints.${value}`)}`,
          }))}
          style={{ flex: '1 1 16rem' }}
        />
        <Button type="submit" loading={invite.isPending}>
          {t('organisation.invitations.submit')}
        </Button>
      </Group>
    </form>
  );
}

/** Owners invite people by e-mail and see, then cancel, the invitations still waiting for an answer. */
export function InvitationsPanel({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation(['accounts', 'common']);
  const invitations = useInvitations(organisation.id);
  const cancel = useCancelInvitation(organisation.id);
  // The server may list answered or expired invitations too: only those still waiting can be cancelled.
  const pending = invitations.data?.items.filter((item) => (item.status ?? 'pending') === 'pending') ?? [];

  return (
    <Stack gap="md">
      <Text>{t('organisation.invitations.intro')}</Text>
      <InviteForm organisation={organisation} />
      <Title order={3} size="h4" mt="md">
        {t('organisation.invitations.pending')}
      </Title>
      {invitations.isPending ? (
        <Loader size="sm" aria-label={t('common:loading')} />
      ) : invitations.isError ? (
        <Alert color="red" variant="light">
          {invitations.error.message}
        </Alert>
      ) : pending.length === 0 ? (
        <Text>{t('organisation.invitations.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Caption>{t('organisation.invitations.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organisation.members.email')}</Table.Th>
                <Table.Th scope="col">{t('organisation.members.role')}</Table.Th>
                <Table.Th scope="col">{t('organisation.invitations.expiresAt')}</Table.Th>
                <Table.Th scope="col">{t('organisation.members.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pending.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Th scope="row" fw={400}>
                    {invitation.email}
                  </Table.Th>
                  <Table.Td>{t(`roles.${invitation.role}`)}</Table.Td>
                  <Table.Td>{formatDate(invitation.expiresAt)}</Table.Td>
                  <Table.Td>
                    <ConfirmButton
                      size="compact-sm"
                      variant="outline"
                      color="red.9"
                      aria-label={t('organisation.invitations.cancelLabel', { email: invitation.email })}
                      question={t('organisation.invitations.cancelConfirm', { email: invitation.email })}
                      onConfirm={() =>
                        cancel.mutate(invitation.id, {
                          onSuccess: () =>
                            notifySuccess(
                              t('organisation.invitations.cancelled', { email: invitation.email }),
                            ),
                          onError: (error) => notifyError(error.message),
                        })
                      }
                    >
                      {t('organisation.invitations.cancel')}
                    </ConfirmButton>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
