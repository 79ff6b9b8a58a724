import { Alert, Anchor, List, Text } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../lib/api-client.ts';

type FormErrorSummaryProps = {
  error: ApiError | null;
  ref: Ref<HTMLDivElement>;
  /** The fields of this form: server field name → id of the input and its visible label. */
  fields: Record<string, { id: string; label: string }>;
};

/**
 * The summary of a failed submission, above the form: the server's message, then one link per field in error
 * leading to that field. It receives focus after each failure (see `useFormFeedback`).
 */
export function FormErrorSummary({ error, ref, fields }: FormErrorSummaryProps) {
  const { t } = useTranslation(['forms', 'common']);
  if (!error) return null;
  const entries = Object.entries(error.fields);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      variant="light"
      mb="md"
      title={entries.length > 0 ? t('summaryTitle', { count: entries.length }) : t('summaryTitleGeneric')}
      style={{ outlineOffset: 2 }}
      role="alert"
    >
      <Text size="sm" mb={entries.length > 0 ? 'xs' : 0}>
        {error.message}
      </Text>
      {entries.length > 0 ? (
        <>
          <List size="sm">
            {entries.map(([name, message]) => {
              const field = fields[name];
              return (
                <List.Item key={name}>
                  {field ? (
                    <Anchor
                      href={`#${field.id}`}
                      size="sm"
                      c="red.9"
                      onClick={(event) => {
                        event.preventDefault();
                        document.getElementById(field.id)?.focus();
                      }}
                    >
                      {field.label}
                      {t('common:colon')}
                      {message}
                    </Anchor>
                  ) : (
                    message
                  )}
                </List.Item>
              );
            })}
          </List>
          <Text size="sm" mt="xs">
            {t('summaryHint')}
          </Text>
        </>
      ) : null}
    </Alert>
  );
}
