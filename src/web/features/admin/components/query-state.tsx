import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Loading or failed state of a list; null once the data is there. */
export function QueryState({ isPending, error }: { isPending: boolean; error: Error | null }) {
  const { t } = useTranslation('common');
  if (isPending) return <Loader size="sm" aria-label={t('loading')} />;
  if (error)
    return (
      <Alert color="red" variant="light">
        {error.message}
      </Alert>
    );
  return null;
}
