import {
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { notifySuccess } from '../../../components/feedback/notify.ts';
import {
  useCreateIndicator,
  useDeleteIndicator,
  type Dashboard,
  type IndicatorInput,
} from '../api/indicators.ts';

const empty: IndicatorInput = {
  name: '',
  definition: '',
  unit: '',
  valueType: 'decimal',
  frequency: 'yearly',
  aggregation: 'sum',
  higherIsBetter: true,
  noPersonalData: false,
  isPublic: false,
};

export function Dictionary({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation('indicators');
  const [form, setForm] = useState<IndicatorInput>(empty);
  const create = useCreateIndicator(dashboard.model.id);
  const remove = useDeleteIndicator();
  const feedback = useFormFeedback();
  const canEdit = dashboard.settings.canEdit;
  const set = <K extends keyof IndicatorInput>(key: K, value: IndicatorInput[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(form, {
      onSuccess: () => {
        feedback.clear();
        setForm(empty);
        notifySuccess(t('dictionary.created'));
      },
      onError: feedback.fail,
    });
  };
  const ids = {
    name: 'ind-name',
    definition: 'ind-definition',
    unit: 'ind-unit',
    valueType: 'ind-type',
    frequency: 'ind-frequency',
    aggregation: 'ind-aggregation',
    higherIsBetter: 'ind-higher',
    noPersonalData: 'ind-personal',
    isPublic: 'ind-public',
  };
  const fields = Object.fromEntries(
    Object.entries(ids).map(([k, id]) => [k, { id, label: t(`dictionary.${k}` as 'dictionary.name') }]),
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="dictionary-title">
      <Title order={2} id="dictionary-title" mb="sm">
        {t('dictionary.title')}
      </Title>
      {dashboard.indicators.length === 0 ? (
        <Text mb="sm">{t('dictionary.none')}</Text>
      ) : (
        <Table mb="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dictionary.name')}</Table.Th>
              <Table.Th scope="col">{t('dictionary.unit')}</Table.Th>
              <Table.Th scope="col">{t('dictionary.frequency')}</Table.Th>
              <Table.Th scope="col">{t('dictionary.aggregation')}</Table.Th>
              {canEdit && (
                <Table.Th scope="col">
                  <VisuallyHidden>{t('dictionary.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {dashboard.indicators.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Th scope="row">
                  {i.name}{' '}
                  {i.isPublic && (
                    <Badge color="blue.9" variant="filled" size="sm">
                      {t('dictionary.public')}
                    </Badge>
                  )}
                </Table.Th>
                <Table.Td>{i.unit}</Table.Td>
                <Table.Td>{t(`frequencies.${i.frequency}`)}</Table.Td>
                <Table.Td>{t(`aggregations.${i.aggregation}`)}</Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.9"
                      onClick={() => remove.mutate(i.id)}
                      aria-label={t('dictionary.remove', { name: i.name })}
                    >
                      ×
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canEdit && (
        <form onSubmit={submit} noValidate aria-labelledby="dictionary-add">
          <Title order={3} size="h4" id="dictionary-add" mb="xs">
            {t('dictionary.add')}
          </Title>
          <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={fields} />
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                id={ids.name}
                label={t('dictionary.name')}
                required
                value={form.name}
                onChange={(e) => set('name', e.currentTarget.value)}
                error={feedback.fieldError('name')}
              />
              <TextInput
                id={ids.unit}
                label={t('dictionary.unit')}
                required
                value={form.unit}
                onChange={(e) => set('unit', e.currentTarget.value)}
                error={feedback.fieldError('unit')}
              />
            </SimpleGrid>
            <Textarea
              id={ids.definition}
              label={t('dictionary.definition')}
              required
              autosize
              minRows={2}
              value={form.definition}
              onChange={(e) => set('definition', e.currentTarget.value)}
              error={feedback.fieldError('definition')}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NativeSelect
                id={ids.valueType}
                label={t('dictionary.valueType')}
                value={form.valueType}
                onChange={(e) => set('valueType', e.currentTarget.value as IndicatorInput['valueType'])}
                data={(['integer', 'decimal'] as const).map((v) => ({
                  value: v,
                  label: t(`valueTypes.${v}`),
                }))}
              />
              <NativeSelect
                id={ids.frequency}
                label={t('dictionary.frequency')}
                value={form.frequency}
                onChange={(e) => set('frequency', e.currentTarget.value as IndicatorInput['frequency'])}
                data={(['monthly', 'quarterly', 'yearly'] as const).map((v) => ({
                  value: v,
                  label: t(`frequencies.${v}`),
                }))}
              />
              <NativeSelect
                id={ids.aggregation}
                label={t('dictionary.aggregation')}
                value={form.aggregation}
                onChange={(e) => set('aggregation', e.currentTarget.value as IndicatorInput['aggregation'])}
                data={(['sum', 'average', 'last', 'count'] as const).map((v) => ({
                  value: v,
                  label: t(`aggregations.${v}`),
                }))}
              />
            </SimpleGrid>
            <Checkbox
              id={ids.higherIsBetter}
              label={t('dictionary.higherIsBetter')}
              checked={form.higherIsBetter}
              onChange={(e) => set('higherIsBetter', e.currentTarget.checked)}
            />
            <Checkbox
              id={ids.noPersonalData}
              label={t('dictionary.noPersonalData')}
              checked={form.noPersonalData}
              onChange={(e) => set('noPersonalData', e.currentTarget.checked)}
              error={feedback.fieldError('noPersonalData')}
            />
            <Checkbox
              id={ids.isPublic}
              label={t('dictionary.isPublic')}
              checked={form.isPublic}
              onChange={(e) => set('isPublic', e.currentTarget.checked)}
            />
            <Group>
              <Button type="submit" loading={create.isPending}>
                {t('dictionary.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
