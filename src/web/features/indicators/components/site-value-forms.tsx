import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback, type FormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { notifySuccess } from '../../../components/feedback/notify.ts';
import { useAddValue, useSendLink, type Kind, type SiteValues } from '../api/indicators.ts';
import { formatDate } from './format.ts';

// The two forms of a site's indicator page: one value typed in, and a reporting link for someone without an account.
// Both share one frame: a titled section, the error summary (focused after a failure), the fields, one submit button.

/** The mutation callbacks of a site value form: a success clears the errors, a failure shows them by field. */
function settle<R>(feedback: FormFeedback, then: (result: R) => void) {
  return {
    onSuccess: (result: R) => {
      feedback.clear();
      then(result);
    },
    onError: feedback.fail,
  };
}

function SiteValueFormFrame({
  titleId,
  title,
  help,
  feedback,
  fields,
  pending,
  submitLabel,
  onSubmit,
  children,
}: {
  titleId: string;
  title: string;
  help?: string;
  feedback: FormFeedback;
  /** Server field name → id and label of its input, for the links of the error summary. */
  fields: Record<string, { id: string; label: string }>;
  pending: boolean;
  submitLabel: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Title order={2} id={titleId} mb={help ? undefined : 'sm'}>
        {title}
      </Title>
      {help && (
        <Text size="sm" mb="sm">
          {help}
        </Text>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={fields} />
        {children}
        <Group mt="sm">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

export function AddValue({ data }: { data: SiteValues }) {
  const { t } = useTranslation('indicators');
  const [form, setForm] = useState({
    indicatorId: data.indicators[0]?.id ?? '',
    kind: 'actual' as Kind,
    period: '',
    value: '',
  });
  const add = useAddValue(data.site.id);
  const feedback = useFormFeedback();
  const submit = () =>
    add.mutate(
      form,
      settle(feedback, () => {
        setForm((f) => ({ ...f, period: '', value: '' }));
        notifySuccess(t('site.saved'));
      }),
    );
  const fields = {
    indicatorId: { id: 'v-indicator', label: t('site.indicator') },
    kind: { id: 'v-kind', label: t('site.kind') },
    period: { id: 'v-period', label: t('site.period') },
    value: { id: 'v-value', label: t('site.value') },
    unit: { id: 'v-value', label: t('site.value') },
  };
  return (
    <SiteValueFormFrame
      titleId="add-title"
      title={t('site.add')}
      feedback={feedback}
      fields={fields}
      pending={add.isPending}
      submitLabel={t('site.save')}
      onSubmit={submit}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          id="v-indicator"
          label={t('site.indicator')}
          value={form.indicatorId}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setForm((f) => ({ ...f, indicatorId: v }));
          }}
          data={data.indicators.map((i) => ({
            value: i.id,
            label: `${i.name} (${i.unit}, ${t(`frequencies.${i.frequency}`).toLowerCase()})`,
          }))}
          error={feedback.fieldError('indicatorId')}
        />
        <NativeSelect
          id="v-kind"
          label={t('site.kind')}
          value={form.kind}
          onChange={(e) => {
            const v = e.currentTarget.value as Kind;
            setForm((f) => ({ ...f, kind: v }));
          }}
          data={(['actual', 'target', 'baseline'] as const).map((k) => ({
            value: k,
            label: t(`kinds.${k}`),
          }))}
        />
        <TextInput
          id="v-period"
          label={t('site.period')}
          description={t('site.periodHelp')}
          required
          value={form.period}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setForm((f) => ({ ...f, period: v }));
          }}
          error={feedback.fieldError('period')}
        />
        <TextInput
          id="v-value"
          label={t('site.value')}
          required
          inputMode="decimal"
          value={form.value}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setForm((f) => ({ ...f, value: v }));
          }}
          error={feedback.fieldError('value') ?? feedback.fieldError('unit')}
        />
      </SimpleGrid>
    </SiteValueFormFrame>
  );
}

export function SendLink({ siteId }: { siteId: string }) {
  const { t, i18n } = useTranslation('indicators');
  const [form, setForm] = useState({ period: '', email: '', days: 14 });
  const send = useSendLink(siteId);
  const feedback = useFormFeedback();
  const submit = () =>
    send.mutate(
      form,
      settle(feedback, (r: { expiresAt: string }) =>
        notifySuccess(t('site.sent', { date: formatDate(r.expiresAt, i18n.language) })),
      ),
    );
  const fields = {
    period: { id: 'l-period', label: t('site.period') },
    email: { id: 'l-email', label: t('site.email') },
    days: { id: 'l-days', label: t('site.days') },
  };
  return (
    <SiteValueFormFrame
      titleId="link-title"
      title={t('site.link')}
      help={t('site.linkHelp')}
      feedback={feedback}
      fields={fields}
      pending={send.isPending}
      submitLabel={t('site.send')}
      onSubmit={submit}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          id="l-period"
          label={t('site.period')}
          required
          value={form.period}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setForm((f) => ({ ...f, period: v }));
          }}
          error={feedback.fieldError('period')}
        />
        <TextInput
          id="l-email"
          type="email"
          autoComplete="off"
          label={t('site.email')}
          required
          value={form.email}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setForm((f) => ({ ...f, email: v }));
          }}
          error={feedback.fieldError('email')}
        />
        <NumberInput
          id="l-days"
          label={t('site.days')}
          min={1}
          max={60}
          value={form.days}
          onChange={(v) => setForm((f) => ({ ...f, days: Number(v) }))}
          error={feedback.fieldError('days')}
        />
      </SimpleGrid>
    </SiteValueFormFrame>
  );
}
