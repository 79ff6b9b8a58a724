import '../i18n-runtime.ts';
import { Button, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { isLanguage } from '../../../i18n/i18n.ts';
import { useUpdateMe } from '../api/update-me.ts';
import type { Language, Me } from '../api/types.ts';
import { notifySuccess } from '../../../components/feedback/notify.ts';

export function ProfileForm({ me }: { me: Me }) {
  const { t, i18n } = useTranslation('accounts');
  const update = useUpdateMe();
  const feedback = useFormFeedback();
  const [displayName, setDisplayName] = useState(me.displayName);
  const [language, setLanguage] = useState<Language>(me.language);
  const fields = {
    displayName: { id: 'profile-name', label: t('fields.displayName') },
    language: { id: 'profile-language', label: t('fields.language') },
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(
          { displayName, language },
          {
            onSuccess: (updated) => {
              feedback.clear();
              // The site follows the language chosen for the account.
              if (updated.language !== i18n.resolvedLanguage) void i18n.changeLanguage(updated.language);
              notifySuccess(t('account.profile.saved'));
            },
            onError: feedback.fail,
          },
        );
      }}
    >
      <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={fields} />
      <Stack gap="md">
        <TextInput
          id={fields.displayName.id}
          label={fields.displayName.label}
          description={t('fields.displayNameHint')}
          autoComplete="name"
          required
          maxLength={120}
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
          error={feedback.fieldError('displayName')}
        />
        <NativeSelect
          id={fields.language.id}
          label={fields.language.label}
          value={language}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isLanguage(value)) setLanguage(value);
          }}
          error={feedback.fieldError('language')}
          data={[
            { value: 'fr', label: t('languages.fr') },
            { value: 'en', label: t('languages.en') },
          ]}
        />
        <div>
          <Button type="submit" loading={update.isPending}>
            {t('account.profile.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
