import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../api/sites.ts';

/** The messages between the site and the carrier, oldest first, and the form to write one. */
export function Thread(props: {
  messages: Message[];
  canWrite: boolean;
  pending: boolean;
  error: string | undefined;
  onSend: (body: string, done: () => void) => void;
}) {
  const { t, i18n } = useTranslation('sites');
  const [body, setBody] = useState('');
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="thread-title">
      <Title order={2} size="h3" id="thread-title" mb="xs">
        {t('thread.title')}
      </Title>
      {props.messages.length === 0 && <Text>{t('thread.empty')}</Text>}
      <Stack component="ol" gap="xs" style={{ listStyle: 'none', padding: 0 }}>
        {props.messages.map((m) => (
          <li key={m.id}>
            <Text size="sm" fw={700}>
              {m.author.name ?? m.author.organisationName} (
              {m.fromCarrier ? t('thread.carrier') : t('thread.site')}) ·{' '}
              {format.format(new Date(m.createdAt))}
              {t(`thread.kinds.${m.kind}` as 'thread.kinds.message')
                ? ` · ${t(`thread.kinds.${m.kind}` as 'thread.kinds.message')}`
                : ''}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{m.body}</Text>
          </li>
        ))}
      </Stack>
      {props.canWrite && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            props.onSend(body, () => setBody(''));
          }}
        >
          <Stack gap="xs" mt="md">
            <Textarea
              id="thread-body"
              label={t('thread.body')}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              error={props.error}
              autosize
              minRows={2}
            />
            <Button type="submit" loading={props.pending} style={{ alignSelf: 'flex-start' }}>
              {t('thread.send')}
            </Button>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
