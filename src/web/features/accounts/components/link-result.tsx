import '../i18n-runtime.ts';
import { Alert, Anchor, Group, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiError } from '../../../lib/api-client.ts';

type LinkResultProps = {
  token: string;
  pending: boolean;
  error: ApiError | null;
  /** Shown once the link worked. */
  success: ReactNode;
  /** Where to go when the link failed (to ask for a new one). */
  retry: { to: string; label: string };
};

/** The three states of a page opened from an e-mailed link: checking, done, refused (with the server's reason). */
export function LinkResult({ token, pending, error, success, retry }: LinkResultProps) {
  const { t } = useTranslation('accounts');
  const failure = !token ? t('links.missingToken') : error?.message;
  return (
    <div role="status" aria-live="polite">
      {failure ? (
        <Alert color="red" variant="light" title={t('links.failedTitle')} mb="md">
          <Text mb="sm">{failure}</Text>
          <Anchor component={Link} to={retry.to}>
            {retry.label}
          </Anchor>
        </Alert>
      ) : pending ? (
        <Group gap="sm">
          <Loader size="sm" aria-hidden />
          <Text>{t('links.working')}</Text>
        </Group>
      ) : (
        success
      )}
    </div>
  );
}
