import '../i18n-runtime.ts';
import { Alert, Badge, Group, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { useSessions } from '../api/get-sessions.ts';
import { useRevokeSession } from '../api/revoke-session.ts';
import { useSignOutEverywhere } from '../api/sign-out-everywhere.ts';
import { formatDateTime } from '../lib/format.ts';
import { describeUserAgent } from '../lib/user-agent.ts';
import { ConfirmButton } from './confirm-button.tsx';
import { notifyError, notifySuccess } from '../../../components/feedback/notify.ts';

export function SessionsList() {
  const { t } = useTranslation(['accounts', 'common']);
  const navigate = useNavigate();
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const everywhere = useSignOutEverywhere();

  if (sessions.isPending) return <Loader size="sm" aria-label={t('common:loading')} />;
  if (sessions.isError)
    return (
      <Alert color="red" variant="light">
        {sessions.error.message}
      </Alert>
    );

  return (
    <>
      <Text mb="sm">{t('account.sessions.intro')}</Text>
      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <Table.Caption>{t('account.sessions.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('account.sessions.device')}</Table.Th>
              <Table.Th scope="col">{t('account.sessions.ip')}</Table.Th>
              <Table.Th scope="col">{t('account.sessions.createdAt')}</Table.Th>
              <Table.Th scope="col">{t('account.sessions.lastSeenAt')}</Table.Th>
              <Table.Th scope="col">{t('account.sessions.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.data.items.map((session) => {
              const { browser, system } = describeUserAgent(session.userAgent);
              const device =
                [browser, system].filter(Boolean).join(' · ') || t('account.sessions.unknownDevice');
              const opened = formatDateTime(session.createdAt);
              return (
                <Table.Tr key={session.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <span title={session.userAgent ?? undefined}>{device}</span>
                      {session.current ? (
                        <Badge variant="dot" color="essaim">
                          {t('account.sessions.current')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>{session.ip ?? '—'}</Table.Td>
                  <Table.Td>{opened}</Table.Td>
                  <Table.Td>{formatDateTime(session.lastSeenAt)}</Table.Td>
                  <Table.Td>
                    <ConfirmButton
                      size="compact-sm"
                      variant="outline"
                      color="red.9"
                      aria-label={t('account.sessions.revokeLabel', { date: opened })}
                      question={t('account.sessions.revokeConfirm')}
                      loading={revoke.isPending && revoke.variables === session.id}
                      onConfirm={() =>
                        revoke.mutate(session.id, {
                          onSuccess: () => {
                            notifySuccess(t('account.sessions.revoked'));
                            if (session.current) void navigate(paths.account.signIn.getHref());
                          },
                          onError: (error) => notifyError(error.message),
                        })
                      }
                    >
                      {t('account.sessions.revoke')}
                    </ConfirmButton>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group mt="md">
        <ConfirmButton
          variant="outline"
          color="red.9"
          question={t('account.sessions.signOutEverywhereConfirm')}
          loading={everywhere.isPending}
          onConfirm={() =>
            everywhere.mutate(undefined, {
              onSuccess: () => void navigate(paths.account.signIn.getHref()),
              onError: (error) => notifyError(error.message),
            })
          }
        >
          {t('account.sessions.signOutEverywhere')}
        </ConfirmButton>
      </Group>
    </>
  );
}
