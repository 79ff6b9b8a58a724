import { Button, Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { evidenceKinds } from '../../api/types.ts';
import { emptyEvidence, emptyFigure, fieldId } from '../../lib/project-form.ts';
import { Fieldset, FormSection } from './form-layout.tsx';
import type { FormApi } from './form-layout.tsx';

export function FiguresSection({ form }: { form: FormApi }) {
  const { t } = useTranslation('library');
  const { values, setRow, addRow, removeRow, err } = form;
  return (
    <FormSection id="figures" title={t('editor.sections.figures')}>
      <div id={fieldId('keyFigures')} tabIndex={-1} />
      {values.keyFigures.map((row, index) => {
        const n = index + 1;
        const name = (leaf: string) => `keyFigures.${index}.${leaf}`;
        return (
          <Fieldset key={index} legend={t('editor.figure.legend', { n })}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                id={fieldId(name('label'))}
                label={t('editor.figure.label')}
                required
                value={row.label}
                onChange={(event) => setRow('keyFigures', index, { label: event.currentTarget.value })}
                error={err(name('label'))}
              />
              <TextInput
                id={fieldId(name('value'))}
                label={t('editor.figure.value')}
                required
                inputMode="decimal"
                value={row.value}
                onChange={(event) => setRow('keyFigures', index, { value: event.currentTarget.value })}
                error={err(name('value'))}
              />
              <TextInput
                id={fieldId(name('unit'))}
                label={t('editor.figure.unit')}
                value={row.unit}
                onChange={(event) => setRow('keyFigures', index, { unit: event.currentTarget.value })}
                error={err(name('unit'))}
              />
              <TextInput
                id={fieldId(name('year'))}
                label={t('editor.figure.year')}
                inputMode="numeric"
                value={row.year}
                onChange={(event) => setRow('keyFigures', index, { year: event.currentTarget.value })}
                error={err(name('year'))}
              />
              <TextInput
                id={fieldId(name('sourceUrl'))}
                label={t('editor.figure.sourceUrl')}
                type="url"
                value={row.sourceUrl}
                onChange={(event) => setRow('keyFigures', index, { sourceUrl: event.currentTarget.value })}
                error={err(name('sourceUrl'))}
              />
              <Checkbox
                mt="lg"
                label={t('editor.figure.uncertain')}
                checked={row.uncertain}
                onChange={(event) => setRow('keyFigures', index, { uncertain: event.currentTarget.checked })}
              />
            </SimpleGrid>
            <Button
              variant="subtle"
              color="dark"
              size="compact-sm"
              mt="xs"
              onClick={() => removeRow('keyFigures', index)}
            >
              {t('editor.figure.remove', { n })}
            </Button>
          </Fieldset>
        );
      })}
      <Button
        variant="outline"
        onClick={() => addRow('keyFigures', { ...emptyFigure })}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('editor.figure.add')}
      </Button>
    </FormSection>
  );
}

export function EvidenceSection({ form }: { form: FormApi }) {
  const { t } = useTranslation('library');
  const { values, setRow, addRow, removeRow, err } = form;
  return (
    <FormSection id="evidence" title={t('editor.sections.evidence')}>
      <div id={fieldId('evidence')} tabIndex={-1} />
      {values.evidence.map((row, index) => {
        const n = index + 1;
        const name = (leaf: string) => `evidence.${index}.${leaf}`;
        return (
          <Fieldset key={index} legend={t('editor.evidenceItem.legend', { n })}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                id={fieldId(name('kind'))}
                label={t('editor.evidenceItem.kind')}
                data={evidenceKinds.map((kind) => ({ value: kind, label: t(`evidenceKinds.${kind}`) }))}
                value={row.kind}
                onChange={(value) => value && setRow('evidence', index, { kind: value as typeof row.kind })}
                allowDeselect={false}
                error={err(name('kind'))}
              />
              <TextInput
                id={fieldId(name('title'))}
                label={t('editor.evidenceItem.title')}
                required
                value={row.title}
                onChange={(event) => setRow('evidence', index, { title: event.currentTarget.value })}
                error={err(name('title'))}
              />
              <TextInput
                id={fieldId(name('url'))}
                label={t('editor.evidenceItem.url')}
                type="url"
                value={row.url}
                onChange={(event) => setRow('evidence', index, { url: event.currentTarget.value })}
                error={err(name('url'))}
              />
              <TextInput
                id={fieldId(name('year'))}
                label={t('editor.evidenceItem.year')}
                inputMode="numeric"
                value={row.year}
                onChange={(event) => setRow('evidence', index, { year: event.currentTarget.value })}
                error={err(name('year'))}
              />
            </SimpleGrid>
            <Button
              variant="subtle"
              color="dark"
              size="compact-sm"
              mt="xs"
              onClick={() => removeRow('evidence', index)}
            >
              {t('editor.evidenceItem.remove', { n })}
            </Button>
          </Fieldset>
        );
      })}
      <Button
        variant="outline"
        onClick={() => addRow('evidence', { ...emptyEvidence })}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('editor.evidenceItem.add')}
      </Button>
    </FormSection>
  );
}
