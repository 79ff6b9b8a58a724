import '../../i18n-editor-runtime.ts';
import '../../i18n-runtime.ts';
import { Checkbox, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { phases, phaseStatuses, situations } from '../../api/types.ts';
import { fieldId } from '../../lib/project-form.ts';
import type { FormValues } from '../../lib/project-form.ts';
import { TerritoryMultiPicker } from '../territory-picker.tsx';
import { FormSection } from './form-layout.tsx';
import type { FormApi } from './form-layout.tsx';

export function StageSection({ form }: { form: FormApi }) {
  const { t } = useTranslation(['libraryEditor', 'library']);
  const { values, set, err } = form;
  return (
    <FormSection id="stage" title={t('editor.sections.stage')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          id={fieldId('phase')}
          label={t('editor.phase')}
          data={phases.map((phase) => ({ value: phase, label: t(`library:phases.${phase}`) }))}
          value={values.phase}
          onChange={(value) => value && set('phase', value as FormValues['phase'])}
          allowDeselect={false}
          error={err('phase')}
        />
        <Select
          id={fieldId('phaseStatus')}
          label={t('editor.phaseStatus')}
          data={phaseStatuses.map((status) => ({ value: status, label: t(`library:statuses.${status}`) }))}
          value={values.phaseStatus}
          onChange={(value) => value && set('phaseStatus', value as FormValues['phaseStatus'])}
          allowDeselect={false}
          error={err('phaseStatus')}
        />
      </SimpleGrid>
      <Select
        id={fieldId('scalingSituation')}
        label={t('editor.situation')}
        data={[
          { value: '', label: t('editor.situationNone') },
          ...situations.map((situation) => ({
            value: situation,
            label: t(`library:situations.${situation}`),
          })),
        ]}
        value={values.scalingSituation}
        onChange={(value) => set('scalingSituation', (value ?? '') as FormValues['scalingSituation'])}
        allowDeselect={false}
        error={err('scalingSituation')}
      />
      <Checkbox
        id={fieldId('isCaseStudy')}
        label={t('editor.caseStudy')}
        checked={values.isCaseStudy}
        onChange={(event) => set('isCaseStudy', event.currentTarget.checked)}
      />
    </FormSection>
  );
}

export function TerritoriesSection({ form }: { form: FormApi }) {
  const { t } = useTranslation(['libraryEditor', 'library']);
  const { values, set, err } = form;
  return (
    <FormSection id="territories" title={t('editor.sections.territories')}>
      <TerritoryMultiPicker
        id={fieldId('territories')}
        label={t('editor.territories')}
        description={t('editor.territoriesHint')}
        types={['commune', 'epci', 'departement', 'region']}
        value={values.territories}
        onChange={(value) => set('territories', value)}
        error={err('territories', true)}
      />
    </FormSection>
  );
}
