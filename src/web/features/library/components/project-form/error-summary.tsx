import '../../i18n-editor-runtime.ts';
import { Anchor, List, Paper, Text, Title } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../lib/project-form.ts';

/**
 * The summary of what to fix after a failed save (RGAA 11.10, error identification): one link per field, named
 * after its label, leading to the field itself when it is drawn, else to its group.
 */
export function ErrorSummary({
  errors,
  otherError,
  summaryRef,
}: {
  errors: Record<string, string>;
  otherError: string | null;
  summaryRef: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation(['libraryEditor', 'common']);
  const errorNames = Object.keys(errors);

  const labelFor = (name: string): string => {
    const [head, index, leaf] = name.split('.');
    const n = Number(index) + 1;
    switch (head) {
      case 'keyFigures':
        return leaf
          ? `${t('editor.figure.legend', { n })}, ${t(`editor.figure.${leaf}` as 'editor.figure.label')}`
          : t('editor.sections.figures');
      case 'evidence':
        return leaf
          ? `${t('editor.evidenceItem.legend', { n })}, ${t(`editor.evidenceItem.${leaf}` as 'editor.evidenceItem.title')}`
          : t('editor.sections.evidence');
      case 'contacts':
        return leaf
          ? `${t('editor.contact.legend', { n })}, ${t(`editor.contact.${leaf}` as 'editor.contact.name')}`
          : t('editor.sections.contacts');
      case 'links':
        return leaf
          ? `${t('editor.link.legend', { n })}, ${t(`editor.link.${leaf}` as 'editor.link.label')}`
          : t('editor.sections.links');
      case 'organisationId':
        return t('editor.organisation');
      case 'scalingSituation':
        return t('editor.situation');
      case 'sharedWithOrganisationIds':
        return t('editor.sharedWith');
      case 'title':
      case 'summary':
      case 'description':
      case 'themes':
      case 'publics':
      case 'territories':
      case 'phase':
      case 'phaseStatus':
      case 'visibility':
        return t(`editor.${head}`);
      default:
        return name;
    }
  };

  /** Where the summary link leads: the field itself when it is drawn, else its group. */
  const targetOf = (name: string): string => {
    if (typeof document !== 'undefined' && document.getElementById(fieldId(name))) return fieldId(name);
    return fieldId(name.split('.')[0]);
  };

  return (
    <Paper
      ref={summaryRef}
      tabIndex={-1}
      withBorder
      p="md"
      radius="md"
      style={{ borderColor: 'var(--mantine-color-red-9)', borderWidth: 2 }}
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <Title order={2} size="h4" id="error-summary-title" mb="xs">
        {t('editor.errorSummary', { count: Math.max(1, errorNames.length) })}
      </Title>
      {otherError && <Text>{otherError}</Text>}
      <List>
        {errorNames.map((name) => (
          <List.Item key={name}>
            <Anchor
              href={`#${targetOf(name)}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(targetOf(name))?.focus();
              }}
            >
              {labelFor(name)}
              {t('common:colon')}
              {errors[name]}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
