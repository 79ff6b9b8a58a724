import '../i18n-runtime.ts';
import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { LegalSection } from '../components/legal-section.tsx';

const defenseurForm = 'https://formulaire.defenseurdesdroits.fr/';
const defenseurDelegates = 'https://www.defenseurdesdroits.fr/carte-des-delegues';

export function Component() {
  const { t } = useTranslation('legal');
  const checks = t('accessibility.checks', { returnObjects: true });
  return (
    <article>
      <PageTitle>{t('accessibility.title')}</PageTitle>
      <Text>{t('accessibility.commitment')}</Text>
      <LegalSection title={t('accessibility.statusTitle')}>
        <Text>{t('accessibility.status')}</Text>
      </LegalSection>
      <LegalSection title={t('accessibility.checksTitle')}>
        <List mb="xs">
          {checks.map((check) => (
            <List.Item key={check}>{check}</List.Item>
          ))}
        </List>
        <Text>{t('accessibility.checksLimit')}</Text>
      </LegalSection>
      <LegalSection title={t('accessibility.feedbackTitle')}>
        <Text>{t('accessibility.feedback')}</Text>
      </LegalSection>
      <LegalSection title={t('accessibility.recourseTitle')}>
        <Text mb="xs">{t('accessibility.recourse')}</Text>
        <List>
          <List.Item>
            <Anchor href={defenseurForm}>{t('accessibility.recourseForm')}</Anchor>
          </List.Item>
          <List.Item>
            <Anchor href={defenseurDelegates}>{t('accessibility.recourseDelegate')}</Anchor>
          </List.Item>
          <List.Item>{t('accessibility.recourseMail')}</List.Item>
        </List>
      </LegalSection>
      <LegalSection title={t('accessibility.dateTitle')}>
        <Text>{t('accessibility.date')}</Text>
      </LegalSection>
    </article>
  );
}
