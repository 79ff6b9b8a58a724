import { Anchor, VisuallyHidden } from '@mantine/core';
import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { linkGlossaryTerms } from '../../../../core/method/glossary-links.ts';
import { methodItemHref } from '../lib/method-links.ts';
import { useGlossary } from './glossary-context.tsx';
import type { GlossaryContextValue } from './glossary-context.tsx';
import classes from './method.module.css';

/** One glossary link: the word as written, its definition as a tooltip, and « (définition) » for screen readers. */
export function GlossaryTermLink({ termId, children }: { termId: string; children: string }) {
  const { t } = useTranslation('method');
  const glossary = useGlossary();
  const term = glossary?.terms.get(termId);
  return (
    <Anchor
      component={Link}
      to={methodItemHref('glossary', termId)}
      className={classes.glossaryLink}
      title={term ? `${term.term} : ${term.definition}` : undefined}
      underline="never"
    >
      {children}
      <VisuallyHidden> {t('glossaryLinkHint')}</VisuallyHidden>
    </Anchor>
  );
}

/** Cuts a text into glossary links and plain text, sharing `seen` with the other texts of the same block. */
export function renderWithGlossary(
  text: string,
  glossary: GlossaryContextValue | null,
  seen: Set<string>,
  keyPrefix: string,
): ReactNode {
  if (!glossary) return text;
  return linkGlossaryTerms(text, glossary.matcher, seen, glossary.excludeId).map((segment, index) =>
    segment.termId ? (
      <GlossaryTermLink key={`${keyPrefix}-${index}`} termId={segment.termId}>
        {segment.text}
      </GlossaryTermLink>
    ) : (
      <Fragment key={`${keyPrefix}-${index}`}>{segment.text}</Fragment>
    ),
  );
}

/**
 * A plain text (not Markdown) whose glossary terms link to their definition: the first occurrence of each term in
 * this block only, so a paragraph does not turn into a list of links.
 */
export function GlossaryText({ children }: { children: string }) {
  const glossary = useGlossary();
  // A fresh set per render: rendering twice (StrictMode) gives the same links.
  return <>{renderWithGlossary(children, glossary, new Set(), 'g')}</>;
}
