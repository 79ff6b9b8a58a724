import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DiagnosticResult, Instrument } from '../api/types.ts';
import { useLocalize } from '../lib/localize.ts';

/** The data of the radar chart, as a table: the accessible and printable version of the figure. */
export function DimensionTable({ result, instrument }: { result: DiagnosticResult; instrument: Instrument }) {
  const { t } = useTranslation('diagnostics');
  const localize = useLocalize();
  const titles = new Map(instrument.dimensions.map((d) => [d.id, localize(d.title)]));
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped withTableBorder>
        <Table.Caption>{t('result.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('result.dimension')}</Table.Th>
            <Table.Th scope="col">{t('result.score')}</Table.Th>
            <Table.Th scope="col">{t('result.level')}</Table.Th>
            <Table.Th scope="col">{t('result.known')}</Table.Th>
            <Table.Th scope="col">{t('result.gapsCount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.dimensions.map((dimension) => (
            <Table.Tr key={dimension.id}>
              <Table.Th scope="row" fw={500}>
                {titles.get(dimension.id) ?? dimension.id}
              </Table.Th>
              <Table.Td>{dimension.score === null ? '—' : Math.round(dimension.score)}</Table.Td>
              <Table.Td>{t(`levels.${dimension.level}`)}</Table.Td>
              <Table.Td>{`${Math.round(dimension.coverage * 100)}\u00a0%`}</Table.Td>
              <Table.Td>{dimension.gaps.length}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
