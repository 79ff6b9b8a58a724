import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languages } from '../../i18n/i18n.ts';

/** « Français / English »: two toggle buttons; the pressed one is the current language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  return (
    <Group gap={4} role="group" aria-label={t('language.label')} wrap="nowrap">
      {languages.map((language) => (
        <Button
          key={language}
          size="compact-sm"
          variant={current === language ? 'filled' : 'subtle'}
          aria-pressed={current === language}
          lang={language}
          onClick={() => {
            void i18n.changeLanguage(language);
          }}
        >
          {t(`language.${language}`)}
        </Button>
      ))}
    </Group>
  );
}
