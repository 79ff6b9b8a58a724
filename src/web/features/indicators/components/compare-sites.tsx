import { NativeSelect, Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useComparison, type Dashboard } from '../api/indicators.ts';
import { formatNumber } from './format.ts';
import { ScrollRegion } from './scroll-region.tsx';

export function CompareSites({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation('indicators');
  const [indicatorId, setIndicatorId] = useState<string | null>(dashboard.indicators[0]?.id ?? null);
  const comparison = useComparison(dashboard.model.id, indicatorId);
  if (dashboard.indicators.length === 0) return null;
  const lang = i18n.language;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="compare-title">
      <Title order={2} id="compare-title" mb="sm">
        {t('compare.title')}
      </Title>
      <NativeSelect
        label={t('compare.indicator')}
        value={indicatorId ?? ''}
        onChange={(e) => setIndicatorId(e.currentTarget.value)}
        data={dashboard.indicators.map((i) => ({ value: i.id, label: i.name }))}
        maw={360}
        mb="sm"
      />
      {comparison.data &&
        (comparison.data.sites.length === 0 ? (
          <Text>{t('compare.none')}</Text>
        ) : (
          <ScrollRegion label={t('compare.title')} maxHeight={420}>
            <Table striped>
              <Table.Caption>
                {t('compare.caption', {
                  name: comparison.data.indicator.name,
                  unit: comparison.data.indicator.unit,
                })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('compare.site')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('kinds.baseline')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('kinds.target')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('kinds.actual')}
                  </Table.Th>
                  <Table.Th scope="col">{t('compare.lastPeriod')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('compare.progress')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {comparison.data.sites.map((s) => (
                  <Table.Tr key={s.siteId}>
                    <Table.Th scope="row">{s.name}</Table.Th>
                    <Table.Td ta="right">{formatNumber(s.baseline, lang)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(s.target, lang)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(s.actual, lang)}</Table.Td>
                    <Table.Td>{s.actualPeriod ?? '–'}</Table.Td>
                    <Table.Td ta="right">
                      {s.progress === null
                        ? '–'
                        : `${formatNumber(Math.round(s.progress * 100), lang)}\u00a0%`}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        ))}
    </Paper>
  );
}
