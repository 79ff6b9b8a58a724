import '../../i18n-editor-runtime.ts';
import '../../i18n-runtime.ts';
import { Checkbox, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { evidenceKinds } from '../../api/types.ts';
import { emptyEvidence, emptyFigure, fieldId } from '../../lib/project-form.ts';
import type { FormApi } from './form-layout.tsx';
import { RowsSection } from './rows-section.tsx';

export function FiguresSection({ form }: { form: FormApi }) {
  const { t } = useTranslation(['libraryEditor', 'library']);
  return (
    <RowsSection form={form} list="keyFigures" sectionId="figures" copy="figure" empty={emptyFigure}>
      {({ row, index, text }) => (
        <>
          {text('label', { required: true })}
          {text('value', { required: true, inputMode: 'decimal' })}
          {text('unit')}
          {text('year', { inputMode: 'numeric' })}
          {text('sourceUrl', { type: 'url' })}
          <Checkbox
            mt="lg"
            label={t('editor.figure.uncertain')}
            checked={row.uncertain}
            onChange={(event) => form.setRow('keyFigures', index, { uncertain: event.currentTarget.checked })}
          />
        </>
      )}
    </RowsSection>
  );
}

export function EvidenceSection({ form }: { form: FormApi }) {
  const { t } = useTranslation(['libraryEditor', 'library']);
  return (
    <RowsSection form={form} list="evidence" sectionId="evidence" copy="evidenceItem" empty={emptyEvidence}>
      {({ row, index, name, text }) => (
        <>
          <Select
            id={fieldId(name('kind'))}
            label={t('editor.evidenceItem.kind')}
            data={evidenceKinds.map((kind) => ({ value: kind, label: t(`library:evidenceKinds.${kind}`) }))}
            value={row.kind}
            onChange={(value) => value && form.setRow('evidence', index, { kind: value as typeof row.kind })}
            allowDeselect={false}
            error={form.err(name('kind'))}
          />
          {text('title', { required: true })}
          {text('url', { type: 'url' })}
          {text('year', { inputMode: 'numeric' })}
        </>
      )}
    </RowsSection>
  );
}
