import { Anchor, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { exportHref, type Dashboard } from '../api/indicators.ts';
import { formatNumber } from './format.ts';
import { ScrollRegion } from './scroll-region.tsx';

// d3-free and small, but still only downloaded when there is a series to draw.
const SeriesChart = lazy(() => import('./series-chart.tsx'));

export function IndicatorSeries({
  dashboard,
  granularity,
  onGranularity,
}: {
  dashboard: Dashboard;
  granularity: 'native' | 'year';
  onGranularity: (g: 'native' | 'year') => void;
}) {
  const { t, i18n } = useTranslation('indicators');
  const lang = i18n.language;
  return (
    <Stack component="section" aria-labelledby="series-title" gap="md">
      <Title order={2} id="series-title">
        {t('series.title')}
      </Title>
      <div>
        <Text fw={600} size="sm" id="granularity-label" mb={4}>
          {t('series.granularity')}
        </Text>
        <SegmentedControl
          aria-labelledby="granularity-label"
          value={granularity}
          onChange={(v) => onGranularity(v === 'year' ? 'year' : 'native')}
          data={[
            { value: 'native', label: t('series.native') },
            { value: 'year', label: t('series.year') },
          ]}
        />
      </div>
      {dashboard.indicators.map((indicator) => (
        <Paper withBorder p="md" key={indicator.id}>
          <Title order={3} size="h4">
            {indicator.name}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {indicator.definition}
          </Text>
          {indicator.series.length === 0 ? (
            <Text>{t('series.none')}</Text>
          ) : (
            <>
              <Suspense fallback={<Text role="status">{t('series.chartLoading')}</Text>}>
                <SeriesChart
                  points={indicator.series}
                  label={t('series.chartLabel', { name: indicator.name })}
                />
              </Suspense>
              <ScrollRegion label={indicator.name} maxHeight={260}>
                <Table striped>
                  <Table.Caption>
                    {t('series.caption', {
                      name: indicator.name,
                      unit: indicator.unit,
                      rule: t(`aggregations.${indicator.aggregation}`).toLowerCase(),
                    })}
                  </Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('series.period')}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('kinds.baseline')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('kinds.target')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('kinds.actual')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('series.reported')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {indicator.series.map((p) => (
                      <Table.Tr key={p.period}>
                        <Table.Th scope="row">{p.period}</Table.Th>
                        <Table.Td ta="right">{formatNumber(p.baseline, lang)}</Table.Td>
                        <Table.Td ta="right">{formatNumber(p.target, lang)}</Table.Td>
                        <Table.Td ta="right">{formatNumber(p.actual, lang)}</Table.Td>
                        <Table.Td ta="right">{p.reported}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollRegion>
              <Anchor href={exportHref(dashboard.model.id, indicator.id, granularity)} download>
                {t('series.export', { name: indicator.name })}
              </Anchor>
            </>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
