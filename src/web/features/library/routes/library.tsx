import '../i18n-runtime.ts';
import {
  Alert,
  Anchor,
  Button,
  Grid,
  Group,
  NativeSelect,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useTerritory } from '../api/get-territory.ts';
import { useLibrarySearch } from '../api/search-library.ts';
import { FacetGroup } from '../components/facet-group.tsx';
import { LibraryNav } from '../components/library-nav.tsx';
import { ProjectCard } from '../components/project-card.tsx';
import {
  activeFilterCount,
  emptyFilters,
  facetKeys,
  readSearch,
  sorts,
  toggleFilter,
  writeSearch,
} from '../lib/search-params.ts';
import type { LibrarySearch, Sort } from '../lib/search-params.ts';

// The commune's autocomplete (Mantine's combobox and its positioning library) is shown only when sorting by
// proximity: it comes then, not with the page.
const TerritoryPicker = lazy(() =>
  import('../components/territory-picker-single.tsx').then((m) => ({ default: m.TerritoryPicker })),
);

export function Component() {
  const { t } = useTranslation('library');
  const [params, setParams] = useSearchParams();
  const search = readSearch(params);
  const [query, setQuery] = useState(search.q);
  // Back and forward buttons change the address: the box follows.
  useEffect(() => setQuery(search.q), [search.q]);
  const wantsProximity = params.get('sort') === 'proximity';
  const nearTerritory = useTerritory(search.near, 'commune');

  const results = useLibrarySearch(search);
  const firstPage = results.data?.pages[0];
  const items = results.data?.pages.flatMap((page) => page.items) ?? [];
  const total = firstPage?.total ?? 0;

  const go = (next: LibrarySearch) => setParams(writeSearch(next));

  let announcement = '';
  if (results.isPending) announcement = t('search.loading');
  else if (results.isError) announcement = t('search.error');
  else announcement = t('search.count', { count: total });

  return (
    <>
      <PageTitle>{t('search.title')}</PageTitle>
      <Text size="lg" mb="md" maw="48rem">
        {t('search.intro')}
      </Text>
      <LibraryNav />

      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          go({ ...search, q: query.trim() });
        }}
      >
        <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
          <TextInput
            label={t('search.label')}
            placeholder={t('search.placeholder')}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            type="search"
            name="q"
            style={{ flex: '1 1 18rem' }}
          />
          <Button type="submit">{t('search.submit')}</Button>
        </Group>
      </form>

      <Group align="flex-end" gap="md" mb="lg" wrap="wrap">
        {/* Three fixed choices: the browser's own list, which every keyboard and screen reader knows. */}
        <NativeSelect
          label={t('search.sort')}
          data={sorts.map((sort) => ({ value: sort, label: t(`search.sorts.${sort}`) }))}
          value={wantsProximity ? 'proximity' : search.sort}
          onChange={(event) => {
            const sort = event.currentTarget.value as Sort;
            if (sort === 'proximity' && !search.near) {
              // Wait for the commune before sorting by distance: keep the wish in the address.
              const next = writeSearch({ ...search, sort: 'relevance' });
              next.set('sort', 'proximity');
              setParams(next);
            } else go({ ...search, sort });
          }}
          w={{ base: '100%', sm: 260 }}
        />
        {wantsProximity && (
          <Suspense fallback={null}>
            <TerritoryPicker
              key={nearTerritory.data?.code ?? 'none'}
              label={t('search.nearLabel')}
              description={t('search.nearHint')}
              types={['commune']}
              defaultValue={nearTerritory.data?.name}
              onPick={(territory) => go({ ...search, sort: 'proximity', near: territory.code })}
            />
          </Suspense>
        )}
      </Group>

      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack component="section" aria-labelledby="facets-title" gap="lg">
            <Group justify="space-between">
              <Title order={2} size="h3" id="facets-title">
                {t('facets.title')}
              </Title>
              {activeFilterCount(search) > 0 && (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => go({ ...search, filters: emptyFilters() })}
                >
                  {t('facets.clear')}
                </Button>
              )}
            </Group>
            {facetKeys.map((key) => (
              <FacetGroup
                key={key}
                facetKey={key}
                counts={firstPage?.facets[key] ?? []}
                selected={search.filters[key]}
                onToggle={(value) => go(toggleFilter(search, key, value))}
              />
            ))}
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 8 }}>
          <section aria-labelledby="results-title">
            <Group justify="space-between" mb="xs" wrap="wrap">
              <Title order={2} size="h3" id="results-title">
                {t('search.resultsTitle')}
              </Title>
              <Anchor component={Link} to={`${paths.libraryMap.getHref()}?${writeSearch(search).toString()}`}>
                {t('search.seeMap')}
              </Anchor>
            </Group>
            <Text role="status" aria-live="polite" aria-atomic="true" fw={600} mb="md">
              {announcement}
            </Text>

            {results.isPending && (
              <Stack aria-hidden="true">
                <Skeleton height={120} />
                <Skeleton height={120} />
              </Stack>
            )}
            {results.isError && (
              <Alert color="red" variant="outline" title={t('search.error')}>
                <Text mb="sm">{results.error.message}</Text>
                <Button variant="outline" onClick={() => void results.refetch()}>
                  {t('search.retry')}
                </Button>
              </Alert>
            )}
            {results.isSuccess && total === 0 && <Text mb="md">{t('search.empty')}</Text>}

            {items.length > 0 && (
              <Stack component="ol" gap="md" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {items.map((card) => (
                  <li key={card.id}>
                    <ProjectCard card={card} />
                  </li>
                ))}
              </Stack>
            )}

            {results.hasNextPage && (
              <Stack align="center" mt="lg" gap="xs">
                <Text size="sm" c="dimmed">
                  {t('search.shown', { shown: items.length, total })}
                </Text>
                <Button
                  variant="outline"
                  loading={results.isFetchingNextPage}
                  onClick={() => void results.fetchNextPage()}
                >
                  {t('search.more')}
                </Button>
              </Stack>
            )}
          </section>
        </Grid.Col>
      </Grid>
    </>
  );
}
