import { Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

type PageTitleProps = {
  /** The page's main heading, also used in the document title unless `documentTitle` is given. */
  children: string;
  documentTitle?: string;
};

/**
 * The main heading of a page (one per page). Sets `document.title` to « Page – Essaim » and, after a client-side
 * navigation, moves focus to the heading so screen-reader and keyboard users start on the new page (RGAA 12.x).
 * On the first load focus stays at the top of the document, so the skip link remains the first stop.
 */
export function PageTitle({ children, documentTitle }: PageTitleProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const page = documentTitle ?? children;

  useEffect(() => {
    document.title = t('documentTitle', { page });
  }, [t, page]);

  useEffect(() => {
    if (location.key !== 'default') heading.current?.focus();
  }, [location.key]);

  return (
    <Title order={1} ref={heading} tabIndex={-1} mb="md" style={{ outlineOffset: 4 }}>
      {children}
    </Title>
  );
}
