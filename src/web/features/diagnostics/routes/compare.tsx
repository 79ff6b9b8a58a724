import '../i18n-runtime.ts';
import { Alert, Anchor, Box, List, SimpleGrid, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { SignedInOnly } from '../../accounts/components/signed-in-only.tsx';
import { useMethodIndex } from '../../method/api/get-method-index.ts';
import { methodItemHref } from '../../method/lib/method-links.ts';
import { useComparison } from '../api/compare-diagnostics.ts';
import { useInstrument } from '../api/get-instrument.ts';
import type { Comparison, Instrument } from '../api/types.ts';
import { locateQuestion } from '../lib/answers.ts';
import { formatDate, useLocalize } from '../lib/localize.ts';

function Delta({ value }: { value: number | null }) {
  const { t } = useTranslation('diagnostics');
  if (value === null) return <>{t('compare.unknown')}</>;
  const rounded = Math.round(value);
  return <>{rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${Math.abs(rounded)}` : '0'}</>;
}

function ListOrNone({ title, items }: { title: string; items: ReactNode[] }) {
  const { t } = useTranslation('diagnostics');
  return (
    <Box>
      <Title order={3} size="h5" mb={4}>
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm">{t('compare.none')}</Text>
      ) : (
        <List size="sm" withPadding>
          {items.map((item, index) => (
            <List.Item key={index}>{item}</List.Item>
          ))}
        </List>
      )}
    </Box>
  );
}

function ComparisonView({ data, instrument }: { data: Comparison; instrument: Instrument }) {
  const { t, i18n } = useTranslation('diagnostics');
  const localize = useLocalize();
  const method = useMethodIndex();
  const lang = i18n.resolvedLanguage ?? 'fr';
  const { a, b, comparison } = data;
  const dimensionTitle = (id: string) => {
    const d = instrument.dimensions.find((x) => x.id === id);
    return d ? localize(d.title) : id;
  };
  const questionText = (id: string) => {
    const found = locateQuestion(instrument, id);
    return found ? localize(found.question.text) : id;
  };
  const vigilanceLink = (id: string) => (
    <Anchor component={Link} to={methodItemHref('vigilance', id)}>
      {method.data?.vigilance.find((v) => v.id === id)?.title ?? id}
    </Anchor>
  );
  const strategyTitle = (id: string | null) =>
    id === null ? t('compare.unknown') : (method.data?.strategies.find((s) => s.id === id)?.title ?? id);
  const beforeDate = formatDate(a.completedAt ?? a.updatedAt, lang);
  const afterDate = formatDate(b.completedAt ?? b.updatedAt, lang);
  return (
    <>
      <Text mb="xs">
        <Anchor component={Link} to={paths.diagnosticResult.getHref(a.id)}>
          {a.title}
        </Anchor>
        {` (${beforeDate}) → `}
        <Anchor component={Link} to={paths.diagnosticResult.getHref(b.id)}>
          {b.title}
        </Anchor>
        {` (${afterDate})`}
      </Text>
      <Text fw={600}>
        {t('compare.verdict', {
          before: t(`verdicts.${comparison.verdict.before}`),
          after: t(`verdicts.${comparison.verdict.after}`),
        })}
      </Text>
      <Text mb="lg">
        {t('compare.topStrategy', {
          before: strategyTitle(comparison.topStrategy.before),
          after: strategyTitle(comparison.topStrategy.after),
        })}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder striped>
          <Table.Caption>{t('compare.tableCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('result.dimension')}</Table.Th>
              <Table.Th scope="col">{t('compare.before', { date: beforeDate })}</Table.Th>
              <Table.Th scope="col">{t('compare.after', { date: afterDate })}</Table.Th>
              <Table.Th scope="col">{t('compare.delta')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {comparison.dimensions.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Th scope="row" fw={500}>
                  {dimensionTitle(d.id)}
                </Table.Th>
                <Table.Td>
                  {d.before === null ? t('compare.unknown') : Math.round(d.before)}
                  {d.levelBefore ? ` (${t(`levels.${d.levelBefore}`)})` : ''}
                </Table.Td>
                <Table.Td>
                  {d.after === null ? t('compare.unknown') : Math.round(d.after)}
                  {d.levelAfter ? ` (${t(`levels.${d.levelAfter}`)})` : ''}
                </Table.Td>
                <Table.Td>
                  <Delta value={d.delta} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="lg" spacing="lg">
        <ListOrNone title={t('compare.newGaps')} items={comparison.newGaps.map(questionText)} />
        <ListOrNone title={t('compare.closedGaps')} items={comparison.closedGaps.map(questionText)} />
        <ListOrNone title={t('compare.newVigilance')} items={comparison.newVigilance.map(vigilanceLink)} />
        <ListOrNone
          title={t('compare.resolvedVigilance')}
          items={comparison.resolvedVigilance.map(vigilanceLink)}
        />
      </SimpleGrid>
      <Anchor
        component={Link}
        to={paths.diagnosticsProject.getHref(b.projectId)}
        mt="lg"
        display="inline-block"
      >
        {t('result.history')}
      </Anchor>
    </>
  );
}

function ComparePage({ a, b }: { a: string; b: string }) {
  const comparison = useComparison(a, b);
  const instrument = useInstrument(comparison.data?.b.instrumentId, comparison.data?.b.instrumentVersion);
  if (comparison.error || instrument.error) {
    return (
      <Alert color="red" variant="light" role="alert">
        {(comparison.error ?? instrument.error)?.message}
      </Alert>
    );
  }
  if (!comparison.data || !instrument.data) return <PageLoader />;
  return <ComparisonView data={comparison.data} instrument={instrument.data} />;
}

export function Component() {
  const { t } = useTranslation('diagnostics');
  const [params] = useSearchParams();
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  return (
    <SignedInOnly>
      {() => (
        <>
          <PageTitle>{t('compare.title')}</PageTitle>
          {a && b ? <ComparePage a={a} b={b} /> : <Text>{t('compare.missing')}</Text>}
        </>
      )}
    </SignedInOnly>
  );
}
