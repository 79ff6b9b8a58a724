import { Button, Checkbox, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import { STAGES, useUpdateSite, type Site, type Stage } from '../api/sites.ts';
import { StageBadge } from './labels.tsx';

/** The stage with its Les Communs phase and status, the form to change it, the public switch and the history. */
export function StagePanel({ site }: { site: Site }) {
  const { t, i18n } = useTranslation('sites');
  const update = useUpdateSite(site.id);
  const [stage, setStage] = useState<Stage>(site.stage);
  const [note, setNote] = useState('');
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long' }).format(new Date(iso));
  const error =
    update.error instanceof ApiError
      ? (update.error.fields.stage ?? update.error.fields.communsStatus ?? update.error.message)
      : undefined;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="stage-title">
      <Title order={2} size="h3" id="stage-title" mb="xs">
        {t('site.stageTitle')}
      </Title>
      <Group>
        <StageBadge stage={site.stage} />
        <Text>
          {t('site.communs', {
            phase: t(`phases.${site.communsPhase}` as 'phases.idee'),
            status: t(`statuses.${site.communsStatus}` as 'statuses.en_cours'),
          })}{' '}
          · {t('site.since', { date: date(site.stageChangedAt) })}
        </Text>
      </Group>
      {site.permissions.edit && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            update.mutate(
              { version: site.version, stage, stageNote: note },
              { onSuccess: () => setNote('') },
            );
          }}
        >
          <Group align="flex-end" mt="sm">
            <Select
              id="site-stage"
              label={t('site.newStage')}
              data={STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
              value={stage}
              onChange={(v) => v && setStage(v as Stage)}
              allowDeselect={false}
              error={error}
            />
            <TextInput
              id="site-stage-note"
              label={t('site.note')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Button type="submit" loading={update.isPending}>
              {t('site.changeStage')}
            </Button>
          </Group>
        </form>
      )}
      {site.permissions.publish && (
        <Checkbox
          mt="sm"
          label={t('site.public')}
          checked={site.isPublic}
          onChange={(e) => update.mutate({ version: site.version, isPublic: e.currentTarget.checked })}
        />
      )}
      <Stack gap={4} mt="md">
        <Title order={3} size="h4">
          {t('site.history')}
        </Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('site.date')}</Table.Th>
              <Table.Th scope="col">{t('site.to')}</Table.Th>
              <Table.Th scope="col">{t('status')}</Table.Th>
              <Table.Th scope="col">{t('site.note')}</Table.Th>
              <Table.Th scope="col">{t('site.by')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {site.history.map((h) => (
              <Table.Tr key={`${h.changedAt}-${h.toStage}-${h.communsStatus}`}>
                <Table.Td>{date(h.changedAt)}</Table.Td>
                <Table.Td>{t(`stages.${h.toStage}`)}</Table.Td>
                <Table.Td>{t(`statuses.${h.communsStatus}` as 'statuses.en_cours')}</Table.Td>
                <Table.Td>{h.note}</Table.Td>
                <Table.Td>{h.changedBy ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
