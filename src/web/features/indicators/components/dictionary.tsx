import { Badge, Button, Group, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { notifySuccess } from '../../../components/feedback/notify.ts';
import {
  useCreateIndicator,
  type Dashboard,
  type Indicator,
  type IndicatorInput,
} from '../api/indicators.ts';
import { EditIndicator } from './edit-indicator.tsx';
import { emptyIndicator, IndicatorFields, useIndicatorSummaryFields } from './indicator-fields.tsx';
import { RemoveIndicator } from './remove-indicator.tsx';

/** The carrier's indicator dictionary: the list, editing one indicator in a dialog, and adding one. */
export function Dictionary({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation('indicators');
  const [form, setForm] = useState<IndicatorInput>(emptyIndicator);
  const [editing, setEditing] = useState<string | null>(null);
  const create = useCreateIndicator(dashboard.model.id);
  const [removing, setRemoving] = useState<Indicator | undefined>();
  // After a removal the row and its button are gone: the focus goes to the dictionary's title instead.
  const [removed, setRemoved] = useState(0);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (removed > 0) titleRef.current?.focus();
  }, [removed]);
  const feedback = useFormFeedback();
  const fields = useIndicatorSummaryFields('ind');
  const canEdit = dashboard.settings.canEdit;
  const edited = dashboard.indicators.find((i) => i.id === editing);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(form, {
      onSuccess: () => {
        feedback.clear();
        setForm(emptyIndicator);
        notifySuccess(t('dictionary.created'));
      },
      onError: feedback.fail,
    });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="dictionary-title">
      <Title order={2} id="dictionary-title" mb="sm" ref={titleRef} tabIndex={-1}>
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
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="outline"
                        onClick={() => setEditing(i.id)}
                        aria-label={t('dictionary.edit', { name: i.name })}
                      >
                        {t('dictionary.editShort')}
                      </Button>
                      <Button
                        size="xs"
                        variant="outline"
                        color="red.9"
                        onClick={() => setRemoving(i)}
                        aria-label={t('dictionary.remove', { name: i.name })}
                      >
                        ×
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {edited && (
        <EditIndicator
          key={`${edited.id}-${String(edited.version)}`}
          indicator={edited}
          onClose={() => setEditing(null)}
        />
      )}
      <RemoveIndicator
        indicator={removing}
        onClose={() => setRemoving(undefined)}
        onRemoved={() => {
          setRemoving(undefined);
          setRemoved((n) => n + 1);
        }}
      />
      {canEdit && (
        <form onSubmit={submit} noValidate aria-labelledby="dictionary-add">
          <Title order={3} size="h4" id="dictionary-add" mb="xs">
            {t('dictionary.add')}
          </Title>
          <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={fields} />
          <IndicatorFields
            prefix="ind"
            form={form}
            onChange={(key, value) => setForm((f) => ({ ...f, [key]: value }))}
            feedback={feedback}
          />
          <Group mt="sm">
            <Button type="submit" loading={create.isPending}>
              {t('dictionary.add')}
            </Button>
          </Group>
        </form>
      )}
    </Paper>
  );
}
