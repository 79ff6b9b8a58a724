import '../i18n-runtime.ts';
import { Alert, Group, Loader, NativeSelect, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMembers } from '../api/get-members.ts';
import { useRemoveMember } from '../api/remove-member.ts';
import { useTransferOwnership } from '../api/transfer-ownership.ts';
import { organisationRoles } from '../api/types.ts';
import type { Me, Organisation, OrganisationRole } from '../api/types.ts';
import { useUpdateMember } from '../api/update-member.ts';
import { formatDate } from '../lib/format.ts';
import { ConfirmButton } from './confirm-button.tsx';
import { notifyError, notifySuccess } from '../../../components/feedback/notify.ts';

/** Members and their roles; owners change roles, remove members and hand over ownership. */
export function MembersTable({ organisation, me }: { organisation: Organisation; me: Me }) {
  const { t } = useTranslation(['accounts', 'common']);
  const members = useMembers(organisation.id);
  const updateMember = useUpdateMember(organisation.id);
  const removeMember = useRemoveMember(organisation.id);
  const transfer = useTransferOwnership(organisation.id);
  const isOwner = organisation.myRole === 'owner';
  const showError = (error: Error) => notifyError(error.message);

  if (members.isPending) return <Loader size="sm" aria-label={t('common:loading')} />;
  if (members.isError)
    return (
      <Alert color="red" variant="light">
        {members.error.message}
      </Alert>
    );

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="sm">
        <Table.Caption>{t('organisation.members.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('organisation.members.name')}</Table.Th>
            <Table.Th scope="col">{t('organisation.members.email')}</Table.Th>
            <Table.Th scope="col">{t('organisation.members.role')}</Table.Th>
            <Table.Th scope="col">{t('organisation.members.since')}</Table.Th>
            {isOwner ? <Table.Th scope="col">{t('organisation.members.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.data.items.map((member) => {
            const isMe = member.userId === me.id;
            const name = member.displayName;
            return (
              <Table.Tr key={member.userId}>
                <Table.Th scope="row" fw={400}>
                  {name} {isMe ? <Text span>{t('organisation.members.you')}</Text> : null}
                </Table.Th>
                <Table.Td>{member.email}</Table.Td>
                <Table.Td>
                  {isOwner && !isMe && member.role !== 'owner' ? (
                    <NativeSelect
                      aria-label={t('organisation.members.roleLabel', { name })}
                      size="xs"
                      value={member.role}
                      disabled={updateMember.isPending}
                      data={organisationRoles
                        .filter((role) => role !== 'owner')
                        .map((role) => ({ value: role, label: t(`roles.${role}`) }))}
                      onChange={(event) => {
                        const role = event.currentTarget.value as OrganisationRole;
                        updateMember.mutate(
                          { userId: member.userId, role },
                          {
                            onSuccess: () =>
                              notifySuccess(
                                t('organisation.members.roleChanged', {
                                  name,
                                  role: t(`roles.${role}`),
                                }),
                              ),
                            onError: showError,
                          },
                        );
                      }}
                    />
                  ) : (
                    t(`roles.${member.role}`)
                  )}
                </Table.Td>
                <Table.Td>{formatDate(member.since)}</Table.Td>
                {isOwner ? (
                  <Table.Td>
                    {isMe || member.role === 'owner' ? null : (
                      <Group gap="xs" wrap="nowrap">
                        <ConfirmButton
                          size="compact-sm"
                          variant="outline"
                          color="essaim"
                          aria-label={t('organisation.members.transferLabel', { name })}
                          question={t('organisation.members.transferConfirm', { name })}
                          onConfirm={() =>
                            transfer.mutate(member.userId, {
                              onSuccess: () => notifySuccess(t('organisation.members.transferred', { name })),
                              onError: showError,
                            })
                          }
                        >
                          {t('organisation.members.transfer')}
                        </ConfirmButton>
                        <ConfirmButton
                          size="compact-sm"
                          variant="outline"
                          color="red.9"
                          aria-label={t('organisation.members.removeLabel', { name })}
                          question={t('organisation.members.removeConfirm', { name })}
                          onConfirm={() =>
                            removeMember.mutate(member.userId, {
                              onSuccess: () => notifySuccess(t('organisation.members.removed', { name })),
                              onError: showError,
                            })
                          }
                        >
                          {t('organisation.members.remove')}
                        </ConfirmButton>
                      </Group>
                    )}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
