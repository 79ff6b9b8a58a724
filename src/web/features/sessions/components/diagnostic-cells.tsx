import '../i18n-manage-runtime.ts';
import { List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DiagnosticDigest } from '../api/portfolio.ts';
import type { MethodLabels } from '../method-labels.ts';

/** The diagnostic columns shared by the cohort view and the portfolio, in this order. */
export function DiagnosticHeaders() {
  const { t } = useTranslation('sessionsManage');
  return (
    <>
      <Table.Th scope="col">{t('manage.diagnostic')}</Table.Th>
      <Table.Th scope="col">{t('portfolio.situations')}</Table.Th>
      <Table.Th scope="col">{t('manage.strategies')}</Table.Th>
      <Table.Th scope="col">{t('manage.vigilance')}</Table.Th>
    </>
  );
}

export const DIAGNOSTIC_COLUMNS = 4;

function Titles({ items }: { items: string[] }) {
  if (items.length === 0) return <>—</>;
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <List size="sm" spacing={2}>
      {items.map((item) => (
        <List.Item key={item}>{item}</List.Item>
      ))}
    </List>
  );
}

/** Verdict, situations, strategies and vigilance points named by the method's titles. */
export function DiagnosticCells({
  diagnostic,
  labels,
}: {
  diagnostic: DiagnosticDigest;
  labels: MethodLabels;
}) {
  const { i18n } = useTranslation('sessionsManage');
  return (
    <>
      <Table.Td>
        {labels.verdict(diagnostic.verdict)}
        {diagnostic.completedAt && (
          <Text size="sm">
            {new Intl.DateTimeFormat(i18n.language.startsWith('en') ? 'en-GB' : 'fr-FR', {
              dateStyle: 'medium',
              timeZone: 'Europe/Paris',
            }).format(new Date(diagnostic.completedAt))}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Titles items={diagnostic.situations.map(labels.situation)} />
      </Table.Td>
      <Table.Td>
        <Titles items={diagnostic.strategies.map((s) => labels.strategy(s.id))} />
      </Table.Td>
      <Table.Td>
        <Titles items={diagnostic.vigilance.map(labels.vigilance)} />
      </Table.Td>
    </>
  );
}

/** The same columns when the project has no completed diagnostic. */
export function NoDiagnosticCells() {
  const { t } = useTranslation('sessionsManage');
  return <Table.Td colSpan={DIAGNOSTIC_COLUMNS}>{t('manage.noDiagnostic')}</Table.Td>;
}
