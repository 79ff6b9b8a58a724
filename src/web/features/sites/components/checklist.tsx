import { Checkbox, Paper, Progress, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUpdateStep, type Site } from '../api/sites.ts';

/** The kit's steps as a checklist: done, owner, due date (saved when a field is left). */
export function Checklist({ site }: { site: Site }) {
  const { t } = useTranslation('sites');
  const update = useUpdateStep(site.id);
  const can = site.permissions.edit;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="checklist-title">
      <Title order={2} size="h3" id="checklist-title" mb="xs">
        {t('site.checklist')}
      </Title>
      <Text id="checklist-progress">{t('site.progress', { progress: site.progress })}</Text>
      <Progress.Root mb="sm">
        <Progress.Section value={site.progress} aria-labelledby="checklist-progress" />
      </Progress.Root>
      <Table.ScrollContainer minWidth={560}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('site.done')}</Table.Th>
              <Table.Th scope="col">{t('site.owner')}</Table.Th>
              <Table.Th scope="col">{t('site.due')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {site.steps.map((s) => (
              <Table.Tr key={s.taskId}>
                <Table.Td>
                  <Checkbox
                    label={t('site.stepLabel', { title: s.title, phase: s.phaseTitle })}
                    checked={s.done}
                    disabled={!can}
                    onChange={(e) =>
                      update.mutate({ taskId: s.taskId, version: s.version, done: e.currentTarget.checked })
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`${t('site.owner')}\u00a0: ${s.title}`}
                    defaultValue={s.owner}
                    readOnly={!can}
                    onBlur={(e) =>
                      e.currentTarget.value !== s.owner &&
                      update.mutate({ taskId: s.taskId, version: s.version, owner: e.currentTarget.value })
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    type="date"
                    aria-label={`${t('site.due')}\u00a0: ${s.title}`}
                    defaultValue={s.dueDate ?? ''}
                    readOnly={!can}
                    onBlur={(e) =>
                      (e.currentTarget.value || null) !== s.dueDate &&
                      update.mutate({
                        taskId: s.taskId,
                        version: s.version,
                        dueDate: e.currentTarget.value || null,
                      })
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
