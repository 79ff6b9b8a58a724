import '../../accounts/i18n-runtime.ts';
import '../i18n-runtime.ts';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { formatDate } from '../../accounts/lib/format.ts';
import { useAdminOrganisations } from '../api/get-organisations.ts';
import { AdminNav } from '../components/admin-nav.tsx';
import { AdminOnly } from '../components/admin-only.tsx';
import { LoadMore } from '../components/load-more.tsx';
import { QueryState } from '../components/query-state.tsx';

function OrganisationsPage() {
  const { t } = useTranslation(['admin', 'accounts']);
  const organisations = useAdminOrganisations();
  const items = organisations.data?.pages.flatMap((page) => page.items) ?? [];
  const none = t('none');
  return (
    <>
      <PageTitle>{t('organisations.title')}</PageTitle>
      <AdminNav />
      <QueryState isPending={organisations.isPending} error={organisations.error} />
      {organisations.isSuccess && items.length === 0 ? <Text>{t('empty')}</Text> : null}
      {items.length > 0 ? (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Caption>{t('organisations.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organisations.name')}</Table.Th>
                <Table.Th scope="col">{t('organisations.kind')}</Table.Th>
                <Table.Th scope="col">{t('organisations.siren')}</Table.Th>
                <Table.Th scope="col">{t('organisations.territory')}</Table.Th>
                <Table.Th scope="col">{t('organisations.members')}</Table.Th>
                <Table.Th scope="col">{t('organisations.createdAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((organisation) => (
                <Table.Tr key={organisation.id}>
                  <Table.Th scope="row" fw={400}>
                    {organisation.name}
                    {organisation.deleted ? ` (${t('organisations.deleted')})` : null}
                  </Table.Th>
                  <Table.Td>{t(`accounts:kinds.${organisation.kind}`)}</Table.Td>
                  <Table.Td>{organisation.siren ?? none}</Table.Td>
                  <Table.Td>
                    {organisation.territoryCode
                      ? organisation.territoryName
                        ? `${organisation.territoryName} (${organisation.territoryCode})`
                        : organisation.territoryCode
                      : none}
                  </Table.Td>
                  <Table.Td>{organisation.memberCount ?? none}</Table.Td>
                  <Table.Td>{formatDate(organisation.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <LoadMore
        hasNextPage={organisations.hasNextPage}
        isFetchingNextPage={organisations.isFetchingNextPage}
        fetchNextPage={organisations.fetchNextPage}
      />
    </>
  );
}

export function Component() {
  return <AdminOnly>{() => <OrganisationsPage />}</AdminOnly>;
}
