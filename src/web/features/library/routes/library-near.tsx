import '../i18n-runtime.ts';
import { Alert, Anchor, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useLibraryNear } from '../api/get-library-near.ts';
import type { NearArea } from '../api/get-library-near.ts';
import type { Territory } from '../api/types.ts';
import { LibraryNav } from '../components/library-nav.tsx';
import { ProjectCard } from '../components/project-card.tsx';
import { TerritoryPicker } from '../components/territory-picker.tsx';
import { formatNumber } from '../lib/format.ts';
import { emptyFilters, writeSearch } from '../lib/search-params.ts';

function AreaProjects({
  title,
  area,
  facet,
}: {
  title: string;
  area: NearArea;
  facet: 'departement' | 'region';
}) {
  const { t } = useTranslation('library');
  const href = `${paths.library.getHref()}?${writeSearch({
    q: '',
    filters: { ...emptyFilters(), [facet]: [area.code] },
    sort: 'relevance',
    near: null,
  }).toString()}`;
  return (
    <section>
      <Title order={2} size="h3" mt="xl" mb="xs">
        {title}
      </Title>
      <Text mb="sm">{t('search.count', { count: area.total })}</Text>
      {area.items.length === 0 ? (
        <Text c="dimmed">{t('near.none')}</Text>
      ) : (
        <SimpleGrid
          cols={{ base: 1, sm: 2 }}
          spacing="md"
          component="ul"
          style={{ listStyle: 'none', padding: 0 }}
        >
          {area.items.map((card) => (
            <li key={card.id}>
              <ProjectCard card={card} />
            </li>
          ))}
        </SimpleGrid>
      )}
      {area.total > area.items.length && (
        <Anchor component={Link} to={href} display="block" mt="sm">
          {facet === 'departement' ? t('near.searchHere') : t('near.searchRegion')}
        </Anchor>
      )}
    </section>
  );
}

function ComparisonTable({
  reference,
  similar,
}: {
  reference: Territory;
  similar: { territory: Territory; total: number }[];
}) {
  const { t, i18n } = useTranslation('library');
  const english = i18n.language === 'en';
  const row = (territory: Territory, label: string, total: number | null) => (
    <Table.Tr key={`${territory.type}-${territory.code}`}>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td>{territory.departementName ?? territory.departements.join(', ')}</Table.Td>
      <Table.Td ta="right">
        {territory.population === null ? '—' : formatNumber(territory.population)}
      </Table.Td>
      <Table.Td>
        {territory.populationBand
          ? english
            ? territory.populationBand.en
            : territory.populationBand.fr
          : '—'}
      </Table.Td>
      <Table.Td>{territory.epciType ?? territory.epci?.type ?? '—'}</Table.Td>
      <Table.Td ta="right">{total ?? '—'}</Table.Td>
    </Table.Tr>
  );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder>
        <Table.Caption>{t('near.similarCaption', { name: reference.name })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('near.columns.epci')}</Table.Th>
            <Table.Th scope="col">{t('near.columns.departement')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('near.columns.population')}
            </Table.Th>
            <Table.Th scope="col">{t('near.columns.band')}</Table.Th>
            <Table.Th scope="col">{t('near.columns.epciType')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('near.columns.projects')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {row(reference, t('near.reference', { name: reference.name }), null)}
          {similar.map((item) => row(item.territory, item.territory.name, item.total))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function Component() {
  const { t } = useTranslation('library');
  const [params, setParams] = useSearchParams();
  const commune = params.get('commune');
  const near = useLibraryNear(commune);

  return (
    <>
      <PageTitle>{t('near.title')}</PageTitle>
      <Text size="lg" mb="md" maw="48rem">
        {t('near.intro')}
      </Text>
      <LibraryNav />
      <Stack maw="32rem" mb="lg">
        <TerritoryPicker
          key={near.data?.commune.code ?? 'none'}
          label={t('near.commune')}
          description={t('near.communeHint')}
          types={['commune']}
          defaultValue={near.data?.commune.name}
          onPick={(territory) => setParams({ commune: territory.code })}
        />
      </Stack>
      <div role="status" aria-live="polite">
        {near.isSuccess && (
          <Text fw={600}>
            {near.data.commune.name} · {near.data.departement.name} · {near.data.region.name}
          </Text>
        )}
      </div>
      {near.isError && (
        <Alert color="red" variant="outline" role="alert">
          {near.error.message}
        </Alert>
      )}
      {near.isSuccess && (
        <>
          <AreaProjects
            title={t('near.departementTitle', { name: near.data.departement.name })}
            area={near.data.departement}
            facet="departement"
          />
          <AreaProjects
            title={t('near.regionTitle', { name: near.data.region.name })}
            area={near.data.region}
            facet="region"
          />
          <section>
            <Title order={2} size="h3" mt="xl" mb="xs">
              {t('near.similarTitle')}
            </Title>
            <Text mb="sm">{t('near.similarIntro')}</Text>
            <ComparisonTable reference={near.data.reference} similar={near.data.similar} />
            {near.data.similar.length === 0 && <Text c="dimmed">{t('near.none')}</Text>}
            {near.data.similar.map((item) =>
              item.items.length > 0 ? (
                <section key={item.territory.code}>
                  <Title order={3} size="h4" mt="lg" mb="xs">
                    {item.territory.name}
                  </Title>
                  <SimpleGrid
                    cols={{ base: 1, sm: 2 }}
                    spacing="md"
                    component="ul"
                    style={{ listStyle: 'none', padding: 0 }}
                  >
                    {item.items.map((card) => (
                      <li key={card.id}>
                        <ProjectCard card={card} headingLevel={4} />
                      </li>
                    ))}
                  </SimpleGrid>
                </section>
              ) : null,
            )}
          </section>
        </>
      )}
    </>
  );
}
