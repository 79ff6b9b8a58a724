import { Alert, Button, Group, Modal, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../components/feedback/notify.ts';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import {
  useCorrectValue,
  useDeleteValue,
  type Indicator,
  type SiteValues,
  type Value,
} from '../api/indicators.ts';
import { formatNumber } from './format.ts';
import { ScrollRegion } from './scroll-region.tsx';

/**
 * Correcting one reported value in a dialog (typed the French way, « 1 234,5 »). The parent keys it by id and
 * version, so that after a conflict (409) « reload » starts again from the value someone else saved.
 */
function CorrectValue({
  value,
  indicator,
  onClose,
}: {
  value: Value;
  indicator: Indicator | undefined;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('indicators');
  const { t: tForms } = useTranslation('forms');
  const qc = useQueryClient();
  // No thousands separator: the field starts from a number the server reads back as typed (decimal comma in French).
  const [text, setText] = useState(() =>
    i18n.language.startsWith('en') ? String(value.value) : String(value.value).replace('.', ','),
  );
  const correct = useCorrectValue(value.id);
  const feedback = useFormFeedback();
  const name = indicator?.name ?? '';
  const fields = {
    value: { id: 'correct-value', label: t('site.value') },
    unit: { id: 'correct-value', label: t('site.value') },
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    correct.mutate(
      { value: text, version: value.version },
      {
        onSuccess: () => {
          notifySuccess(t('site.corrected'));
          onClose();
        },
        onError: feedback.fail,
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('site.correctTitle', { name, period: value.period })}
      closeButtonProps={{ 'aria-label': tForms('closeDialog') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            {t('site.correctIntro', { kind: t(`kinds.${value.kind}`).toLowerCase(), period: value.period })}
          </Text>
          {feedback.error?.status === 409 ? (
            <Alert color="red" role="alert" title={t('site.conflictTitle')}>
              <Stack gap="xs" align="flex-start">
                {t('site.conflict')}
                <Button
                  variant="outline"
                  size="xs"
                  onClick={() => void qc.invalidateQueries({ queryKey: ['indicators', 'site'] })}
                >
                  {t('site.reload')}
                </Button>
              </Stack>
            </Alert>
          ) : (
            <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={fields} />
          )}
          <TextInput
            id="correct-value"
            label={`${t('site.value')} (${indicator?.unit ?? ''})`}
            required
            inputMode="decimal"
            value={text}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setText(v);
            }}
            error={feedback.fieldError('value') ?? feedback.fieldError('unit')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('dictionary.cancel')}
            </Button>
            <Button type="submit" loading={correct.isPending}>
              {t('site.correctSave')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The values a site reported, with correction and removal for those who may edit. */
export function ValuesTable({ data }: { data: SiteValues }) {
  const { t, i18n } = useTranslation('indicators');
  const remove = useDeleteValue();
  const [editing, setEditing] = useState<string | null>(null);
  const names = new Map(data.indicators.map((i) => [i.id, i]));
  const edited = data.values.find((v) => v.id === editing);
  return (
    <>
      <ScrollRegion label={t('site.valuesCaption')} maxHeight={480}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('site.indicator')}</Table.Th>
              <Table.Th scope="col">{t('site.period')}</Table.Th>
              <Table.Th scope="col">{t('site.kind')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('site.value')}
              </Table.Th>
              <Table.Th scope="col">{t('site.source')}</Table.Th>
              {data.canEdit && (
                <Table.Th scope="col">
                  <VisuallyHidden>{t('dictionary.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.values.map((v) => {
              const name = names.get(v.indicatorId)?.name ?? '';
              return (
                <Table.Tr key={v.id}>
                  <Table.Th scope="row">{name}</Table.Th>
                  <Table.Td>{v.period}</Table.Td>
                  <Table.Td>{t(`kinds.${v.kind}`)}</Table.Td>
                  <Table.Td ta="right">
                    {formatNumber(v.value, i18n.language)} {names.get(v.indicatorId)?.unit}
                  </Table.Td>
                  <Table.Td>{t(`site.sources.${v.source}`)}</Table.Td>
                  {data.canEdit && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="outline"
                          aria-label={t('site.correct', {
                            period: v.period,
                            kind: t(`kinds.${v.kind}`).toLowerCase(),
                            name,
                          })}
                          onClick={() => setEditing(v.id)}
                        >
                          {t('site.correctShort')}
                        </Button>
                        <Button
                          size="xs"
                          variant="outline"
                          color="red.9"
                          aria-label={t('site.remove', { period: v.period, name })}
                          onClick={() => remove.mutate(v.id)}
                        >
                          ×
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {edited && (
        <CorrectValue
          key={`${edited.id}-${String(edited.version)}`}
          value={edited}
          indicator={names.get(edited.indicatorId)}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
