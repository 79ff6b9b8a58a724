import '../i18n-manage-runtime.ts';
import { Box, Button, Fieldset, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingDraft } from '../api/manage.ts';
import { MeetingCaseStudyPicker } from './linked-pickers.tsx';

export type MeetingRow = {
  id?: string;
  title: string;
  date: string;
  start: string;
  end: string;
  caseStudyProjectId: string;
  conferenceUrl: string;
};

export const blankMeeting = (): MeetingRow => ({
  title: '',
  date: '',
  start: '10:00',
  end: '12:00',
  caseStudyProjectId: '',
  conferenceUrl: '',
});

export function toMeetingDraft(m: MeetingRow): MeetingDraft {
  return {
    ...(m.id ? { id: m.id } : {}),
    title: m.title,
    date: m.date,
    start: m.start,
    end: m.end,
    caseStudyProjectId: m.caseStudyProjectId.trim() || null,
    conferenceUrl: m.conferenceUrl.trim() || null,
  };
}

/** The meetings of a session, each in its own fieldset; dates and times are Paris wall-clock. */
export function MeetingsFields({
  rows,
  onChange,
  error,
}: {
  rows: MeetingRow[];
  onChange: (rows: MeetingRow[]) => void;
  error: (field: string) => string | undefined;
}) {
  const { t } = useTranslation('sessionsManage');
  const set = (i: number, patch: Partial<MeetingRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <>
      {rows.map((m, i) => {
        const n = i + 1;
        const id = (f: string) => `meeting-${i}-${f}`;
        return (
          <Fieldset key={m.id ?? `new-${i}`} legend={t('manage.meetingN', { n })}>
            <TextInput
              id={id('title')}
              label={t('manage.meetingTitle')}
              required
              value={m.title}
              onChange={(e) => set(i, { title: e.currentTarget.value })}
              error={error(`meetings.${i}.title`)}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
              <TextInput
                id={id('date')}
                type="date"
                label={t('manage.meetingDate')}
                required
                value={m.date}
                onChange={(e) => set(i, { date: e.currentTarget.value })}
                error={error(`meetings.${i}.date`)}
              />
              <TextInput
                id={id('start')}
                type="time"
                label={t('manage.meetingStart')}
                required
                value={m.start}
                onChange={(e) => set(i, { start: e.currentTarget.value })}
                error={error(`meetings.${i}.start`)}
              />
              <TextInput
                id={id('end')}
                type="time"
                label={t('manage.meetingEnd')}
                required
                value={m.end}
                onChange={(e) => set(i, { end: e.currentTarget.value })}
                error={error(`meetings.${i}.end`)}
              />
            </SimpleGrid>
            <TextInput
              id={id('conferenceUrl')}
              mt="xs"
              type="url"
              label={t('manage.conferenceUrl')}
              description={t('manage.conferenceUrlHelp')}
              value={m.conferenceUrl}
              onChange={(e) => set(i, { conferenceUrl: e.currentTarget.value })}
              error={error(`meetings.${i}.conferenceUrl`)}
            />
            <Box mt="xs">
              <MeetingCaseStudyPicker
                id={id('caseStudy')}
                value={m.caseStudyProjectId}
                onChange={(caseStudyProjectId) => set(i, { caseStudyProjectId })}
                error={error(`meetings.${i}.caseStudyProjectId`)}
              />
            </Box>
            {rows.length > 1 && (
              <Group mt="xs">
                <Button
                  variant="subtle"
                  color="red.9"
                  c="red.9"
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                >
                  {t('manage.removeMeeting', { n })}
                </Button>
              </Group>
            )}
          </Fieldset>
        );
      })}
      <Group>
        <Button variant="outline" onClick={() => onChange([...rows, blankMeeting()])}>
          {t('manage.addMeeting')}
        </Button>
      </Group>
    </>
  );
}

export type SpeakerRow = { name: string; role: string; organisation: string };

export function SpeakersFields({
  rows,
  onChange,
  error,
}: {
  rows: SpeakerRow[];
  onChange: (rows: SpeakerRow[]) => void;
  error: (field: string) => string | undefined;
}) {
  const { t } = useTranslation('sessionsManage');
  const set = (i: number, patch: Partial<SpeakerRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <>
      {rows.map((s, i) => (
        <Fieldset key={i} legend={t('manage.speakerN', { n: i + 1 })}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              id={`speaker-${i}-name`}
              label={t('manage.speakerName')}
              value={s.name}
              onChange={(e) => set(i, { name: e.currentTarget.value })}
            />
            <TextInput
              id={`speaker-${i}-role`}
              label={t('manage.speakerRole')}
              required
              value={s.role}
              onChange={(e) => set(i, { role: e.currentTarget.value })}
              error={error(`speakers.${i}.role`)}
            />
            <TextInput
              id={`speaker-${i}-organisation`}
              label={t('manage.speakerOrganisation')}
              value={s.organisation}
              onChange={(e) => set(i, { organisation: e.currentTarget.value })}
            />
          </SimpleGrid>
          <Button
            mt="xs"
            variant="subtle"
            color="red.9"
            c="red.9"
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            {t('manage.removeSpeaker', { n: i + 1 })}
          </Button>
        </Fieldset>
      ))}
      <Group>
        <Button
          variant="outline"
          onClick={() => onChange([...rows, { name: '', role: '', organisation: '' }])}
        >
          {t('manage.addSpeaker')}
        </Button>
      </Group>
    </>
  );
}
