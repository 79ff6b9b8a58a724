import '../i18n-runtime.ts';
import { Anchor, Button, Checkbox, Grid, Group, SegmentedControl, Table, Text } from '@mantine/core';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useLibraryMap } from '../api/get-library-map.ts';
import type { MapLevel } from '../api/get-library-map.ts';
import { LibraryNav } from '../components/library-nav.tsx';
import { readSearch, toggleFilter, writeSearch } from '../lib/search-params.ts';
import { departementNames, regionNames } from '../lib/territory-names.ts';

// d3-geo and the drawing code come with the map, not with the page: the table is usable before they arrive.
const FranceMap = lazy(() => import('../components/france-map.tsx'));

export function Component() {
  const { t } = useTranslation('library');
  const [params, setParams] = useSearchParams();
  const search = readSearch(params);
  const level: MapLevel = params.get('level') === 'region' ? 'region' : 'departement';
  const [hideEmpty, setHideEmpty] = useState(true);
  const map = useLibraryMap(search, level);
  const names = level === 'departement' ? departementNames : regionNames;

  const counts = useMemo(() => new Map((map.data?.areas ?? []).map((a) => [a.code, a.count])), [map.data]);
  const rows = useMemo(
    () =>
      Object.entries(names)
        .map(([code, name]) => ({ code, name, count: counts.get(code) ?? 0 }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'fr')),
    [names, counts],
  );
  const selected = search.filters[level];
  const shownRows = hideEmpty ? rows.filter((row) => row.count > 0 || selected.includes(row.code)) : rows;

  const withLevel = (next: URLSearchParams, nextLevel: MapLevel) => {
    if (nextLevel === 'region') next.set('level', 'region');
    return next;
  };
  const toggle = (code: string) =>
    setParams(withLevel(writeSearch(toggleFilter(search, level, code)), level));
  const listHref = `${paths.library.getHref()}?${writeSearch(search).toString()}`;

  return (
    <>
      <PageTitle>{t('map.title')}</PageTitle>
      <Text size="lg" mb="md" maw="48rem">
        {t('map.intro')}
      </Text>
      <LibraryNav />

      <Group justify="space-between" align="flex-end" mb="md" wrap="wrap">
        <div>
          <Text fw={600} size="sm" id="map-level-label" mb={4}>
            {t('map.level')}
          </Text>
          <SegmentedControl
            aria-labelledby="map-level-label"
            value={level}
            onChange={(value) => setParams(withLevel(writeSearch(search), value as MapLevel))}
            data={[
              { value: 'departement', label: t('map.levels.departement') },
              { value: 'region', label: t('map.levels.region') },
            ]}
          />
        </div>
        <Anchor component={Link} to={listHref} fw={600}>
          {t('map.seeList')}
        </Anchor>
      </Group>

      <Text role="status" aria-live="polite" mb="sm" fw={600}>
        {map.isSuccess ? t('search.count', { count: map.data.total }) : ''}
        {selected.length > 0 &&
          ` ${t('map.selected', { names: selected.map((code) => names[code] ?? code).join(', ') })}`}
      </Text>

      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Suspense fallback={<Text c="dimmed">{t('map.loading')}</Text>}>
            <FranceMap level={level} counts={counts} selected={selected} onToggle={toggle} />
          </Suspense>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Checkbox
            mb="sm"
            checked={hideEmpty}
            onChange={(event) => setHideEmpty(event.currentTarget.checked)}
            label={t('map.hideEmpty')}
          />
          {map.isError && (
            <Text role="alert" c="red.9">
              {map.error.message}
            </Text>
          )}
          <Table striped withTableBorder>
            <Table.Caption>{t('map.tableCaption', { level: t(`map.levelName.${level}`) })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('map.area')}</Table.Th>
                <Table.Th scope="col">{t('map.code')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('map.count')}
                </Table.Th>
                <Table.Th scope="col">{t('map.filter')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shownRows.map((row) => {
                const isSelected = selected.includes(row.code);
                return (
                  <Table.Tr key={row.code}>
                    <Table.Th scope="row" fw={isSelected ? 700 : 400}>
                      {row.name}
                    </Table.Th>
                    <Table.Td>{row.code}</Table.Td>
                    <Table.Td ta="right">{row.count}</Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant={isSelected ? 'filled' : 'outline'}
                        aria-pressed={isSelected}
                        aria-label={t(isSelected ? 'map.filterOff' : 'map.filterOn', { name: row.name })}
                        onClick={() => toggle(row.code)}
                      >
                        {t(isSelected ? 'map.unfilter' : 'map.filter')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Grid.Col>
      </Grid>
    </>
  );
}
