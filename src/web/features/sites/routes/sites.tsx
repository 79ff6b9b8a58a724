import '../i18n-runtime.ts';
import { Alert, Anchor, Button, Stack, Table, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useMe } from '../../accounts/api/get-me.ts';
import { notifySuccess } from '../../../components/feedback/notify.ts';
import { useRequests, useRestoreSite, useSites, useSiteTrash, type DeletedSite } from '../api/sites.ts';
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

/** Sites the actor's organisations carry, deleted less than 30 days ago: restoring puts them back in the network. */
function TrashTable({ sites }: { sites: DeletedSite[] }) {
  const { t, i18n } = useTranslation('sites');
  const restore = useRestoreSite();
  if (sites.length === 0) return <Text>{t('none')}</Text>;
  return (
    <Stack>
      <Text>{t('trash.intro')}</Text>
      {restore.error && (
        <Alert color="red" role="alert">
          {restore.error.message}
        </Alert>
      )}
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('name')}</Table.Th>
            <Table.Th scope="col">{t('model')}</Table.Th>
            <Table.Th scope="col">{t('trash.deletedAt')}</Table.Th>
            <Table.Th scope="col">{t('trash.action')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sites.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Th scope="row">{s.name}</Table.Th>
              <Table.Td>{s.model}</Table.Td>
              <Table.Td>{new Date(s.deletedAt).toLocaleDateString(i18n.resolvedLanguage)}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="outline"
                  loading={restore.isPending && restore.variables === s.id}
                  aria-label={t('trash.restore', { name: s.name })}
                  onClick={() =>
                    restore.mutate(s.id, {
                      onSuccess: () => notifySuccess(t('trash.restored', { name: s.name })),
                    })
                  }
                >
                  {t('trash.restoreShort')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** My sites, the sites I carry, requests received and sent, and the carrier's trash when it holds something. */
export function Component() {
  const { t } = useTranslation('sites');
  const me = useMe();
  const trash = useSiteTrash(Boolean(me.data));
  const [tab, setTab] = useState<string | null>('mine');
  // The tab stays while it is open, even once its last site is restored.
  const trashed = trash.data && (trash.data.length > 0 || tab === 'trash') ? trash.data : null;
  if (me.isLoading) return <PageLoader />;
  return (
    <Stack>
      <PageTitle>{t('title')}</PageTitle>
      <Text>{t('intro')}</Text>
      {!me.data ? (
        <Alert>{t('signIn')}</Alert>
      ) : (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="mine">{t('mine')}</Tabs.Tab>
            <Tabs.Tab value="carried">{t('carried')}</Tabs.Tab>
            <Tabs.Tab value="incoming">{t('incoming')}</Tabs.Tab>
            <Tabs.Tab value="outgoing">{t('outgoing')}</Tabs.Tab>
            {trashed && <Tabs.Tab value="trash">{t('trash.tab')}</Tabs.Tab>}
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
          {trashed && (
            <Tabs.Panel value="trash" pt="md">
              <TrashTable sites={trashed} />
            </Tabs.Panel>
          )}
        </Tabs>
      )}
    </Stack>
  );
}
