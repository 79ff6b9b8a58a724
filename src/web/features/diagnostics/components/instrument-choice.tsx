import { Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InstrumentSummary } from '../api/types.ts';
import { useLocalize } from '../lib/localize.ts';

/** The two instruments as radio buttons, each with the question it answers and its length. */
export function InstrumentChoice({
  instruments,
  value,
  onChange,
}: {
  instruments: InstrumentSummary[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation('diagnostics');
  const localize = useLocalize();
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend>
        <Text fw={600} mb="xs">
          {t('project.instrumentLabel')}
        </Text>
      </legend>
      <Stack gap="sm">
        {instruments.map((instrument) => (
          <Radio
            key={instrument.id}
            name="instrument"
            value={instrument.id}
            checked={value === instrument.id}
            onChange={() => onChange(instrument.id)}
            label={`« ${t(`instrumentChoice.${instrument.kind}`)} »`
              .replace(/« /g, '«\u00a0')
              .replace(/ »/g, '\u00a0»')}
            description={`${localize(instrument.intro)} ${t('instrumentFacts', {
              questions: instrument.questionCount,
              dimensions: instrument.dimensionCount,
              min: instrument.estimatedMinutes.min,
              max: instrument.estimatedMinutes.max,
            })}`}
          />
        ))}
      </Stack>
    </fieldset>
  );
}
