import { Anchor, List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../config/paths.ts';
import type { common } from '../i18n/common.ts';
import { PageTitle } from './layout/page-title.tsx';

export type CapabilityKey = keyof (typeof common)['fr']['capabilities'];

/**
 * The honest page of a capability that is not built yet: its name, what it will do, a way back.
 * Each capability's route module renders it until the real page replaces it.
 */
export function ComingSoon({ capability }: { capability: CapabilityKey }) {
  const { t } = useTranslation();
  const features = t(`capabilities.${capability}.features`, { returnObjects: true });
  return (
    <>
      <PageTitle>{t(`capabilities.${capability}.title`)}</PageTitle>
      <Text size="lg" mb="lg">
        {t(`capabilities.${capability}.description`)}
      </Text>
      <Paper withBorder p="lg" radius="md" bg="essaim.0" mb="lg">
        <Title order={2} size="h3" mb="xs">
          {t('comingSoon.heading')}
        </Title>
        <Text mb="xs">{t('comingSoon.intro')}</Text>
        <List>
          {features.map((feature) => (
            <List.Item key={feature}>{feature}</List.Item>
          ))}
        </List>
      </Paper>
      <Anchor component={Link} to={paths.home.getHref()}>
        {t('comingSoon.backHome')}
      </Anchor>
    </>
  );
}
