import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Site } from '../api/sites.ts';

/** The site's territory next to the pilot's: population, intercommunality type, density band, région. */
export function FitCard({ site }: { site: Site }) {
  const { t, i18n } = useTranslation('sites');
  const number = new Intl.NumberFormat(i18n.resolvedLanguage);
  const show = (v: string | number | null) =>
    v === null ? '—' : typeof v === 'number' ? number.format(v) : v;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="fit-title">
      <Title order={2} size="h3" id="fit-title" mb="xs">
        {t('site.fit')}
      </Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('site.fact')}</Table.Th>
            <Table.Th scope="col">
              {t('site.thisSite')} ({site.fit.site?.label ?? '—'})
            </Table.Th>
            <Table.Th scope="col">
              {t('site.pilot')} ({site.fit.pilot?.label ?? '—'})
            </Table.Th>
            <Table.Th scope="col">{t('site.verdict')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {site.fit.rows.map((r) => (
            <Table.Tr key={r.fact}>
              <Table.Th scope="row">{t(`site.facts.${r.fact}` as 'site.facts.population')}</Table.Th>
              <Table.Td>{show(r.site)}</Table.Td>
              <Table.Td>{show(r.pilot)}</Table.Td>
              <Table.Td>{t(`site.verdicts.${r.verdict}` as 'site.verdicts.close')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" mt="xs">
        {t('site.fitNote')}
      </Text>
    </Paper>
  );
}
