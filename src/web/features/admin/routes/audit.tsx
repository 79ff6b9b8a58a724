import '../i18n-runtime.ts';
import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { formatDateTime } from '../../accounts/lib/format.ts';
import { useAudit } from '../api/get-audit.ts';
import { AdminNav } from '../components/admin-nav.tsx';
import { AdminOnly } from '../components/admin-only.tsx';
import { LoadMore } from '../components/load-more.tsx';
import { QueryState } from '../components/query-state.tsx';

function describeDetails(details: unknown): string | null {
  if (details === null || details === undefined) return null;
  if (typeof details === 'string') return details;
  const text = JSON.stringify(details);
  return text === '{}' ? null : text;
}

function AuditPage() {
  const { t } = useTranslation('admin');
  const audit = useAudit();
  const items = audit.data?.pages.flatMap((page) => page.items) ?? [];
  const none = t('none');
  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <AdminNav />
      <Text mb="lg">{t('audit.intro')}</Text>
      <QueryState isPending={audit.isPending} error={audit.error} />
      {audit.isSuccess && items.length === 0 ? <Text>{t('empty')}</Text> : null}
      {items.length > 0 ? (
        <Table.ScrollContainer minWidth={860}>
          <Table striped>
            <Table.Caption>{t('audit.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('audit.at')}</Table.Th>
                <Table.Th scope="col">{t('audit.actor')}</Table.Th>
                <Table.Th scope="col">{t('audit.action')}</Table.Th>
                <Table.Th scope="col">{t('audit.subject')}</Table.Th>
                <Table.Th scope="col">{t('audit.ip')}</Table.Th>
                <Table.Th scope="col">{t('audit.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((entry) => {
                const details = describeDetails(entry.details);
                return (
                  <Table.Tr key={entry.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</Table.Td>
                    <Table.Td>{entry.actorName ?? entry.actorUserId ?? none}</Table.Td>
                    <Table.Td>
                      <Code>{entry.action}</Code>
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      {entry.subjectType ? `${entry.subjectType} ${entry.subjectId ?? ''}` : none}
                    </Table.Td>
                    <Table.Td>{entry.ip ?? none}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{details ?? none}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <LoadMore
        hasNextPage={audit.hasNextPage}
        isFetchingNextPage={audit.isFetchingNextPage}
        fetchNextPage={audit.fetchNextPage}
      />
    </>
  );
}

export function Component() {
  return <AdminOnly>{() => <AuditPage />}</AdminOnly>;
}
