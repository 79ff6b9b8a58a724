import { Anchor, Card, List, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { PageTitle } from '../../components/layout/page-title.tsx';
import type { common } from '../../i18n/common.ts';
import { HealthStatus } from '../../features/system/components/health-status.tsx';

type CapabilityKey = keyof (typeof common)['fr']['capabilities'];
type Audience = 'carriers' | 'replicators' | 'networks' | 'facilitators';

const capabilityLinks = {
  method: paths.method.getHref(),
  library: paths.library.getHref(),
  diagnostics: paths.diagnostics.getHref(),
  plans: paths.plans.getHref(),
  models: paths.models.getHref(),
  sites: paths.sites.getHref(),
  network: paths.network.getHref(),
  sessions: paths.sessions.getHref(),
} satisfies Partial<Record<CapabilityKey, string>>;

type LinkedCapability = keyof typeof capabilityLinks;

// Where each audience starts, in the order they would use the tools.
const audiences: { key: Audience; capabilities: LinkedCapability[] }[] = [
  { key: 'carriers', capabilities: ['diagnostics', 'models', 'sites'] },
  { key: 'replicators', capabilities: ['library', 'diagnostics', 'plans'] },
  { key: 'networks', capabilities: ['network', 'sites', 'models'] },
  { key: 'facilitators', capabilities: ['method', 'sessions'] },
];

export function Component() {
  const { t } = useTranslation(['home', 'common']);
  return (
    <>
      <PageTitle documentTitle={t('home:pageTitle')}>{t('home:title')}</PageTitle>
      <Text size="lg" maw="48rem" mb="sm">
        {t('home:intro')}
      </Text>
      <HealthStatus />

      <Title order={2} mt="xl" mb="md">
        {t('home:audiencesTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        {audiences.map((audience) => (
          <Card key={audience.key} withBorder padding="lg" radius="md" component="section">
            <Title order={3} size="h4" mb="xs">
              {t(`home:audiences.${audience.key}.title`)}
            </Title>
            <Text mb="sm">{t(`home:audiences.${audience.key}.text`)}</Text>
            <Text fw={600} size="sm">
              {t('home:linksLabel')}
            </Text>
            <List size="sm">
              {audience.capabilities.map((capability) => (
                <List.Item key={capability}>
                  <Anchor component={Link} to={capabilityLinks[capability]}>
                    {t(`common:capabilities.${capability}.title`)}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Card>
        ))}
      </SimpleGrid>

      <Title order={2} mt="xl" mb="xs">
        {t('home:capabilitiesTitle')}
      </Title>
      <Text mb="md">{t('home:capabilitiesIntro')}</Text>
      <List spacing="xs">
        {(Object.keys(capabilityLinks) as LinkedCapability[]).map((capability) => (
          <List.Item key={capability}>
            <Anchor component={Link} to={capabilityLinks[capability]} fw={600}>
              {t(`common:capabilities.${capability}.title`)}
            </Anchor>
            {t('common:colon')}
            {t(`common:capabilities.${capability}.description`)}
          </List.Item>
        ))}
      </List>
    </>
  );
}
