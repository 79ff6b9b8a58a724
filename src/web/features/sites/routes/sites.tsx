import '../i18n-runtime.ts';
import { Alert, Anchor, Stack, Table, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useMe } from '../../accounts/api/get-me.ts';
import { useRequests, useSites } from '../api/sites.ts';
import { SimulatedBadge, StageBadge, territoryText } from '../components/labels.tsx';

function SiteTable({ scope }: { scope: 'mine' | 'carried' }) {
  const { t } = useTranslation('sites');
  const sites = useSites(scope);
  if (!sites.data) return <PageLoader />;
  if (sites.data.length === 0) return <Text>{t('none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('name')}</Table.Th>
            <Table.Th scope="col">{t('model')}</Table.Th>
            <Table.Th scope="col">{t('territory')}</Table.Th>
            <Table.Th scope="col">{t('stageLabel')}</Table.Th>
            <Table.Th scope="col">{t('status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sites.data.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Anchor component={Link} to={paths.site.getHref(s.id)}>
                  {s.name}
                </Anchor>{' '}
                <SimulatedBadge note={s.dataNote} />
              </Table.Td>
              <Table.Td>{s.model.title}</Table.Td>
              <Table.Td>{territoryText(s.territories)}</Table.Td>
              <Table.Td>
                <StageBadge stage={s.stage} />
              </Table.Td>
              <Table.Td>{t(`statuses.${s.communsStatus}` as 'statuses.en_cours')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RequestTable({ box }: { box: 'incoming' | 'outgoing' }) {
  const { t } = useTranslation('sites');
  const requests = useRequests(box);
  if (!requests.data) return <PageLoader />;
  if (requests.data.length === 0) return <Text>{t('none')}</Text>;
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('name')}</Table.Th>
          <Table.Th scope="col">{t('organisation')}</Table.Th>
          <Table.Th scope="col">{t('model')}</Table.Th>
          <Table.Th scope="col">{t('status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {requests.data.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>
              <Anchor component={Link} to={paths.siteRequest.getHref(r.id)}>
                {r.name}
              </Anchor>
            </Table.Td>
            <Table.Td>{r.organisation.name}</Table.Td>
            <Table.Td>{r.model.title}</Table.Td>
            <Table.Td>{t(`requestStatuses.${r.status}`)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** My sites, the sites I carry, and requests received and sent. */
export function Component() {
  const { t } = useTranslation('sites');
  const me = useMe();
  if (me.isLoading) return <PageLoader />;
  return (
    <Stack>
      <PageTitle>{t('title')}</PageTitle>
      <Text>{t('intro')}</Text>
      {!me.data ? (
        <Alert>{t('signIn')}</Alert>
      ) : (
        <Tabs defaultValue="mine" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="mine">{t('mine')}</Tabs.Tab>
            <Tabs.Tab value="carried">{t('carried')}</Tabs.Tab>
            <Tabs.Tab value="incoming">{t('incoming')}</Tabs.Tab>
            <Tabs.Tab value="outgoing">{t('outgoing')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="mine" pt="md">
            <SiteTable scope="mine" />
          </Tabs.Panel>
          <Tabs.Panel value="carried" pt="md">
            <SiteTable scope="carried" />
          </Tabs.Panel>
          <Tabs.Panel value="incoming" pt="md">
            <RequestTable box="incoming" />
          </Tabs.Panel>
          <Tabs.Panel value="outgoing" pt="md">
            <RequestTable box="outgoing" />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
