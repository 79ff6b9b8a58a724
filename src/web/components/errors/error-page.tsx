import { Anchor, Button, Group, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { paths } from '../../config/paths.ts';
import { PageTitle } from '../layout/page-title.tsx';

/**
 * Route error boundary: a render error, a failed loader or a route module that failed to download
 * (for example after a new version was deployed). Rendered inside the layout.
 */
export function ErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <>
      <PageTitle>{t('error.title')}</PageTitle>
      <Text mb="lg">{t('error.body')}</Text>
      <Group>
        <Button onClick={() => window.location.reload()}>{t('error.reload')}</Button>
        <Anchor component={Link} to={paths.home.getHref()}>
          {t('error.backHome')}
        </Anchor>
      </Group>
    </>
  );
}
