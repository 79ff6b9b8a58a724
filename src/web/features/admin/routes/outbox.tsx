import '../i18n-runtime.ts';
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { formatDateTime } from '../../accounts/lib/format.ts';
import { useOutbox } from '../api/get-outbox.ts';
import { AdminNav } from '../components/admin-nav.tsx';
import { AdminOnly } from '../components/admin-only.tsx';
import { LoadMore } from '../components/load-more.tsx';
import { outboxStatusColor } from '../components/outbox-status.ts';
import { QueryState } from '../components/query-state.tsx';

function OutboxPage() {
  const { t } = useTranslation('admin');
  const outbox = useOutbox();
  const items = outbox.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageTitle>{t('outbox.title')}</PageTitle>
      <AdminNav />
      <Text mb="lg">{t('outbox.intro')}</Text>
      <QueryState isPending={outbox.isPending} error={outbox.error} />
      {outbox.isSuccess && items.length === 0 ? <Text>{t('empty')}</Text> : null}
      {items.length > 0 ? (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Caption>{t('outbox.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('outbox.subject')}</Table.Th>
                <Table.Th scope="col">{t('outbox.to')}</Table.Th>
                <Table.Th scope="col">{t('outbox.createdAt')}</Table.Th>
                <Table.Th scope="col">{t('outbox.status')}</Table.Th>
                <Table.Th scope="col">{t('outbox.attempts')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((message) => (
                <Table.Tr key={message.id}>
                  <Table.Th scope="row" fw={400}>
                    <Anchor component={Link} to={paths.adminOutboxMessage.getHref(message.id)}>
                      {message.subject}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{message.to}</Table.Td>
                  <Table.Td>{formatDateTime(message.createdAt)}</Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={outboxStatusColor[message.status]}>
                      {t(`outbox.statuses.${message.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{message.attempts}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <LoadMore
        hasNextPage={outbox.hasNextPage}
        isFetchingNextPage={outbox.isFetchingNextPage}
        fetchNextPage={outbox.fetchNextPage}
      />
    </>
  );
}

export function Component() {
  return <AdminOnly>{() => <OutboxPage />}</AdminOnly>;
}
