import { Button, Group, List, Text, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { useShareDiagnostic } from '../api/share-diagnostic.ts';
import { useUnshareDiagnostic } from '../api/unshare-diagnostic.ts';
import type { Diagnostic } from '../api/types.ts';

/** Gives a facilitator read access, by e-mail address; lists who reads it, each share withdrawable. */
export function ShareForm({ diagnostic }: { diagnostic: Diagnostic }) {
  const { t } = useTranslation('diagnostics');
  const share = useShareDiagnostic();
  const unshare = useUnshareDiagnostic();
  const feedback = useFormFeedback();
  const [email, setEmail] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const inputId = useId();
  const shares = [
    ...diagnostic.sharedWith.users.map((u) => ({
      key: u.userId,
      name: u.displayName,
      body: { userIds: [u.userId] },
    })),
    ...diagnostic.sharedWith.organisations.map((o) => ({
      key: o.id,
      name: o.name,
      body: { organisationIds: [o.id] },
    })),
  ];
  return (
    <section aria-labelledby={`${inputId}-title`}>
      <Title order={2} size="h3" id={`${inputId}-title`} mb="xs">
        {t('share.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('share.intro')}
      </Text>
      {shares.length > 0 ? (
        <>
          <Text size="sm" fw={600} id={`${inputId}-current`}>
            {t('share.currentTitle')}
          </Text>
          <List size="sm" mb="sm" aria-labelledby={`${inputId}-current`} data-testid="shares">
            {shares.map((s) => (
              <List.Item key={s.key}>
                {s.name}{' '}
                <Button
                  size="compact-xs"
                  variant="subtle"
                  aria-label={`${t('share.unshare')}, ${s.name}`}
                  loading={
                    unshare.isPending &&
                    (unshare.variables.userIds?.[0] ?? unshare.variables.organisationIds?.[0]) === s.key
                  }
                  onClick={() =>
                    unshare.mutate(
                      { id: diagnostic.id, ...s.body },
                      { onSuccess: () => setDone(t('share.unshared', { name: s.name })) },
                    )
                  }
                >
                  {t('share.unshare')}
                </Button>
              </List.Item>
            ))}
          </List>
        </>
      ) : null}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          feedback.clear();
          setDone(null);
          const address = email.trim();
          share.mutate(
            { id: diagnostic.id, facilitatorEmails: [address] },
            {
              onSuccess: () => {
                setDone(t('share.done', { email: address }));
                setEmail('');
              },
              onError: feedback.fail,
            },
          );
        }}
      >
        <FormErrorSummary
          error={feedback.error}
          ref={feedback.summaryRef}
          fields={{ 'facilitatorEmails.0': { id: inputId, label: t('share.email') } }}
        />
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            id={inputId}
            type="email"
            autoComplete="off"
            label={t('share.email')}
            value={email}
            required
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={feedback.fieldError('facilitatorEmails.0') ?? feedback.fieldError('facilitatorEmails')}
            style={{ flex: '1 1 18rem' }}
          />
          <Button type="submit" loading={share.isPending}>
            {t('share.submit')}
          </Button>
        </Group>
      </form>
      <div role="status">
        {done ? (
          <Text size="sm" mt="xs" c="essaim.8">
            {done}
          </Text>
        ) : null}
      </div>
    </section>
  );
}
