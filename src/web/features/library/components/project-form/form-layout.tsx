import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FormValues } from '../../lib/project-form.ts';

export type RowKey = 'keyFigures' | 'evidence' | 'contacts' | 'links';

/** What every section of the project form reads and changes: the values, their setters and the errors by field. */
export type FormApi = {
  values: FormValues;
  set: <K extends keyof FormValues>(key: K, value: FormValues[K]) => void;
  setRow: <K extends RowKey>(key: K, index: number, patch: Partial<FormValues[K][number]>) => void;
  addRow: <K extends RowKey>(key: K, row: FormValues[K][number]) => void;
  removeRow: (key: RowKey, index: number) => void;
  /** The error of a field, or of anything below it for grouped fields (`territories` shows `territories.2.code`). */
  err: (name: string, grouped?: boolean) => string | undefined;
};

export function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={`${id}-title`}>
      <Title order={2} size="h3" mb="sm" id={`${id}-title`}>
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

export function Fieldset({ id, legend, children }: { id?: string; legend: string; children: ReactNode }) {
  return (
    <fieldset
      id={id}
      tabIndex={id ? -1 : undefined}
      style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
    >
      <Text component="legend" fw={600} size="sm" mb={6}>
        {legend}
      </Text>
      {children}
    </fieldset>
  );
}
