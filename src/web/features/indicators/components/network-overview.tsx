import { Anchor, Button, Grid, List, Paper, Progress, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { SITES_PAGE_SIZE, STALLED_PAGE_SIZE, useStalledSites, type Dashboard } from '../api/indicators.ts';
import { LateSites } from './late-sites.tsx';
import { ScrollRegion } from './scroll-region.tsx';
import { ShowMore } from './show-more.tsx';

// The library's map of France (d3-geo, loaded lazily): départements coloured by number of sites; a click filters
// the table, which carries the same information for everyone.
const FranceMap = lazy(() => import('../../library/components/france-map.tsx'));

export function Funnel({ funnel }: { funnel: Dashboard['funnel'] }) {
  const { t } = useTranslation('indicators');
  const max = Math.max(1, ...funnel.map((f) => f.count));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="funnel-title">
      <Title order={2} id="funnel-title" mb="sm">
        {t('funnel.title')}
      </Title>
      <Table>
        <Table.Caption>{t('funnel.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('funnel.stage')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('funnel.count')}
            </Table.Th>
            <Table.Th scope="col" aria-hidden="true" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {funnel.map((f) => (
            <Table.Tr key={f.stage}>
              <Table.Th scope="row">{t(`stages.${f.stage}`)}</Table.Th>
              <Table.Td ta="right">{f.count}</Table.Td>
              <Table.Td w="50%" aria-hidden="true">
                <Progress value={(100 * f.count) / max} color="teal.9" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** The sites shown in the map's table: loaded so far, their total, and how to load more when there are. */
export interface SiteList {
  items: Dashboard['sites']['items'];
  total: number;
  /** Absent when every site is already there (the public page carries them all). */
  more?: { load: () => void; loading: boolean; error: Error | null };
}

/**
 * The map of France coloured by number of sites per département, and beside it the table of sites (the same
 * information for everyone): a click on a département, or its button, filters the table. Large networks come page by
 * page (the parent loads them; `selected` is the parent's so it can ask the server for one département's sites).
 */
export function SitesMap({
  byDepartement,
  selected,
  onSelect,
  list,
  linkSites = true,
}: {
  byDepartement: Dashboard['byDepartement'];
  selected: string | null;
  onSelect: (code: string | null) => void;
  list: SiteList;
  linkSites?: boolean;
}) {
  const { t } = useTranslation('indicators');
  const counts = useMemo(() => new Map(byDepartement.map((d) => [d.code, d.count])), [byDepartement]);
  const remaining = Math.max(0, list.total - list.items.length);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="map-title">
      <Title order={2} id="map-title" mb="sm">
        {t('map.title')}
      </Title>
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Suspense fallback={<Text role="status">{t('loading')}</Text>}>
            <FranceMap
              level="departement"
              counted="sites"
              counts={counts}
              selected={selected ? [selected] : []}
              onToggle={(code) => onSelect(selected === code ? null : code)}
            />
          </Suspense>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          {selected && (
            <Button variant="subtle" mb="xs" onClick={() => onSelect(null)}>
              {t('map.showAll')}
            </Button>
          )}
          <Text size="sm" mb="xs" role="status">
            {remaining > 0
              ? t('map.partial', { total: list.total, shown: list.items.length })
              : t('map.summary', { count: list.total })}
          </Text>
          <ScrollRegion label={t('map.caption')} maxHeight={480}>
            <Table striped>
              <Table.Caption>
                {selected ? t('map.filtered', { code: selected }) : t('map.caption')}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('map.site')}</Table.Th>
                  <Table.Th scope="col">{t('map.departement')}</Table.Th>
                  <Table.Th scope="col">{t('map.stage')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.items.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Th scope="row">
                      {linkSites ? (
                        <Anchor component={Link} to={paths.networkSite.getHref(s.id)}>
                          {s.name}
                        </Anchor>
                      ) : (
                        s.name
                      )}
                    </Table.Th>
                    <Table.Td>{s.departement ?? '–'}</Table.Td>
                    <Table.Td>{t(`stages.${s.stage}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
          {list.more && (
            <ShowMore
              error={list.more.error}
              remaining={remaining}
              loading={list.more.loading}
              onMore={list.more.load}
              label={t('map.more', { count: Math.min(SITES_PAGE_SIZE, remaining) })}
            />
          )}
        </Grid.Col>
      </Grid>
    </Paper>
  );
}

export function WatchLists({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation('indicators');
  // The dashboard carries the total and the first stalled sites; the rest is read page by page when asked for.
  const first = dashboard.stalled.items;
  const [asked, setAsked] = useState(false);
  const rest = useStalledSites(dashboard.model.id, first.length, asked);
  const stalled = [...first, ...(rest.data?.pages ?? []).flatMap((p) => p.items)];
  const total = rest.data?.pages.at(-1)?.total ?? dashboard.stalled.total;
  const remaining = Math.max(0, total - stalled.length);
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Paper withBorder p="md" component="section" aria-labelledby="stalled-title">
          <Title order={2} id="stalled-title">
            {t('stalled.title')}
          </Title>
          <Text size="sm" mb="xs">
            {t('stalled.intro', { days: dashboard.settings.stalledDays })}
          </Text>
          {total === 0 ? (
            <Text>{t('stalled.none')}</Text>
          ) : (
            <>
              <Text size="sm" mb="xs">
                {remaining > 0
                  ? t('stalled.partial', { total, shown: stalled.length })
                  : t('stalled.summary', { count: total })}
              </Text>
              <ScrollRegion label={t('stalled.listLabel')} maxHeight={640}>
                <List>
                  {stalled.map((s) => (
                    <List.Item key={s.siteId}>
                      <Anchor component={Link} to={paths.networkSite.getHref(s.siteId)}>
                        {s.name}
                      </Anchor>{' '}
                      : {t(`stages.${s.stage}`)}, {t('map.days', { count: s.days })}
                    </List.Item>
                  ))}
                </List>
              </ScrollRegion>
              <ShowMore
                error={rest.error}
                remaining={remaining}
                loading={rest.isFetching}
                onMore={() => (asked ? void rest.fetchNextPage() : setAsked(true))}
                label={t('stalled.more', { count: Math.min(STALLED_PAGE_SIZE, remaining) })}
              />
            </>
          )}
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <LateSites dashboard={dashboard} />
      </Grid.Col>
    </Grid>
  );
}
