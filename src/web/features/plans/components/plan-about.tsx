import '../i18n-runtime.ts';
import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized, Plan } from '../api/types.ts';
import { PlanFieldsForm } from './plan-fields-form.tsx';

/** The title of a localized text in the reader's language. */
export function useLocalized(): (text: Localized | null | undefined) => string {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  return (text) => (text ? text[lang] : '');
}

/** The plan's own fields, read: situation, strategy and the diagnostic's ranking by title, period, objectives. */
export function PlanAbout({
  plan,
  date,
  number,
}: {
  plan: Plan;
  date: (d: string | null) => string;
  number: (n: number) => string;
}) {
  const { t } = useTranslation('plans');
  const local = useLocalized();
  const [editing, setEditing] = useState(false);
  const situation = plan.choices.situations.find((s) => s.id === plan.situation);
  const strategyTitle = (id: string) => local(plan.choices.strategies.find((s) => s.id === id)?.title) || id;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="plan-about-title">
      <Title order={2} size="h3" id="plan-about-title">
        {t('about.title')}
      </Title>
      {editing ? (
        <PlanFieldsForm plan={plan} onDone={() => setEditing(false)} />
      ) : (
        <Stack gap="xs" mt="sm">
          <dl style={{ margin: 0 }} data-testid="plan-about">
            <Text component="dt" fw={600}>
              {t('about.situation')}
            </Text>
            <Text component="dd" ml={0} mb="xs">
              {situation ? local(situation.title) : t('about.none')}
            </Text>
            <Text component="dt" fw={600}>
              {t('strategy')}
            </Text>
            <Text component="dd" ml={0} mb="xs">
              {plan.strategyTitle ? local(plan.strategyTitle) : t('about.none')}
            </Text>
            {plan.strategyRanking.length > 0 && (
              <>
                <Text component="dt" fw={600}>
                  {t('ranking')}
                </Text>
                <Text component="dd" ml={0} mb="xs">
                  <ol style={{ margin: 0 }}>
                    {plan.strategyRanking.map((r) => (
                      <li key={r.id}>
                        {strategyTitle(r.id)} ({number(r.score)})
                      </li>
                    ))}
                  </ol>
                </Text>
              </>
            )}
            <Text component="dt" fw={600}>
              {t('about.period')}
            </Text>
            <Text component="dd" ml={0} mb="xs">
              {date(plan.startDate)} → {date(plan.endDate)}
            </Text>
            {plan.summary && (
              <>
                <Text component="dt" fw={600}>
                  {t('about.summary')}
                </Text>
                <Text component="dd" ml={0} mb="xs" style={{ whiteSpace: 'pre-line' }}>
                  {plan.summary}
                </Text>
              </>
            )}
          </dl>
          {plan.objectives.length === 0 ? (
            <Text>{t('about.noObjectives')}</Text>
          ) : (
            <Table withTableBorder striped data-testid="objectives">
              <Table.Caption>{t('about.objectives')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('about.objectiveLabel')}</Table.Th>
                  <Table.Th scope="col">{t('about.target')}</Table.Th>
                  <Table.Th scope="col">{t('about.date')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.objectives.map((o, i) => (
                  <Table.Tr key={i}>
                    <Table.Th scope="row">{o.label}</Table.Th>
                    <Table.Td>
                      {number(o.target)} {o.unit}
                    </Table.Td>
                    <Table.Td>{date(o.date)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {plan.access.canEdit && (
            <div>
              <Button variant="light" onClick={() => setEditing(true)}>
                {t('about.edit')}
              </Button>
            </div>
          )}
        </Stack>
      )}
    </Paper>
  );
}
