import '../i18n-runtime.ts';
import { MultiSelect, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCreateItem, useUpdateItem } from '../api/plans.ts';
import { ITEM_STATUSES, type ItemKind, type Plan, type PlanItem } from '../api/types.ts';
import { PlanFormFrame, usePlanForm } from './plan-form.tsx';

type Values = {
  title: string;
  description: string;
  ownerId: string | null;
  startDate: string;
  dueDate: string;
  status: string;
  details: Record<string, unknown>;
};

const DEFAULT_DETAILS: Record<ItemKind, Record<string, unknown>> = {
  prerequisite: {},
  risk: { likelihood: 2, impact: 2, mitigation: '' },
  safeguard: { area: 'team-time', indicator: '', threshold: '' },
  milestone: { dependsOn: [] },
  'budget-line': { category: 'running', amount: 0, fundingSource: '', fundingStatus: 'sought' },
  partner: { role: '', contact: '' },
};

function valuesOf(kind: ItemKind, item: PlanItem | null): Values {
  return {
    title: item?.title ?? '',
    description: item?.description ?? '',
    ownerId: item?.ownerId ?? null,
    startDate: item?.startDate ?? '',
    dueDate: item?.dueDate ?? '',
    status: item?.status ?? 'en-cours',
    details: { ...DEFAULT_DETAILS[kind], ...(item?.details ?? {}) },
  };
}

/** Adds or edits one item: common fields, then the fields of its kind. Server errors show by field; a 409 reloads the item. */
export function ItemForm({
  plan,
  kind,
  item,
  onDone,
}: {
  plan: Plan;
  kind: ItemKind;
  item: PlanItem | null;
  onDone: () => void;
}) {
  const { t } = useTranslation('plans');
  const create = useCreateItem(plan.id);
  const update = useUpdateItem(plan.id);
  // After a conflict the plan is reloaded (the update's onSettled): the form then shows the item's latest version.
  const form = usePlanForm<Values>(() => valuesOf(kind, item), item?.version);
  const { values, setValues, fid, fieldProps } = form;
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const setDetail = (key: string, value: unknown) =>
    setValues((v) => ({ ...v, details: { ...v.details, [key]: value } }));
  const detail = (key: string) => values.details[key];
  const levelOptions = ['1', '2', '3'].map((l) => ({ value: l, label: t(`levels.${l}` as 'levels.1') }));

  const labels: Record<string, { id: string; label: string }> = Object.fromEntries(
    [
      'title',
      'description',
      'ownerId',
      'startDate',
      'dueDate',
      'status',
      'details.likelihood',
      'details.impact',
      'details.mitigation',
      'details.area',
      'details.indicator',
      'details.threshold',
      'details.dependsOn',
      'details.category',
      'details.amount',
      'details.fundingSource',
      'details.fundingStatus',
      'details.role',
      'details.contact',
    ].map((name) => [
      name,
      {
        id: fid(name),
        label: t(`fields.${name === 'ownerId' ? 'owner' : name.replace('details.', '')}` as 'fields.title'),
      },
    ]),
  );

  const submit = () => {
    form.start();
    const body = {
      title: values.title,
      description: values.description,
      ownerId: values.ownerId,
      startDate: values.startDate || null,
      dueDate: values.dueDate || null,
      status: values.status,
      details: values.details,
    };
    const done = { onSuccess: () => onDone(), onError: form.onError() };
    if (item) update.mutate({ id: item.id, version: item.version, ...body }, done);
    else create.mutate({ kind, ...body }, done);
  };

  return (
    <PlanFormFrame
      form={form}
      labels={labels}
      conflictMessage={t('conflict')}
      pending={create.isPending || update.isPending}
      onSubmit={submit}
      onCancel={onDone}
    >
      <TextInput
        label={t('fields.title')}
        required
        value={values.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        {...fieldProps('title')}
      />
      <Textarea
        label={t('fields.description')}
        autosize
        minRows={2}
        value={values.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        {...fieldProps('description')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <Select
          label={t('fields.owner')}
          data={[
            { value: '', label: t('fields.noOwner') },
            ...plan.members.map((m) => ({ value: m.id, label: m.displayName })),
          ]}
          value={values.ownerId ?? ''}
          onChange={(v) => set('ownerId', v ? v : null)}
          {...fieldProps('ownerId')}
        />
        <TextInput
          type="date"
          label={t('fields.startDate')}
          value={values.startDate}
          onChange={(e) => set('startDate', e.currentTarget.value)}
          {...fieldProps('startDate')}
        />
        <TextInput
          type="date"
          label={t('fields.dueDate')}
          value={values.dueDate}
          onChange={(e) => set('dueDate', e.currentTarget.value)}
          {...fieldProps('dueDate')}
        />
        <Select
          label={t('fields.status')}
          data={ITEM_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          value={values.status}
          allowDeselect={false}
          onChange={(v) => set('status', v ?? 'en-cours')}
          {...fieldProps('status')}
        />
      </SimpleGrid>
      {kind === 'risk' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('fields.likelihood')}
            data={levelOptions}
            value={String(detail('likelihood'))}
            allowDeselect={false}
            onChange={(v) => setDetail('likelihood', Number(v))}
            {...fieldProps('details.likelihood')}
          />
          <Select
            label={t('fields.impact')}
            data={levelOptions}
            value={String(detail('impact'))}
            allowDeselect={false}
            onChange={(v) => setDetail('impact', Number(v))}
            {...fieldProps('details.impact')}
          />
          <Textarea
            label={t('fields.mitigation')}
            autosize
            value={String(detail('mitigation') ?? '')}
            onChange={(e) => setDetail('mitigation', e.currentTarget.value)}
            {...fieldProps('details.mitigation')}
          />
        </SimpleGrid>
      )}
      {kind === 'safeguard' && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('fields.area')}
            data={(['team-time', 'funding', 'quality', 'territory'] as const).map((a) => ({
              value: a,
              label: t(`areas.${a}`),
            }))}
            value={String(detail('area'))}
            allowDeselect={false}
            onChange={(v) => setDetail('area', v)}
            {...fieldProps('details.area')}
          />
          <TextInput
            label={t('fields.indicator')}
            value={String(detail('indicator') ?? '')}
            onChange={(e) => setDetail('indicator', e.currentTarget.value)}
            {...fieldProps('details.indicator')}
          />
          <TextInput
            label={t('fields.threshold')}
            value={String(detail('threshold') ?? '')}
            onChange={(e) => setDetail('threshold', e.currentTarget.value)}
            {...fieldProps('details.threshold')}
          />
        </SimpleGrid>
      )}
      {kind === 'milestone' && (
        <MultiSelect
          label={t('fields.dependsOn')}
          data={plan.items
            .filter((i) => i.kind === 'milestone' && i.id !== item?.id)
            .map((i) => ({ value: i.id, label: i.title }))}
          value={(detail('dependsOn') as string[] | undefined) ?? []}
          onChange={(v) => setDetail('dependsOn', v)}
          {...fieldProps('details.dependsOn')}
        />
      )}
      {kind === 'budget-line' && (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Select
            label={t('fields.category')}
            data={(['investment', 'running'] as const).map((c) => ({
              value: c,
              label: t(`categories.${c}`),
            }))}
            value={String(detail('category'))}
            allowDeselect={false}
            onChange={(v) => setDetail('category', v)}
            {...fieldProps('details.category')}
          />
          <NumberInput
            label={t('fields.amount')}
            decimalScale={2}
            value={Number(detail('amount') ?? 0)}
            onChange={(v) => setDetail('amount', typeof v === 'number' ? v : Number(v))}
            {...fieldProps('details.amount')}
          />
          <TextInput
            label={t('fields.fundingSource')}
            value={String(detail('fundingSource') ?? '')}
            onChange={(e) => setDetail('fundingSource', e.currentTarget.value)}
            {...fieldProps('details.fundingSource')}
          />
          <Select
            label={t('fields.fundingStatus')}
            data={(['sought', 'requested', 'granted', 'refused'] as const).map((f) => ({
              value: f,
              label: t(`funding.${f}`),
            }))}
            value={String(detail('fundingStatus'))}
            allowDeselect={false}
            onChange={(v) => setDetail('fundingStatus', v)}
            {...fieldProps('details.fundingStatus')}
          />
        </SimpleGrid>
      )}
      {kind === 'partner' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('fields.role')}
            value={String(detail('role') ?? '')}
            onChange={(e) => setDetail('role', e.currentTarget.value)}
            {...fieldProps('details.role')}
          />
          <TextInput
            label={t('fields.contact')}
            value={String(detail('contact') ?? '')}
            onChange={(e) => setDetail('contact', e.currentTarget.value)}
            {...fieldProps('details.contact')}
          />
        </SimpleGrid>
      )}
    </PlanFormFrame>
  );
}
