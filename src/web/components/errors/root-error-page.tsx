import { Anchor, Button, Container, Group, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { paths } from '../../config/paths.ts';

/**
 * Last-resort boundary, used when the layout itself failed: no router-dependent components, a plain link home
 * that reloads the application.
 */
export function RootErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();

  useEffect(() => {
    console.error(error);
    document.title = t('documentTitle', { page: t('error.title') });
  }, [error, t]);

  return (
    <Container component="main" size="sm" py="xl">
      <Title order={1} mb="md">
        {t('error.title')}
      </Title>
      <Text mb="lg">{t('error.body')}</Text>
      <Group>
        <Button onClick={() => window.location.reload()}>{t('error.reload')}</Button>
        <Anchor href={paths.home.getHref()}>{t('error.backHome')}</Anchor>
      </Group>
    </Container>
  );
}
