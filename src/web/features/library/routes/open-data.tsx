import '../i18n-runtime.ts';
import { Anchor, List, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { serverPaths } from '../../../config/paths.ts';
import { apiBase } from '../../../lib/api-client.ts';
import { LibraryNav } from '../components/library-nav.tsx';

const licenceUrl = 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <Title order={2} size="h3" mt="xl" mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

export function Component() {
  const { t } = useTranslation('library');
  const content = t('openData.content', { returnObjects: true });
  return (
    <>
      <PageTitle>{t('openData.title')}</PageTitle>
      <Text size="lg" mb="md" maw="48rem">
        {t('openData.intro')}
      </Text>
      <LibraryNav />
      <Section title={t('openData.licenceTitle')}>
        <Text mb="xs" maw="48rem">
          {t('openData.licence')}
        </Text>
        <Anchor href={licenceUrl} rel="license">
          {t('openData.licenceLink')}
        </Anchor>
      </Section>
      <Section title={t('openData.contentTitle')}>
        <List withPadding maw="48rem">
          {content.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      </Section>
      <Section title={t('openData.downloadsTitle')}>
        <List withPadding spacing="xs">
          <List.Item>
            <Anchor href={`${apiBase}/open-data/projects.csv`} download>
              {t('openData.csv')}
            </Anchor>
          </List.Item>
          <List.Item>
            <Anchor href={`${apiBase}/open-data/projects.json`} download>
              {t('openData.json')}
            </Anchor>
          </List.Item>
          <List.Item>
            <Anchor href={`${apiBase}/open-data/datapackage.json`}>{t('openData.schema')}</Anchor>
          </List.Item>
        </List>
      </Section>
      <Section title={t('openData.apiTitle')}>
        <Text mb="xs">{t('openData.api')}</Text>
        <Anchor href={serverPaths.apiReference}>{t('openData.apiLink')}</Anchor>
      </Section>
    </>
  );
}
