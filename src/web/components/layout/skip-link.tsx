import { useTranslation } from 'react-i18next';
import classes from './skip-link.module.css';

export const mainContentId = 'contenu';

/** « Aller au contenu »: first focusable element, visible when focused. Moves focus into the main landmark. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href={`#${mainContentId}`}
      className={classes.skipLink}
      onClick={(event) => {
        // Focus the landmark ourselves: a hash change would count as a navigation for the router.
        event.preventDefault();
        const main = document.getElementById(mainContentId);
        main?.focus();
        main?.scrollIntoView();
      }}
    >
      {t('skipLink')}
    </a>
  );
}
