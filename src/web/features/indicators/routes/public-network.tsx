import '../i18n-runtime.ts';
import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { usePublicNetwork } from '../api/indicators.ts';
import { formatNumber } from '../components/format.ts';
import { Funnel, SitesMap } from '../components/network-overview.tsx';

// What anyone may see of a network once its carrier publishes it: public sites and aggregated figures only.
export function Component() {
  const { t, i18n } = useTranslation('indicators');
  const { modelId = '' } = useParams();
  const network = usePublicNetwork(modelId);
  // The public page carries every public site: the map's filter works on them in the browser.
  const [selected, setSelected] = useState<string | null>(null);
  if (network.isPending) return <PageLoader />;
  if (network.isError)
    return (
      <Alert color="red" role="alert">
        {network.error.message}
      </Alert>
    );
  const d = network.data;
  const shown = selected ? d.sites.filter((s) => s.departement === selected) : d.sites;
  return (
    <>
      <PageTitle>{t('public.title', { name: d.model.title })}</PageTitle>
      <Text mb="md">{t('public.intro')}</Text>
      <Stack gap="lg">
        <Funnel funnel={d.funnel} />
        <SitesMap
          byDepartement={d.byDepartement}
          selected={selected}
          onSelect={setSelected}
          list={{ items: shown, total: shown.length }}
          linkSites={false}
        />
        {d.indicators.map((i) => (
          <section key={i.id} aria-labelledby={`pub-${i.id}`}>
            <Title order={2} id={`pub-${i.id}`}>
              {i.name}
            </Title>
            <Text size="sm" mb="xs">
              {i.definition}
            </Text>
            <Table striped maw={520}>
              <Table.Caption>
                {t('series.caption', {
                  name: i.name,
                  unit: i.unit,
                  rule: t(`aggregations.${i.aggregation}`).toLowerCase(),
                })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('series.period')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('kinds.actual')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('series.reported')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {i.series.map((p) => (
                  <Table.Tr key={p.period}>
                    <Table.Th scope="row">{p.period}</Table.Th>
                    <Table.Td ta="right">{formatNumber(p.actual, i18n.language)}</Table.Td>
                    <Table.Td ta="right">{p.reported}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        ))}
      </Stack>
    </>
  );
}
