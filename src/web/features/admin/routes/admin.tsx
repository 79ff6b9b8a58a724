import '../i18n-runtime.ts';
import { Anchor, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { AdminNav } from '../components/admin-nav.tsx';
import { AdminOnly } from '../components/admin-only.tsx';

const sections = [
  { key: 'users', href: paths.adminUsers.getHref() },
  { key: 'organisations', href: paths.adminOrganisations.getHref() },
  { key: 'outbox', href: paths.adminOutbox.getHref() },
  { key: 'audit', href: paths.adminAudit.getHref() },
] as const;

function AdminHome() {
  const { t } = useTranslation('admin');
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <AdminNav />
      <Text mb="lg">{t('intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {sections.map((section) => (
          <Paper key={section.key} withBorder p="lg" radius="md">
            <Title order={2} size="h4" mb="xs">
              <Anchor component={Link} to={section.href}>
                {t(`nav.${section.key}`)}
              </Anchor>
            </Title>
            <Text>{t(`sections.${section.key}`)}</Text>
          </Paper>
        ))}
      </SimpleGrid>
    </>
  );
}

export function Component() {
  return <AdminOnly>{() => <AdminHome />}</AdminOnly>;
}
