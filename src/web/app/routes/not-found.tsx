import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { PageTitle } from '../../components/layout/page-title.tsx';

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <Text mb="lg">{t('notFound.body')}</Text>
      <Anchor component={Link} to={paths.home.getHref()}>
        {t('notFound.backHome')}
      </Anchor>
    </>
  );
}
