import '../../i18n-editor-runtime.ts';
import { Button, SimpleGrid, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormValues } from '../../lib/project-form.ts';
import { fieldId } from '../../lib/project-form.ts';
import { Fieldset, FormSection } from './form-layout.tsx';
import type { FormApi, RowKey } from './form-layout.tsx';

/** The copy prefix of each list: `editor.<copy>.legend`, `.remove`, `.add` and one label per field. */
type RowCopy = 'figure' | 'evidenceItem' | 'contact' | 'link';

type Row<K extends RowKey> = FormValues[K][number];
type TextLeaf<K extends RowKey> = {
  [L in keyof Row<K>]: Row<K>[L] extends string ? L : never;
}[keyof Row<K>] &
  string;

/** What a section's row renderer gets: the row, and a text field already wired to its value, label and error. */
export type RowTools<K extends RowKey> = {
  row: Row<K>;
  index: number;
  /** The field's form name, as the server names it in its errors (`contacts.2.email`). */
  name: (leaf: string) => string;
  text: (
    leaf: TextLeaf<K>,
    options?: { type?: string; required?: boolean; inputMode?: 'decimal' | 'numeric' },
  ) => ReactNode;
};

/**
 * A section of the project form made of repeated rows (key figures, evidence, contacts, links): each row a fieldset
 * numbered in its legend with a named remove button, then an add button. The sections differ only by their fields.
 */
export function RowsSection<K extends RowKey>({
  form,
  list,
  sectionId,
  copy,
  empty,
  children,
}: {
  form: FormApi;
  list: K;
  sectionId: string;
  copy: RowCopy;
  empty: Row<K>;
  children: (tools: RowTools<K>) => ReactNode;
}) {
  const { t } = useTranslation('libraryEditor');
  const { values, setRow, addRow, removeRow, err } = form;
  const rows = values[list] as Row<K>[];
  return (
    <FormSection id={sectionId} title={t(`editor.sections.${sectionId}` as 'editor.sections.figures')}>
      <div id={fieldId(list)} tabIndex={-1} />
      {rows.map((row, index) => {
        const n = index + 1;
        const name = (leaf: string) => `${list}.${index}.${leaf}`;
        const text: RowTools<K>['text'] = (leaf, options = {}) => (
          <TextInput
            id={fieldId(name(leaf))}
            label={t(`editor.${copy}.${leaf}` as 'editor.figure.label')}
            type={options.type ?? 'text'}
            required={options.required ?? false}
            inputMode={options.inputMode}
            value={row[leaf] as string}
            onChange={(event) =>
              setRow(list, index, { [leaf]: event.currentTarget.value } as Partial<Row<K>>)
            }
            error={err(name(leaf))}
          />
        );
        return (
          <Fieldset key={index} legend={t(`editor.${copy}.legend`, { n })}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {children({ row, index, name, text })}
            </SimpleGrid>
            <Button
              variant="subtle"
              color="dark"
              size="compact-sm"
              mt="xs"
              onClick={() => removeRow(list, index)}
            >
              {t(`editor.${copy}.remove`, { n })}
            </Button>
          </Fieldset>
        );
      })}
      <Button
        variant="outline"
        onClick={() => addRow(list, { ...empty })}
        style={{ alignSelf: 'flex-start' }}
      >
        {t(`editor.${copy}.add`)}
      </Button>
    </FormSection>
  );
}
