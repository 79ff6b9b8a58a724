import '../i18n-runtime.ts';
import { Badge, Button, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import type { Me, PlatformRole } from '../../accounts/api/types.ts';
import { ConfirmButton } from '../../accounts/components/confirm-button.tsx';
import { formatDate } from '../../accounts/lib/format.ts';
import { useAdminUsers } from '../api/get-users.ts';
import type { AdminUser } from '../api/types.ts';
import { useUpdateAdminUser } from '../api/update-user.ts';
import { AdminNav } from '../components/admin-nav.tsx';
import { AdminOnly } from '../components/admin-only.tsx';
import { LoadMore } from '../components/load-more.tsx';
import { QueryState } from '../components/query-state.tsx';
import { notifyError, notifySuccess } from '../../../components/feedback/notify.ts';

const platformRoles: readonly PlatformRole[] = ['user', 'facilitator', 'admin'];

function UserRow({ user, me }: { user: AdminUser; me: Me }) {
  const { t } = useTranslation('admin');
  const update = useUpdateAdminUser();
  // Nobody changes their own role or account here (an administrator cannot lock themselves out), and a deleted
  // account has nothing left to manage.
  const isMe = user.id === me.id;
  const fixed = isMe || user.deleted === true;
  const name = user.displayName;
  const fail = (error: Error) => notifyError(error.message);
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400}>
        {name} {isMe ? t('users.you') : null}
      </Table.Th>
      <Table.Td>{user.email}</Table.Td>
      <Table.Td>
        {fixed ? (
          t(`platformRoles.${user.platformRole}`)
        ) : (
          <NativeSelect
            size="xs"
            aria-label={t('users.roleLabel', { name })}
            value={user.platformRole}
            disabled={update.isPending}
            data={platformRoles.map((role) => ({ value: role, label: t(`platformRoles.${role}`) }))}
            onChange={(event) => {
              const platformRole = event.currentTarget.value as PlatformRole;
              update.mutate(
                { id: user.id, platformRole },
                {
                  onSuccess: () =>
                    notifySuccess(t('users.roleChanged', { name, role: t(`platformRoles.${platformRole}`) })),
                  onError: fail,
                },
              );
            }}
          />
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          <Badge variant="dot" color={user.deleted || user.disabled ? 'red' : 'green'}>
            {user.deleted ? t('users.deleted') : user.disabled ? t('users.disabled') : t('users.active')}
          </Badge>
          {user.emailVerified || user.deleted ? null : (
            <Badge variant="dot" color="orange">
              {t('users.unverified')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>{formatDate(user.createdAt)}</Table.Td>
      <Table.Td>
        {fixed ? null : user.disabled ? (
          <Button
            size="compact-sm"
            variant="outline"
            aria-label={t('users.enableLabel', { name })}
            loading={update.isPending}
            onClick={() =>
              update.mutate(
                { id: user.id, disabled: false },
                {
                  onSuccess: () => notifySuccess(t('users.enabledDone', { name })),
                  onError: fail,
                },
              )
            }
          >
            {t('users.enable')}
          </Button>
        ) : (
          <ConfirmButton
            size="compact-sm"
            variant="outline"
            color="red.9"
            aria-label={t('users.disableLabel', { name })}
            question={t('users.disableConfirm', { name })}
            loading={update.isPending}
            onConfirm={() =>
              update.mutate(
                { id: user.id, disabled: true },
                {
                  onSuccess: () => notifySuccess(t('users.disabledDone', { name })),
                  onError: fail,
                },
              )
            }
          >
            {t('users.disable')}
          </ConfirmButton>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function UsersPage({ me }: { me: Me }) {
  const { t } = useTranslation('admin');
  const [search, setSearch] = useSearchParams();
  const q = search.get('q') ?? '';
  const [text, setText] = useState(q);
  const users = useAdminUsers(q);
  const items = users.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageTitle>{t('users.title')}</PageTitle>
      <AdminNav />
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setSearch(text.trim() ? { q: text.trim() } : {});
        }}
      >
        <Group align="flex-end" mb="lg">
          <TextInput
            id="admin-users-search"
            label={t('users.search')}
            description={t('users.searchHint')}
            type="search"
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            style={{ flex: '1 1 20rem' }}
          />
          <Button type="submit">{t('users.searchSubmit')}</Button>
        </Group>
      </form>
      <QueryState isPending={users.isPending} error={users.error} />
      {users.isSuccess && items.length === 0 ? <Text>{t('empty')}</Text> : null}
      {items.length > 0 ? (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Caption>{t('users.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('users.name')}</Table.Th>
                <Table.Th scope="col">{t('users.email')}</Table.Th>
                <Table.Th scope="col">{t('users.role')}</Table.Th>
                <Table.Th scope="col">{t('users.status')}</Table.Th>
                <Table.Th scope="col">{t('users.createdAt')}</Table.Th>
                <Table.Th scope="col">{t('users.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((user) => (
                <UserRow key={user.id} user={user} me={me} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <LoadMore
        hasNextPage={users.hasNextPage}
        isFetchingNextPage={users.isFetchingNextPage}
        fetchNextPage={users.fetchNextPage}
      />
    </>
  );
}

export function Component() {
  return <AdminOnly>{(me) => <UsersPage me={me} />}</AdminOnly>;
}
