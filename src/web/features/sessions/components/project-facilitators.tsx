import '../i18n-runtime.ts';
import { Alert, Button, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../components/feedback/notify.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useEndFollow, useInviteFacilitator, useProjectFollows } from '../api/portfolio.ts';
import { formatInstant } from '../format.ts';

/**
 * On a project's page, for its organisation's editors: the facilitators who follow the project, inviting one by the
 * address of their account, and ending a follow. The server checks the rights of each call.
 */
export function ProjectFacilitators({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation('sessions');
  const follows = useProjectFollows(projectId);
  const invite = useInviteFacilitator(projectId);
  const end = useEndFollow();
  const [email, setEmail] = useState('');
  const fieldError =
    invite.error instanceof ApiError
      ? (invite.error.fields.facilitatorEmail ?? invite.error.message)
      : invite.error?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate(email.trim(), {
      onSuccess: () => {
        setEmail('');
        notifySuccess(t('follows.invited'));
      },
    });
  };

  return (
    <section aria-labelledby="follows-heading">
      <Title id="follows-heading" order={2} size="h3" mt="xl" mb="sm">
        {t('follows.title')}
      </Title>
      <Stack gap="sm">
        <Text>{t('follows.intro')}</Text>
        {follows.isError ? (
          <Alert color="red" role="alert">
            {follows.error.message}
          </Alert>
        ) : follows.data && follows.data.items.length === 0 ? (
          <Text>{t('follows.none')}</Text>
        ) : (
          <List aria-label={t('follows.listLabel')} spacing="xs">
            {(follows.data?.items ?? []).map((f) => (
              <List.Item key={f.id}>
                <Group gap="sm">
                  <Text span>
                    {t('follows.since', {
                      name: f.facilitator.name,
                      email: f.facilitator.email,
                      date: formatInstant(f.since, i18n.language),
                    })}
                  </Text>
                  <Button
                    size="xs"
                    variant="outline"
                    color="red.9"
                    loading={end.isPending && end.variables === f.id}
                    onClick={() =>
                      end.mutate(f.id, {
                        onSuccess: () => notifySuccess(t('follows.ended')),
                        onError: (e) => notifyError(e.message),
                      })
                    }
                  >
                    {t('follows.end', { name: f.facilitator.name })}
                  </Button>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        <form onSubmit={submit} noValidate>
          <Stack gap="xs" align="flex-start">
            <TextInput
              id="follow-email"
              type="email"
              autoComplete="off"
              label={t('follows.email')}
              description={t('follows.emailHelp')}
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldError}
              miw={280}
            />
            <Button type="submit" loading={invite.isPending}>
              {t('follows.invite')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </section>
  );
}
