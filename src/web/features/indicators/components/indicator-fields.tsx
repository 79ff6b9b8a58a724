import { Checkbox, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormFeedback } from '../../../components/forms/use-form-feedback.ts';
import type { IndicatorInput } from '../api/indicators.ts';

export const emptyIndicator: IndicatorInput = {
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

const KEYS = [
  'name',
  'definition',
  'unit',
  'valueType',
  'frequency',
  'aggregation',
  'higherIsBetter',
  'noPersonalData',
  'isPublic',
] as const;

/** The input ids of one indicator form (prefixed: the add form and the edit dialog can be on the page together). */
export function indicatorFieldIds(prefix: string): Record<(typeof KEYS)[number], string> {
  return Object.fromEntries(KEYS.map((k) => [k, `${prefix}-${k}`])) as Record<(typeof KEYS)[number], string>;
}

/** The summary's map from a server field to its input, for `FormErrorSummary`. */
export function useIndicatorSummaryFields(prefix: string) {
  const { t } = useTranslation('indicators');
  const ids = indicatorFieldIds(prefix);
  return Object.fromEntries(
    KEYS.map((k) => [k, { id: ids[k], label: t(`dictionary.${k}` as 'dictionary.name') }]),
  );
}

/** The fields of an indicator of the dictionary: name, definition, unit, type, frequency, rule, direction, privacy. */
export function IndicatorFields({
  prefix,
  form,
  onChange,
  feedback,
}: {
  prefix: string;
  form: IndicatorInput;
  onChange: <K extends keyof IndicatorInput>(key: K, value: IndicatorInput[K]) => void;
  feedback: FormFeedback;
}) {
  const { t } = useTranslation('indicators');
  const ids = indicatorFieldIds(prefix);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          id={ids.name}
          label={t('dictionary.name')}
          required
          value={form.name}
          onChange={(e) => onChange('name', e.currentTarget.value)}
          error={feedback.fieldError('name')}
        />
        <TextInput
          id={ids.unit}
          label={t('dictionary.unit')}
          required
          value={form.unit}
          onChange={(e) => onChange('unit', e.currentTarget.value)}
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
        onChange={(e) => onChange('definition', e.currentTarget.value)}
        error={feedback.fieldError('definition')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect
          id={ids.valueType}
          label={t('dictionary.valueType')}
          value={form.valueType}
          onChange={(e) => onChange('valueType', e.currentTarget.value as IndicatorInput['valueType'])}
          data={(['integer', 'decimal'] as const).map((v) => ({ value: v, label: t(`valueTypes.${v}`) }))}
          error={feedback.fieldError('valueType')}
        />
        <NativeSelect
          id={ids.frequency}
          label={t('dictionary.frequency')}
          value={form.frequency}
          onChange={(e) => onChange('frequency', e.currentTarget.value as IndicatorInput['frequency'])}
          data={(['monthly', 'quarterly', 'yearly'] as const).map((v) => ({
            value: v,
            label: t(`frequencies.${v}`),
          }))}
          error={feedback.fieldError('frequency')}
        />
        <NativeSelect
          id={ids.aggregation}
          label={t('dictionary.aggregation')}
          value={form.aggregation}
          onChange={(e) => onChange('aggregation', e.currentTarget.value as IndicatorInput['aggregation'])}
          data={(['sum', 'average', 'last', 'count'] as const).map((v) => ({
            value: v,
            label: t(`aggregations.${v}`),
          }))}
          error={feedback.fieldError('aggregation')}
        />
      </SimpleGrid>
      <Checkbox
        id={ids.higherIsBetter}
        label={t('dictionary.higherIsBetter')}
        checked={form.higherIsBetter}
        onChange={(e) => onChange('higherIsBetter', e.currentTarget.checked)}
      />
      <Checkbox
        id={ids.noPersonalData}
        label={t('dictionary.noPersonalData')}
        checked={form.noPersonalData}
        onChange={(e) => onChange('noPersonalData', e.currentTarget.checked)}
        error={feedback.fieldError('noPersonalData')}
      />
      <Checkbox
        id={ids.isPublic}
        label={t('dictionary.isPublic')}
        checked={form.isPublic}
        onChange={(e) => onChange('isPublic', e.currentTarget.checked)}
      />
    </Stack>
  );
}
