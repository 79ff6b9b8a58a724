import '../i18n-runtime.ts';
import { Anchor, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import type { LibraryNear, NearArea } from '../api/get-library-near.ts';
import type { Territory } from '../api/types.ts';
import { formatNumber } from '../lib/format.ts';
import { emptyFilters, writeSearch } from '../lib/search-params.ts';
import { ProjectCard } from './project-card.tsx';

// What « près de chez moi » shows once a commune is chosen: the projects of its département and région, and the
// territories like it with their table. Loaded with the commune's answer rather than with the page, which a first
// visit opens with an empty field.

/** Project cards two by two, as a list. */
function CardGrid({ cards, headingLevel }: { cards: NearArea['items']; headingLevel?: 3 | 4 }) {
  return (
    <SimpleGrid
      cols={{ base: 1, sm: 2 }}
      spacing="md"
      component="ul"
      style={{ listStyle: 'none', padding: 0 }}
    >
      {cards.map((card) => (
        <li key={card.id}>
          <ProjectCard card={card} headingLevel={headingLevel} />
        </li>
      ))}
    </SimpleGrid>
  );
}

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
      {area.items.length === 0 ? <Text c="dimmed">{t('near.none')}</Text> : <CardGrid cards={area.items} />}
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

/** The projects around the chosen commune (the page's results). */
export default function NearResults({ data }: { data: LibraryNear }) {
  const { t } = useTranslation('library');
  return (
    <>
      <AreaProjects
        title={t('near.departementTitle', { name: data.departement.name })}
        area={data.departement}
        facet="departement"
      />
      <AreaProjects
        title={t('near.regionTitle', { name: data.region.name })}
        area={data.region}
        facet="region"
      />
      <section>
        <Title order={2} size="h3" mt="xl" mb="xs">
          {t('near.similarTitle')}
        </Title>
        <Text mb="sm">{t('near.similarIntro')}</Text>
        <ComparisonTable reference={data.reference} similar={data.similar} />
        {data.similar.length === 0 && <Text c="dimmed">{t('near.none')}</Text>}
        {data.similar.map((item) =>
          item.items.length > 0 ? (
            <section key={item.territory.code}>
              <Title order={3} size="h4" mt="lg" mb="xs">
                {item.territory.name}
              </Title>
              <CardGrid cards={item.items} headingLevel={4} />
            </section>
          ) : null,
        )}
      </section>
    </>
  );
}
