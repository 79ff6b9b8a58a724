import '../i18n-runtime.ts';
import { Anchor, Badge, Code, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { formatDateTime } from '../../accounts/lib/format.ts';
import { useOutboxMessage } from '../api/get-outbox-message.ts';
import type { OutboxMessage } from '../api/types.ts';
import { AdminNav } from '../components/admin-nav.tsx';
import { AdminOnly } from '../components/admin-only.tsx';
import { QueryState } from '../components/query-state.tsx';
import { outboxStatusColor } from '../components/outbox-status.ts';

function MessageView({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation('admin');
  const rows: [string, ReactNode][] = [
    [t('outbox.to'), message.to],
    [t('outbox.createdAt'), formatDateTime(message.createdAt)],
    [
      t('outbox.status'),
      <Badge key="status" variant="dot" color={outboxStatusColor[message.status]}>
        {t(`outbox.statuses.${message.status}`)}
      </Badge>,
    ],
    [t('outbox.attempts'), String(message.attempts)],
    [t('outbox.sentAt'), message.sentAt ? formatDateTime(message.sentAt) : t('none')],
    ...(message.status === 'pending' && message.nextAttemptAt
      ? ([[t('outbox.nextAttemptAt'), formatDateTime(message.nextAttemptAt)]] as [string, ReactNode][])
      : []),
    [t('outbox.lastError'), message.lastError ?? t('none')],
    [t('outbox.language'), message.language ?? t('none')],
    [t('outbox.template'), message.template ?? t('none')],
    [
      t('outbox.attachments'),
      message.attachments?.length
        ? message.attachments.map((file) => `${file.filename} (${file.contentType})`).join(', ')
        : t('none'),
    ],
  ];
  return (
    <>
      <Title order={2} size="h3" mb="sm">
        {t('outbox.details')}
      </Title>
      <dl style={{ margin: 0, marginBottom: '1.5rem' }}>
        {rows.map(([label, value]) => (
          <div
            key={label}
            style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', marginBottom: '0.25rem' }}
          >
            <Text component="dt" fw={700}>
              {label}
            </Text>
            <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
              {value}
            </Text>
          </div>
        ))}
      </dl>
      <Title order={2} size="h3" mb="sm">
        {t('outbox.textVersion')}
      </Title>
      {/* Plain text, never interpreted: links stay readable and copyable. */}
      <Paper withBorder p="md" mb="xl" radius="md">
        <Text
          component="pre"
          m={0}
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit' }}
        >
          {message.textBody}
        </Text>
      </Paper>
      <Title order={2} size="h3" mb="sm">
        {t('outbox.htmlVersion')}
      </Title>
      {/* An empty sandbox: no scripts, no forms, no same-origin access, no top-level navigation. */}
      <iframe
        title={t('outbox.htmlFrame')}
        sandbox=""
        srcDoc={message.htmlBody}
        referrerPolicy="no-referrer"
        style={{
          width: '100%',
          height: '28rem',
          border: '1px solid var(--mantine-color-gray-4)',
          borderRadius: 8,
        }}
      />
      <details style={{ marginTop: '0.75rem' }}>
        <summary>{t('outbox.htmlSource')}</summary>
        <Code block mt="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {message.htmlBody}
        </Code>
      </details>
    </>
  );
}

function OutboxMessagePage({ id }: { id: string }) {
  const { t } = useTranslation('admin');
  const message = useOutboxMessage(id);
  return (
    <>
      <PageTitle>
        {message.data ? t('outbox.messageTitle', { subject: message.data.subject }) : t('outbox.title')}
      </PageTitle>
      <AdminNav />
      <Anchor component={Link} to={paths.adminOutbox.getHref()} mb="md" display="inline-block">
        {t('outbox.back')}
      </Anchor>
      {message.isPending ? <PageLoader /> : <QueryState isPending={false} error={message.error} />}
      {message.data ? <MessageView message={message.data} /> : null}
    </>
  );
}

export function Component() {
  const { messageId = '' } = useParams();
  return <AdminOnly>{() => <OutboxMessagePage id={messageId} />}</AdminOnly>;
}
