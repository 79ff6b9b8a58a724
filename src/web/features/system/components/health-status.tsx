import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useHealth } from '../api/get-health.ts';

/** One line saying whether the server and its database answer. */
export function HealthStatus() {
  const { t } = useTranslation();
  const health = useHealth();

  let message: string;
  if (health.isPending) message = t('health.checking');
  else if (health.isError) message = t('health.unreachable');
  else if (!health.data.database.reachable) message = t('health.databaseDown');
  else message = t('health.ok', { version: health.data.version, dialect: health.data.database.dialect });

  return (
    <Text size="sm" c="dimmed" role="status">
      {t('health.label')}
      {t('colon')}
      {message}
    </Text>
  );
}
