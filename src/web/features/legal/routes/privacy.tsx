import '../i18n-runtime.ts';
import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { LegalSection } from '../components/legal-section.tsx';

const cnilComplaint = 'https://www.cnil.fr/fr/adresser-une-plainte';

export function Component() {
  const { t } = useTranslation('legal');
  const data = t('privacy.data', { returnObjects: true });
  return (
    <article>
      <PageTitle>{t('privacy.title')}</PageTitle>
      <Text>{t('privacy.intro')}</Text>
      <LegalSection title={t('privacy.controllerTitle')}>
        <Text>{t('privacy.controller')}</Text>
      </LegalSection>
      <LegalSection title={t('privacy.dataTitle')}>
        <List>
          {data.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      </LegalSection>
      <LegalSection title={t('privacy.purposeTitle')}>
        <Text>{t('privacy.purpose')}</Text>
      </LegalSection>
      <LegalSection title={t('privacy.retentionTitle')}>
        <Text>{t('privacy.retention')}</Text>
      </LegalSection>
      <LegalSection title={t('privacy.recipientsTitle')}>
        <Text>{t('privacy.recipients')}</Text>
      </LegalSection>
      <LegalSection title={t('privacy.rightsTitle')}>
        <Text mb="xs">{t('privacy.rights')}</Text>
        <Anchor href={cnilComplaint}>{t('privacy.cnilLink')}</Anchor>
      </LegalSection>
      <LegalSection title={t('privacy.cookiesTitle')}>
        <Text mb="xs">{t('privacy.cookies')}</Text>
        <Text>{t('privacy.localStorage')}</Text>
      </LegalSection>
    </article>
  );
}
