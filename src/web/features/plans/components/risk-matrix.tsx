import '../i18n-runtime.ts';
import { Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../api/types.ts';

const COLOURS = [
  ['#fbe3c4', '#f5b8a0', '#e58a84'],
  ['#eef2d0', '#fbe3c4', '#f5b8a0'],
  ['#d9efdf', '#eef2d0', '#fbe3c4'],
];

/** The 3×3 matrix of open risks as a real table (row and column headers), coloured by criticality; text carries the meaning. */
export function RiskMatrix({ plan }: { plan: Plan }) {
  const { t } = useTranslation('plans');
  const titles = new Map(plan.items.map((i) => [i.id, i.title]));
  const level = (n: number) => t(`levels.${n}` as 'levels.1');
  return (
    <div>
      <Title order={3} size="h4" id="risk-matrix-title">
        {t('matrix.title')}
      </Title>
      <Table withTableBorder withColumnBorders aria-labelledby="risk-matrix-title" data-testid="risk-matrix">
        <Table.Caption>{t('matrix.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Td>
              {t('fields.likelihood')} / {t('fields.impact')}
            </Table.Td>
            {[1, 2, 3].map((impact) => (
              <Table.Th key={impact} scope="col">
                {t('fields.impact')} {level(impact).toLowerCase()}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.riskMatrix.map((row, r) => (
            <Table.Tr key={r}>
              <Table.Th scope="row">
                {t('fields.likelihood')} {level(row[0].likelihood).toLowerCase()}
              </Table.Th>
              {row.map((cell, c) => (
                <Table.Td
                  key={c}
                  style={{ background: COLOURS[r][c], color: '#1a1a1a', verticalAlign: 'top' }}
                >
                  <strong>{cell.itemIds.length}</strong>
                  {cell.itemIds.length > 0 && (
                    <ul style={{ margin: 0, paddingInlineStart: '1.1em' }}>
                      {cell.itemIds.map((id) => (
                        <li key={id}>{titles.get(id)}</li>
                      ))}
                    </ul>
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
