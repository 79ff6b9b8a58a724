import '../i18n-manage-runtime.ts';
import { Alert, Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess, notifyError } from '../../../components/feedback/notify.ts';
import { useParams } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { useAttendance, useMarkAttendance, type AttendanceGrid } from '../api/manage.ts';
import { useTrainingSession } from '../api/sessions.ts';
import { FacilitatorOnly, ManageNav } from '../components/manage-nav.tsx';
import { formatDay, formatHours } from '../format.ts';

const key = (registrationId: string, meetingId: string) => `${registrationId}:${meetingId}`;

/** One native checkbox per participant and meeting: Tab moves between them, Space ticks; changes are saved together. */
function Grid({ id, grid }: { id: string; grid: AttendanceGrid }) {
  const { t, i18n } = useTranslation('sessionsManage');
  const mark = useMarkAttendance(id);
  const saved = new Map(
    grid.participants.flatMap((p) =>
      Object.entries(p.marks).map(([m, v]) => [key(p.registrationId, m), v.present] as const),
    ),
  );
  const [edits, setEdits] = useState<Map<string, boolean>>(new Map());
  const value = (k: string) => edits.get(k) ?? saved.get(k) ?? false;
  const changed = [...edits.entries()].filter(([k, v]) => (saved.get(k) ?? false) !== v);
  const save = () =>
    mark.mutate(
      changed.map(([k, present]) => {
        const [registrationId, meetingId] = k.split(':') as [string, string];
        return { registrationId, meetingId, present };
      }),
      {
        onSuccess: (r) => {
          setEdits(new Map());
          notifySuccess(t('manage.attendanceSaved', { count: r.marked }));
        },
        onError: (e) => notifyError(e.message),
      },
    );
  if (grid.participants.length === 0) return <Text>{t('manage.noParticipant')}</Text>;
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={640}>
        <Table withColumnBorders>
          <Table.Caption>{t('manage.attendanceCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('manage.person')}</Table.Th>
              {grid.meetings.map((m) => (
                <Table.Th scope="col" key={m.id}>
                  {m.title}
                  <Text size="sm" fw={400}>
                    {formatDay(m.date, i18n.language)}, {formatHours(m.start, m.end, i18n.language)}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grid.participants.map((p) => (
              <Table.Tr key={p.registrationId}>
                <Table.Th scope="row">
                  {p.name}
                  {p.organisation && <Text size="sm">{p.organisation}</Text>}
                </Table.Th>
                {grid.meetings.map((m) => {
                  const k = key(p.registrationId, m.id);
                  const self = p.marks[m.id]?.by === 'self';
                  return (
                    <Table.Td key={m.id}>
                      <Checkbox
                        aria-label={t('manage.presentAt', { name: p.name, meeting: m.title })}
                        checked={value(k)}
                        onChange={(e) => {
                          const checked = e.currentTarget.checked;
                          setEdits((prev) => new Map(prev).set(k, checked));
                        }}
                      />
                      {self && <Text size="xs">{t('manage.selfCheckedIn')}</Text>}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group>
        <Button onClick={save} disabled={changed.length === 0} loading={mark.isPending}>
          {t('manage.saveAttendance')}
        </Button>
        <Text size="sm" aria-live="polite">
          {t('manage.unsaved', { count: changed.length })}
        </Text>
      </Group>
    </Stack>
  );
}

function Attendance({ id }: { id: string }) {
  const { t } = useTranslation('sessionsManage');
  const session = useTrainingSession(id);
  const grid = useAttendance(id);
  if (grid.isPending || session.isPending) return <PageLoader />;
  if (grid.isError)
    return (
      <Alert color="red" role="alert">
        {grid.error.message}
      </Alert>
    );
  if (session.isError)
    return (
      <Alert color="red" role="alert">
        {session.error.message}
      </Alert>
    );
  return (
    <Stack gap="md">
      <PageTitle>{t('manage.attendanceTitle', { title: session.data.title })}</PageTitle>
      <ManageNav id={id} />
      <Text>{t('manage.attendanceHelp')}</Text>
      <Grid id={id} grid={grid.data} />
    </Stack>
  );
}

export function Component() {
  const { id = '' } = useParams();
  return <FacilitatorOnly>{() => <Attendance id={id} />}</FacilitatorOnly>;
}
