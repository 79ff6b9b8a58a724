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
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { notifySuccess } from '../../../components/feedback/notify.ts';
import { useAddValue, useSendLink, type Kind, type SiteValues } from '../api/indicators.ts';
import { formatDate } from './format.ts';

// The two forms of a site's indicator page: one value typed in, and a reporting link for someone without an account.

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
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(form, {
      onSuccess: () => {
        feedback.clear();
        setForm((f) => ({ ...f, period: '', value: '' }));
        notifySuccess(t('site.saved'));
      },
      onError: feedback.fail,
    });
  };
  const fields = {
    indicatorId: { id: 'v-indicator', label: t('site.indicator') },
    kind: { id: 'v-kind', label: t('site.kind') },
    period: { id: 'v-period', label: t('site.period') },
    value: { id: 'v-value', label: t('site.value') },
    unit: { id: 'v-value', label: t('site.value') },
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="add-title">
      <Title order={2} id="add-title" mb="sm">
        {t('site.add')}
      </Title>
      <form onSubmit={submit} noValidate>
        <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={fields} />
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
        <Group mt="sm">
          <Button type="submit" loading={add.isPending}>
            {t('site.save')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

export function SendLink({ siteId }: { siteId: string }) {
  const { t, i18n } = useTranslation('indicators');
  const [form, setForm] = useState({ period: '', email: '', days: 14 });
  const send = useSendLink(siteId);
  const feedback = useFormFeedback();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate(form, {
      onSuccess: (r) => {
        feedback.clear();
        notifySuccess(t('site.sent', { date: formatDate(r.expiresAt, i18n.language) }));
      },
      onError: feedback.fail,
    });
  };
  const fields = {
    period: { id: 'l-period', label: t('site.period') },
    email: { id: 'l-email', label: t('site.email') },
    days: { id: 'l-days', label: t('site.days') },
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="link-title">
      <Title order={2} id="link-title">
        {t('site.link')}
      </Title>
      <Text size="sm" mb="sm">
        {t('site.linkHelp')}
      </Text>
      <form onSubmit={submit} noValidate>
        <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={fields} />
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
        <Group mt="sm">
          <Button type="submit" loading={send.isPending}>
            {t('site.send')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
