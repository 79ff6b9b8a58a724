import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../components/feedback/notify.ts';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { useUpdateIndicator, type Indicator, type IndicatorInput } from '../api/indicators.ts';
import { IndicatorFields, useIndicatorSummaryFields } from './indicator-fields.tsx';

const inputOf = (i: Indicator): IndicatorInput => ({
  name: i.name,
  definition: i.definition,
  unit: i.unit,
  valueType: i.valueType,
  frequency: i.frequency,
  aggregation: i.aggregation,
  higherIsBetter: i.higherIsBetter,
  noPersonalData: i.noPersonalData,
  isPublic: i.isPublic,
});

/**
 * Editing one indicator of the dictionary in a dialog. The parent keys it by id and version: once the latest version
 * is loaded after a conflict (409), the dialog starts again from it.
 */
export function EditIndicator({ indicator, onClose }: { indicator: Indicator; onClose: () => void }) {
  const { t } = useTranslation('indicators');
  const { t: tForms } = useTranslation('forms');
  const qc = useQueryClient();
  const [form, setForm] = useState<IndicatorInput>(() => inputOf(indicator));
  const update = useUpdateIndicator(indicator.id);
  const feedback = useFormFeedback();
  const fields = useIndicatorSummaryFields('edit-ind');
  const conflict = feedback.error?.status === 409;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { ...form, version: indicator.version },
      {
        onSuccess: () => {
          feedback.clear();
          notifySuccess(t('dictionary.updated', { name: form.name }));
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
      title={t('dictionary.editTitle', { name: indicator.name })}
      size="lg"
      closeButtonProps={{ 'aria-label': tForms('closeDialog') }}
    >
      <form onSubmit={submit} noValidate>
        {conflict ? (
          <Alert color="red" role="alert" title={t('dictionary.conflictTitle')} mb="md">
            <Stack gap="xs" align="flex-start">
              {t('dictionary.conflict')}
              <Button
                variant="outline"
                size="xs"
                onClick={() => void qc.invalidateQueries({ queryKey: ['indicators'] })}
              >
                {t('dictionary.reload')}
              </Button>
            </Stack>
          </Alert>
        ) : (
          <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={fields} />
        )}
        <IndicatorFields
          prefix="edit-ind"
          form={form}
          onChange={(key, value) => setForm((f) => ({ ...f, [key]: value }))}
          feedback={feedback}
        />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t('dictionary.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('dictionary.saveChanges')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
