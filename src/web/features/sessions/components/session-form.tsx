import '../i18n-runtime.ts';
import '../i18n-manage-runtime.ts';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import type { Membership } from '../../accounts/api/types.ts';
import type { SessionDraft } from '../api/manage.ts';
import type { TrainingSession } from '../api/sessions.ts';
import { isoToParis, parisToIso } from '../format.ts';
import {
  MeetingsFields,
  SpeakersFields,
  blankMeeting,
  toMeetingDraft,
  type MeetingRow,
  type SpeakerRow,
} from './meetings-fields.tsx';
import { CaseStudiesPicker, MethodPagePicker } from './linked-pickers.tsx';

type Values = {
  organisationId: string;
  title: string;
  why: string;
  forWhom: string;
  objectives: string;
  programme: string;
  capacity: number | string;
  deadlineDate: string;
  deadlineTime: string;
  membershipRequired: boolean;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  methodPageIds: string[];
  caseStudyProjectIds: string[];
};

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function initial(
  session: TrainingSession | null,
  organisations: Membership[],
): { values: Values; meetings: MeetingRow[]; speakers: SpeakerRow[] } {
  if (!session) {
    return {
      values: {
        organisationId: organisations[0]?.organisationId ?? '',
        title: '',
        why: '',
        forWhom: '',
        objectives: '',
        programme: '',
        capacity: 30,
        deadlineDate: '',
        deadlineTime: '23:59',
        membershipRequired: false,
        contactName: '',
        contactPhone: '',
        contactEmail: '',
        methodPageIds: [],
        caseStudyProjectIds: [],
      },
      meetings: [blankMeeting()],
      speakers: [],
    };
  }
  const deadline = isoToParis(session.registrationDeadline);
  return {
    values: {
      organisationId: session.organisation.id,
      title: session.title,
      why: session.why,
      forWhom: session.forWhom,
      objectives: session.objectives.join('\n'),
      programme: session.programme,
      capacity: session.capacity,
      deadlineDate: deadline.date,
      deadlineTime: deadline.time,
      membershipRequired: session.membershipRequired,
      contactName: session.contact.name,
      contactPhone: session.contact.phone,
      contactEmail: session.contact.email,
      methodPageIds: session.methodPageIds,
      caseStudyProjectIds: session.caseStudyProjectIds,
    },
    meetings: session.meetings
      .filter((m) => !m.cancelled)
      .map((m) => ({
        id: m.id,
        title: m.title,
        date: m.date,
        start: m.start,
        end: m.end,
        caseStudyProjectId: m.caseStudyProjectId ?? '',
        conferenceUrl: m.conferenceUrl ?? '',
      })),
    speakers: session.speakers,
  };
}

/**
 * The session editor: every field of a session, meetings in Paris time. `onSave` receives the body the API expects;
 * the server's field errors come back into the summary and next to each field.
 */
export function SessionForm({
  session,
  organisations,
  pending,
  onSave,
}: {
  session: TrainingSession | null;
  organisations: Membership[];
  pending: boolean;
  onSave: (body: SessionDraft) => Promise<unknown>;
}) {
  const { t } = useTranslation(['sessionsManage', 'sessions']);
  const start = initial(session, organisations);
  const [values, setValues] = useState<Values>(start.values);
  const [meetings, setMeetings] = useState<MeetingRow[]>(start.meetings);
  const [speakers, setSpeakers] = useState<SpeakerRow[]>(start.speakers);
  const feedback = useFormFeedback();
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const error = feedback.fieldError;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const deadline = parisToIso(values.deadlineDate, values.deadlineTime);
    if (!deadline) {
      feedback.failFields({ registrationDeadline: t('manage.deadlineInvalid') }, t('manage.checkFields'));
      return;
    }
    const body: SessionDraft = {
      ...(session ? {} : { organisationId: values.organisationId }),
      title: values.title,
      why: values.why,
      forWhom: values.forWhom,
      objectives: lines(values.objectives),
      programme: values.programme,
      speakers,
      capacity: Number(values.capacity),
      registrationDeadline: deadline,
      membershipRequired: values.membershipRequired,
      contact: { name: values.contactName, phone: values.contactPhone, email: values.contactEmail },
      methodPageIds: values.methodPageIds,
      caseStudyProjectIds: values.caseStudyProjectIds,
      meetings: meetings.map(toMeetingDraft),
    };
    feedback.clear();
    onSave(body).catch(feedback.fail);
  };

  const summaryFields: Record<string, { id: string; label: string }> = {
    organisationId: { id: 'session-organisation', label: t('manage.organisation') },
    title: { id: 'session-title', label: t('manage.titleField') },
    capacity: { id: 'session-capacity', label: t('manage.capacity') },
    registrationDeadline: { id: 'session-deadline-date', label: t('manage.deadlineDate') },
    'contact.email': { id: 'session-contact-email', label: t('manage.contactEmail') },
    methodPageIds: { id: 'session-method-pages', label: t('pickers.methodPages') },
    caseStudyProjectIds: { id: 'session-case-studies', label: t('pickers.caseStudies') },
    meetings: { id: 'meeting-0-title', label: t('sessions:meetingsTitle') },
  };
  const meetingFields = {
    title: t('manage.meetingTitle'),
    date: t('manage.meetingDate'),
    start: t('manage.meetingStart'),
    end: t('manage.meetingEnd'),
    conferenceUrl: t('manage.meetingLink'),
    caseStudyProjectId: t('pickers.meetingCaseStudy'),
  };
  meetings.forEach((_, i) => {
    for (const [f, label] of Object.entries(meetingFields))
      summaryFields[`meetings.${i}.${f}`] = {
        id: `meeting-${i}-${f === 'caseStudyProjectId' ? 'caseStudy' : f}`,
        label: `${t('manage.meetingN', { n: i + 1 })}, ${label}`,
      };
  });

  return (
    <form onSubmit={submit} noValidate>
      <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={summaryFields} />
      <Stack gap="md">
        {!session && (
          <NativeSelect
            id="session-organisation"
            label={t('manage.organisation')}
            description={t('manage.organisationHelp')}
            required
            value={values.organisationId}
            onChange={(e) => set('organisationId', e.currentTarget.value)}
            error={error('organisationId')}
            data={organisations.map((o) => ({ value: o.organisationId, label: o.organisationName }))}
          />
        )}
        <TextInput
          id="session-title"
          label={t('manage.titleField')}
          required
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={error('title')}
        />
        <Textarea
          id="session-why"
          label={t('sessions:why')}
          autosize
          minRows={3}
          value={values.why}
          onChange={(e) => set('why', e.currentTarget.value)}
          error={error('why')}
        />
        <Textarea
          id="session-for-whom"
          label={t('sessions:forWhom')}
          autosize
          minRows={2}
          value={values.forWhom}
          onChange={(e) => set('forWhom', e.currentTarget.value)}
          error={error('forWhom')}
        />
        <Textarea
          id="session-objectives"
          label={t('sessions:objectives')}
          description={t('manage.onePerLine')}
          autosize
          minRows={3}
          value={values.objectives}
          onChange={(e) => set('objectives', e.currentTarget.value)}
          error={error('objectives')}
        />
        <Textarea
          id="session-programme"
          label={t('sessions:programme')}
          autosize
          minRows={3}
          value={values.programme}
          onChange={(e) => set('programme', e.currentTarget.value)}
          error={error('programme')}
        />
        <Fieldset legend={t('sessions:speakers')}>
          <Stack gap="sm">
            <SpeakersFields rows={speakers} onChange={setSpeakers} error={error} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('sessions:meetingsTitle')}>
          <Stack gap="sm">
            <MeetingsFields rows={meetings} onChange={setMeetings} error={error} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('sessions:conditions')}>
          <Stack gap="sm">
            <NumberInput
              id="session-capacity"
              label={t('manage.capacity')}
              required
              min={1}
              value={values.capacity}
              onChange={(v) => set('capacity', v)}
              error={error('capacity')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                id="session-deadline-date"
                type="date"
                label={t('manage.deadlineDate')}
                required
                value={values.deadlineDate}
                onChange={(e) => set('deadlineDate', e.currentTarget.value)}
                error={error('registrationDeadline')}
              />
              <TextInput
                id="session-deadline-time"
                type="time"
                label={t('manage.deadlineTime')}
                required
                value={values.deadlineTime}
                onChange={(e) => set('deadlineTime', e.currentTarget.value)}
              />
            </SimpleGrid>
            <Checkbox
              id="session-membership"
              label={t('manage.membershipRequired')}
              checked={values.membershipRequired}
              onChange={(e) => set('membershipRequired', e.currentTarget.checked)}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('manage.linked')}>
          <Stack gap="sm">
            <MethodPagePicker
              value={values.methodPageIds}
              onChange={(v) => set('methodPageIds', v)}
              error={error('methodPageIds')}
            />
            <CaseStudiesPicker
              value={values.caseStudyProjectIds}
              onChange={(v) => set('caseStudyProjectIds', v)}
              error={error('caseStudyProjectIds')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('sessions:contact')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              id="session-contact-name"
              label={t('manage.contactName')}
              value={values.contactName}
              onChange={(e) => set('contactName', e.currentTarget.value)}
            />
            <TextInput
              id="session-contact-phone"
              type="tel"
              label={t('manage.contactPhone')}
              value={values.contactPhone}
              onChange={(e) => set('contactPhone', e.currentTarget.value)}
            />
            <TextInput
              id="session-contact-email"
              type="email"
              label={t('manage.contactEmail')}
              value={values.contactEmail}
              onChange={(e) => set('contactEmail', e.currentTarget.value)}
              error={error('contact.email')}
            />
          </SimpleGrid>
        </Fieldset>
        <Group>
          <Button type="submit" loading={pending}>
            {session ? t('manage.save') : t('manage.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
