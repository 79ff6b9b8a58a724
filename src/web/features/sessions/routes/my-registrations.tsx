import '../i18n-runtime.ts';
import '../i18n-manage-runtime.ts';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess, notifyError } from '../../../components/feedback/notify.ts';
import { Link } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { SignedInOnly } from '../../accounts/components/signed-in-only.tsx';
import { apiHref } from '../api/manage.ts';
import { useMyRegistrations, useParticipantActions, type MyRegistration } from '../api/participant.ts';
import { formatDay, formatHours } from '../format.ts';

function SurveyForm({ r }: { r: MyRegistration }) {
  const { t } = useTranslation(['sessionsManage', 'sessions']);
  const { survey } = useParticipantActions();
  const [overall, setOverall] = useState('');
  const [usefulness, setUsefulness] = useState('');
  const [recommend, setRecommend] = useState(false);
  const [comment, setComment] = useState('');
  const fields = (survey.error && 'fields' in survey.error ? survey.error.fields : {}) as Record<
    string,
    string
  >;
  const scale = [
    { value: '', label: t('mine.choose') },
    ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t('mine.scale', { n }) })),
  ];
  return (
    <form
      aria-label={t('mine.surveyTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        survey.mutate(
          {
            sessionId: r.sessionId,
            overall: Number(overall),
            usefulness: Number(usefulness),
            recommend,
            comment,
          },
          { onSuccess: () => notifySuccess(t('mine.surveyThanks')) },
        );
      }}
    >
      <Title order={3} size="h5" mb="xs">
        {t('mine.surveyTitle')}
      </Title>
      <Stack gap="xs">
        <NativeSelect
          label={t('mine.overall')}
          required
          data={scale}
          value={overall}
          onChange={(e) => setOverall(e.currentTarget.value)}
          error={fields.overall}
        />
        <NativeSelect
          label={t('mine.usefulness')}
          required
          data={scale}
          value={usefulness}
          onChange={(e) => setUsefulness(e.currentTarget.value)}
          error={fields.usefulness}
        />
        <Checkbox
          label={t('mine.recommend')}
          checked={recommend}
          onChange={(e) => setRecommend(e.currentTarget.checked)}
        />
        <Textarea
          label={t('mine.comment')}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        {survey.isError && !Object.keys(fields).length && (
          <Text c="red.9" role="alert">
            {survey.error.message}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={survey.isPending}>
            {t('mine.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RegistrationCard({ r }: { r: MyRegistration }) {
  const { t, i18n } = useTranslation(['sessionsManage', 'sessions']);
  const actions = useParticipantActions();
  const onError = (e: Error) => notifyError(e.message);
  const active = r.status === 'confirmed' || r.status === 'waitlisted' || r.status === 'offered';
  return (
    <Card withBorder component="article" padding="md" aria-labelledby={`reg-${r.id}`}>
      <Title id={`reg-${r.id}`} order={2} size="h4">
        <Anchor component={Link} to={paths.session.getHref(r.sessionId)}>
          {r.title}
        </Anchor>
      </Title>
      <Group gap="sm" my="xs">
        <Badge
          variant="filled"
          color={r.status === 'confirmed' ? 'teal.9' : r.status === 'refused' ? 'red.9' : 'gray.8'}
        >
          {t(`manage.regStatus.${r.status}`)}
        </Badge>
        {r.status === 'refused' && r.reason && <Text size="sm">{r.reason}</Text>}
      </Group>
      <Table>
        <Table.Caption>{t('mine.meetingsCaption')}</Table.Caption>
        <Table.Tbody>
          {r.meetings.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Th scope="row" fw={400}>
                {formatDay(m.date, i18n.language)}, {formatHours(m.start, m.end, i18n.language)}
              </Table.Th>
              <Table.Td>{m.title}</Table.Td>
              <Table.Td>
                {m.present ? (
                  <Text size="sm">{t('mine.present')}</Text>
                ) : m.checkInOpen ? (
                  <Button
                    size="xs"
                    aria-label={`${t('mine.checkIn')} – ${m.title}`}
                    loading={actions.checkIn.isPending}
                    onClick={() =>
                      actions.checkIn.mutate(
                        { sessionId: r.sessionId, meetingId: m.id },
                        { onSuccess: () => notifySuccess(t('mine.checkedIn')), onError },
                      )
                    }
                  >
                    {t('mine.checkIn')}
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group gap="md" mt="sm">
        {r.status === 'confirmed' && (
          <Anchor href={apiHref(r.icsUrl)} download>
            {t('sessions:ics')}
          </Anchor>
        )}
        {r.status === 'confirmed' && (
          <Anchor component={Link} to={paths.sessionResources.getHref(r.sessionId)}>
            {t('mine.resources')}
          </Anchor>
        )}
        {r.certificateUrl && (
          <Anchor href={apiHref(r.certificateUrl)} download>
            {t('mine.certificate')}
          </Anchor>
        )}
        {active && r.sessionStatus !== 'archived' && (
          <Button
            size="xs"
            variant="outline"
            color="red.9"
            aria-label={`${t('sessions:cancel')} – ${r.title}`}
            loading={actions.cancel.isPending}
            onClick={() =>
              actions.cancel.mutate(r.sessionId, {
                onSuccess: () => notifySuccess(t('mine.cancelled')),
                onError,
              })
            }
          >
            {t('sessions:cancel')}
          </Button>
        )}
      </Group>
      {r.surveyOpen && <SurveyForm r={r} />}
      {r.surveyAnswered && (
        <Text size="sm" mt="xs">
          {t('mine.surveyDone')}
        </Text>
      )}
    </Card>
  );
}

function Mine() {
  const { t } = useTranslation(['sessionsManage', 'sessions']);
  const list = useMyRegistrations();
  if (list.isPending) return <PageLoader />;
  if (list.isError)
    return (
      <Alert color="red" role="alert">
        {list.error.message}
      </Alert>
    );
  return (
    <Stack gap="md">
      <PageTitle>{t('mine.title')}</PageTitle>
      {list.data.items.length === 0 ? (
        <Text>
          {t('mine.none')}{' '}
          <Anchor component={Link} to={paths.sessions.getHref()}>
            {t('mine.browse')}
          </Anchor>
        </Text>
      ) : (
        list.data.items.map((r) => <RegistrationCard key={r.id} r={r} />)
      )}
    </Stack>
  );
}

export function Component() {
  return <SignedInOnly>{() => <Mine />}</SignedInOnly>;
}
