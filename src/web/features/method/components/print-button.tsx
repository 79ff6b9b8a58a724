import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './method.module.css';

/** Opens the browser's print dialog; the print style sheet hides navigation and expands the content. */
export function PrintButton() {
  const { t } = useTranslation('method');
  return (
    <Button
      variant="default"
      className={classes.noPrint}
      onClick={() => window.print()}
      title={t('printHint')}
    >
      {t('print')}
    </Button>
  );
}
