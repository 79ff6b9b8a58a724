import '../i18n-runtime.ts';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { notifySuccess } from '../../../components/feedback/notify.ts';
import {
  useDecide,
  useRequest,
  useRequestMessage,
  useWithdrawRequest,
  type SiteRequest,
} from '../api/sites.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { territoryText } from '../components/labels.tsx';
import { Thread } from '../components/thread.tsx';

function Decision({ request }: { request: SiteRequest }) {
  const { t } = useTranslation('sites');
  const decide = useDecide(request.id);
  const [message, setMessage] = useState('');
  const error =
    decide.error instanceof ApiError ? (decide.error.fields.message ?? decide.error.message) : undefined;
  const send = (decision: 'accept' | 'questions' | 'decline') =>
    decide.mutate({ decision, message, version: request.version }, { onSuccess: () => setMessage('') });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="decide-title">
      <Title order={2} size="h3" id="decide-title" mb="xs">
        {t('request.decide')}
      </Title>
      <Stack gap="xs">
        <Textarea
          id="decision-message"
          label={t('request.decisionMessage')}
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
          error={error}
          autosize
          minRows={2}
        />
        <Group>
          <Button onClick={() => send('accept')} loading={decide.isPending}>
            {t('request.accept')}
          </Button>
          <Button variant="default" onClick={() => send('questions')}>
            {t('request.questions')}
          </Button>
          <Button variant="default" color="red" onClick={() => send('decline')}>
            {t('request.decline')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The author's organisation takes its request back while the carrier has not answered for good. */
function Withdraw({ request }: { request: SiteRequest }) {
  const { t } = useTranslation('sites');
  const withdraw = useWithdrawRequest(request.id);
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const close = () => {
    setOpened(false);
    withdraw.reset();
  };
  const error =
    withdraw.error instanceof ApiError
      ? (withdraw.error.fields.reason ?? withdraw.error.fields.status ?? withdraw.error.message)
      : withdraw.error?.message;
  return (
    <>
      <Button
        variant="outline"
        color="red.9"
        onClick={() => setOpened(true)}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('withdraw.button')}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={t('withdraw.title')}
        question={t('withdraw.question', { name: request.name })}
        confirmLabel={t('withdraw.confirm')}
        pending={withdraw.isPending}
        onClose={close}
        onConfirm={() =>
          withdraw.mutate(
            { version: request.version, reason },
            {
              onSuccess: () => {
                close();
                setReason('');
                notifySuccess(t('withdraw.done'));
              },
            },
          )
        }
      >
        <Textarea
          id="withdraw-reason"
          label={t('withdraw.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        {error && (
          <Text role="alert" c="red.9" size="sm">
            {error}
          </Text>
        )}
      </ConfirmDialog>
    </>
  );
}

/** A request: who asks, for which territory and why, the attached diagnostic, the carrier's decision and the thread. */
export function Component() {
  const { t, i18n } = useTranslation('sites');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  const { requestId = '' } = useParams();
  const request = useRequest(requestId);
  const message = useRequestMessage(requestId);
  if (!request.data)
    return request.error ? <Alert color="red">{request.error.message}</Alert> : <PageLoader />;
  const r = request.data;
  return (
    <Stack>
      <PageTitle>{t('request.pageTitle', { name: r.name })}</PageTitle>
      <Group>
        <Badge variant="light" color="dark">
          {t(`requestStatuses.${r.status}`)}
        </Badge>
        <Text>
          {t('request.from', {
            organisation: r.organisation.name ?? '',
            model: r.model.title,
            version: r.model.version,
          })}
        </Text>
      </Group>
      <Text>
        <strong>{t('territory')}</strong>
        {'\u00a0'}: {territoryText(r.territories)}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{r.motivation}</Text>
      {r.decisionReason && (
        <Alert>
          {t(r.status === 'withdrawn' ? 'request.withdrawReason' : 'request.reason', {
            reason: r.decisionReason,
          })}
        </Alert>
      )}
      {r.siteId && (
        <Anchor component={Link} to={paths.site.getHref(r.siteId)}>
          {t('request.goToSite')}
        </Anchor>
      )}
      {r.siteDeleted && <Text>{t('request.siteDeleted')}</Text>}
      {r.diagnostic && (
        <Paper withBorder p="md" component="section" aria-labelledby="diag-title">
          <Title order={2} size="h3" id="diag-title" mb="xs">
            {t('request.diagnostic')}
            {'\u00a0'}: {r.diagnostic.title}
          </Title>
          <Text>
            {t('request.verdict', {
              verdict: r.diagnostic.verdict ?? '—',
              score: r.diagnostic.overallScore ?? '—',
            })}
          </Text>
          <List>
            {r.diagnostic.dimensions.map((d) => (
              <List.Item key={d.id}>
                {d.title[lang]}
                {'\u00a0'}: {d.score ?? '—'}
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      {r.canDecide && <Decision request={r} />}
      {r.canWithdraw && <Withdraw request={r} />}
      <Thread
        messages={r.messages}
        canWrite={r.canWrite}
        pending={message.isPending}
        error={
          message.error instanceof ApiError ? (message.error.fields.body ?? message.error.message) : undefined
        }
        onSend={(body, done) => message.mutate(body, { onSuccess: done })}
      />
    </Stack>
  );
}
