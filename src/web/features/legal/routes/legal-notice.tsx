import '../i18n-runtime.ts';
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { licenceUrl } from '../../../config/paths.ts';
import { LegalSection } from '../components/legal-section.tsx';

export function Component() {
  const { t } = useTranslation('legal');
  return (
    <article>
      <PageTitle>{t('notice.title')}</PageTitle>
      <LegalSection title={t('notice.softwareTitle')}>
        <Text mb="xs">{t('notice.software')}</Text>
        <Anchor href={licenceUrl} rel="license">
          {t('notice.licenceLink')}
        </Anchor>
      </LegalSection>
      <LegalSection title={t('notice.operatorTitle')}>
        <Text mb="xs">{t('notice.operator')}</Text>
        <Text>{t('notice.operatorPending')}</Text>
      </LegalSection>
      <LegalSection title={t('notice.contentTitle')}>
        <Text>{t('notice.content')}</Text>
      </LegalSection>
    </article>
  );
}
