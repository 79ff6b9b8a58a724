import '../../library/i18n-runtime.ts';
import { Anchor, Button, Grid, List, Paper, Progress, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import type { Dashboard } from '../api/indicators.ts';
import { LateSites } from './late-sites.tsx';
import { ScrollRegion } from './scroll-region.tsx';

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

export function SitesMap({
  sites,
  byDepartement,
  linkSites = true,
}: {
  sites: Dashboard['sites'];
  byDepartement: Dashboard['byDepartement'];
  linkSites?: boolean;
}) {
  const { t } = useTranslation('indicators');
  const [selected, setSelected] = useState<string | null>(null);
  const counts = useMemo(() => new Map(byDepartement.map((d) => [d.code, d.count])), [byDepartement]);
  const shown = selected ? sites.filter((s) => s.departement === selected) : sites;
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
              counts={counts}
              selected={selected ? [selected] : []}
              onToggle={(code) => setSelected((s) => (s === code ? null : code))}
            />
          </Suspense>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          {selected && (
            <Button variant="subtle" mb="xs" onClick={() => setSelected(null)}>
              {t('map.showAll')}
            </Button>
          )}
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
                {shown.map((s) => (
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
        </Grid.Col>
      </Grid>
    </Paper>
  );
}

export function WatchLists({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation('indicators');
  // Stalled sites come as ids into the sites list, which has their name and stage.
  const stalled = useMemo(() => {
    const byId = new Map(dashboard.sites.map((s) => [s.id, s]));
    return dashboard.stalled.flatMap((s) => {
      const site = byId.get(s.siteId);
      return site ? [{ ...site, days: s.days }] : [];
    });
  }, [dashboard.sites, dashboard.stalled]);
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
          {stalled.length === 0 ? (
            <Text>{t('stalled.none')}</Text>
          ) : (
            <List>
              {stalled.map((s) => (
                <List.Item key={s.id}>
                  <Anchor component={Link} to={paths.networkSite.getHref(s.id)}>
                    {s.name}
                  </Anchor>{' '}
                  : {t(`stages.${s.stage}`)}, {t('map.days', { count: s.days })}
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <LateSites dashboard={dashboard} />
      </Grid.Col>
    </Grid>
  );
}
