import { Button, Group, Text, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { useShareDiagnostic } from '../api/share-diagnostic.ts';
import type { Diagnostic } from '../api/types.ts';

/** Gives a facilitator read access, by e-mail address. */
export function ShareForm({ diagnostic }: { diagnostic: Diagnostic }) {
  const { t } = useTranslation('diagnostics');
  const share = useShareDiagnostic();
  const feedback = useFormFeedback();
  const [email, setEmail] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const inputId = useId();
  const names = diagnostic.sharedWith.users.map((u) => u.displayName);
  return (
    <section aria-labelledby={`${inputId}-title`}>
      <Title order={2} size="h3" id={`${inputId}-title`} mb="xs">
        {t('share.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('share.intro')}
      </Text>
      {names.length > 0 ? (
        <Text size="sm" mb="sm">
          {t('share.sharedWith', { names: names.join(', ') })}
        </Text>
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
                setDone(address);
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
            {t('share.done', { email: done })}
          </Text>
        ) : null}
      </div>
    </section>
  );
}
