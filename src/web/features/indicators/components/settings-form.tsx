import { Anchor, Button, Checkbox, Group, NumberInput, Paper, Stack, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { notifySuccess } from '../../../components/feedback/notify.ts';
import { paths } from '../../../config/paths.ts';
import { useSaveSettings, type Settings } from '../api/indicators.ts';

export function SettingsForm({ modelId, settings }: { modelId: string; settings: Settings }) {
  const { t } = useTranslation('indicators');
  const [form, setForm] = useState(settings);
  const save = useSaveSettings(modelId);
  const feedback = useFormFeedback();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        stalledDays: form.stalledDays,
        graceDays: form.graceDays,
        remindersEnabled: form.remindersEnabled,
        publicDashboard: form.publicDashboard,
        version: form.version,
      },
      {
        onSuccess: (s) => {
          feedback.clear();
          setForm(s);
          notifySuccess(t('settings.saved'));
        },
        onError: feedback.fail,
      },
    );
  };
  const fields = {
    stalledDays: { id: 'set-stalled', label: t('settings.stalledDays') },
    graceDays: { id: 'set-grace', label: t('settings.graceDays') },
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="settings-title">
      <Title order={2} id="settings-title" mb="sm">
        {t('settings.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={fields} />
        <Stack gap="sm">
          <NumberInput
            id="set-stalled"
            label={t('settings.stalledDays')}
            value={form.stalledDays}
            min={30}
            max={3650}
            disabled={!settings.canEdit}
            onChange={(v) => setForm((f) => ({ ...f, stalledDays: Number(v) }))}
            error={feedback.fieldError('stalledDays')}
            maw={320}
          />
          <NumberInput
            id="set-grace"
            label={t('settings.graceDays')}
            value={form.graceDays}
            min={0}
            max={365}
            disabled={!settings.canEdit}
            onChange={(v) => setForm((f) => ({ ...f, graceDays: Number(v) }))}
            error={feedback.fieldError('graceDays')}
            maw={320}
          />
          <Checkbox
            label={t('settings.remindersEnabled')}
            checked={form.remindersEnabled}
            disabled={!settings.canEdit}
            onChange={(e) => setForm((f) => ({ ...f, remindersEnabled: e.currentTarget.checked }))}
          />
          <Checkbox
            label={t('settings.publicDashboard')}
            checked={form.publicDashboard}
            disabled={!settings.canEdit}
            onChange={(e) => setForm((f) => ({ ...f, publicDashboard: e.currentTarget.checked }))}
          />
          <Group>
            {settings.canEdit && (
              <Button type="submit" loading={save.isPending}>
                {t('settings.save')}
              </Button>
            )}
            {settings.publicDashboard && (
              <Anchor component={Link} to={paths.networkPublic.getHref(modelId)}>
                {t('settings.publicLink')}
              </Anchor>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
