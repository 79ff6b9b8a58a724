import '../i18n-runtime.ts';
import { Button, Fieldset, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useUpdatePlan } from '../api/plans.ts';
import type { Objective, Plan } from '../api/types.ts';
import { useLocalized } from './plan-about.tsx';
import { PlanFormFrame, usePlanForm } from './plan-form.tsx';

type Values = {
  title: string;
  status: Plan['status'];
  situation: string | null;
  strategy: string | null;
  summary: string;
  startDate: string;
  endDate: string;
  objectives: Objective[];
};

const valuesOf = (plan: Plan): Values => ({
  title: plan.title,
  status: plan.status,
  situation: plan.situation,
  strategy: plan.strategy,
  summary: plan.summary,
  startDate: plan.startDate ?? '',
  endDate: plan.endDate ?? '',
  objectives: plan.objectives.map((o) => ({ ...o })),
});

/**
 * Edits the plan's own fields. The strategy list follows the diagnostic's ranking (best fit first, with its rank and
 * score), then the other strategies of the method. Errors show by field; a 409 reloads the plan and shows it.
 */
export function PlanFieldsForm({ plan, onDone }: { plan: Plan; onDone: () => void }) {
  const { t } = useTranslation('plans');
  const local = useLocalized();
  const update = useUpdatePlan(plan.id);
  const client = useQueryClient();
  const form = usePlanForm<Values>(() => valuesOf(plan), plan.version);
  const { values, setValues, fid, fieldProps } = form;
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const setObjective = (i: number, patch: Partial<Objective>) =>
    setValues((v) => ({ ...v, objectives: v.objectives.map((o, j) => (j === i ? { ...o, ...patch } : o)) }));

  const ranked = plan.strategyRanking.map((r, i) => ({
    value: r.id,
    label: t('about.rankedOption', {
      title: local(plan.choices.strategies.find((s) => s.id === r.id)?.title) || r.id,
      rank: i + 1,
      score: r.score,
    }),
  }));
  const others = plan.choices.strategies
    .filter((s) => !plan.strategyRanking.some((r) => r.id === s.id))
    .map((s) => ({ value: s.id, label: local(s.title) }));

  const labels: Record<string, { id: string; label: string }> = {
    title: { id: fid('title'), label: t('about.planTitle') },
    status: { id: fid('status'), label: t('about.status') },
    situation: { id: fid('situation'), label: t('about.situation') },
    strategy: { id: fid('strategy'), label: t('strategy') },
    summary: { id: fid('summary'), label: t('about.summary') },
    startDate: { id: fid('startDate'), label: t('about.startDate') },
    endDate: { id: fid('endDate'), label: t('about.endDate') },
  };
  values.objectives.forEach((_, i) => {
    const n = i + 1;
    for (const [field, key] of [
      ['label', 'about.objectiveLabel'],
      ['target', 'about.target'],
      ['unit', 'about.unit'],
      ['date', 'about.date'],
    ] as const)
      labels[`objectives.${i}.${field}`] = {
        id: fid(`objectives.${i}.${field}`),
        label: `${t('about.objectiveLegend', { n })}, ${t(key)}`,
      };
  });

  const submit = () => {
    form.start();
    update.mutate(
      {
        version: plan.version,
        title: values.title,
        status: values.status,
        situation: values.situation,
        strategy: values.strategy,
        summary: values.summary,
        startDate: values.startDate || null,
        endDate: values.endDate || null,
        objectives: values.objectives,
      },
      {
        onSuccess: () => onDone(),
        onError: form.onError(() => void client.invalidateQueries({ queryKey: ['plans', plan.id] })),
      },
    );
  };

  return (
    <PlanFormFrame
      form={form}
      labels={labels}
      conflictMessage={t('about.conflict')}
      pending={update.isPending}
      onSubmit={submit}
      onCancel={onDone}
      mt="sm"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('about.planTitle')}
          required
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          {...fieldProps('title')}
        />
        <Select
          label={t('about.status')}
          data={(['draft', 'active', 'archived'] as const).map((s) => ({
            value: s,
            label: t(`planStatus.${s}`),
          }))}
          value={values.status}
          allowDeselect={false}
          onChange={(v) => set('status', (v ?? 'draft') as Plan['status'])}
          {...fieldProps('status')}
        />
        <Select
          label={t('about.situation')}
          data={[
            { value: '', label: t('about.none') },
            ...plan.choices.situations.map((s) => ({ value: s.id, label: local(s.title) })),
          ]}
          value={values.situation ?? ''}
          onChange={(v) => set('situation', v ? v : null)}
          {...fieldProps('situation')}
        />
        <Select
          label={t('strategy')}
          description={ranked.length > 0 ? t('about.rankingHelp') : undefined}
          data={[{ value: '', label: t('about.none') }, ...ranked, ...others]}
          value={values.strategy ?? ''}
          onChange={(v) => set('strategy', v ? v : null)}
          {...fieldProps('strategy')}
        />
        <TextInput
          type="date"
          label={t('about.startDate')}
          value={values.startDate}
          onChange={(e) => set('startDate', e.currentTarget.value)}
          {...fieldProps('startDate')}
        />
        <TextInput
          type="date"
          label={t('about.endDate')}
          value={values.endDate}
          onChange={(e) => set('endDate', e.currentTarget.value)}
          {...fieldProps('endDate')}
        />
      </SimpleGrid>
      <Textarea
        label={t('about.summary')}
        autosize
        minRows={2}
        value={values.summary}
        onChange={(e) => set('summary', e.currentTarget.value)}
        {...fieldProps('summary')}
      />
      {values.objectives.map((o, i) => (
        <Fieldset key={i} legend={t('about.objectiveLegend', { n: i + 1 })}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <TextInput
              label={t('about.objectiveLabel')}
              required
              value={o.label}
              onChange={(e) => setObjective(i, { label: e.currentTarget.value })}
              {...fieldProps(`objectives.${i}.label`)}
            />
            <NumberInput
              label={t('about.target')}
              value={o.target}
              onChange={(v) => setObjective(i, { target: typeof v === 'number' ? v : Number(v) })}
              {...fieldProps(`objectives.${i}.target`)}
            />
            <TextInput
              label={t('about.unit')}
              value={o.unit}
              onChange={(e) => setObjective(i, { unit: e.currentTarget.value })}
              {...fieldProps(`objectives.${i}.unit`)}
            />
            <TextInput
              type="date"
              label={t('about.date')}
              value={o.date ?? ''}
              onChange={(e) => setObjective(i, { date: e.currentTarget.value || null })}
              {...fieldProps(`objectives.${i}.date`)}
            />
          </SimpleGrid>
          <Button
            mt="xs"
            size="compact-sm"
            variant="subtle"
            c="red.9"
            onClick={() =>
              set(
                'objectives',
                values.objectives.filter((_, j) => j !== i),
              )
            }
          >
            {t('about.removeObjective', { n: i + 1 })}
          </Button>
        </Fieldset>
      ))}
      <div>
        <Button
          variant="light"
          onClick={() =>
            set('objectives', [...values.objectives, { label: '', target: 0, unit: '', date: null }])
          }
        >
          {t('about.addObjective')}
        </Button>
      </div>
    </PlanFormFrame>
  );
}
