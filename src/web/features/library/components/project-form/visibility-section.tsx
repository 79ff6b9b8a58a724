import '../../i18n-editor-runtime.ts';
import '../../i18n-runtime.ts';
import { Checkbox, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyOrganisation } from '../../api/get-my-organisations.ts';
import { visibilities } from '../../api/types.ts';
import { fieldId } from '../../lib/project-form.ts';
import type { FormValues } from '../../lib/project-form.ts';
import { Fieldset, FormSection } from './form-layout.tsx';
import type { FormApi } from './form-layout.tsx';

export function VisibilitySection({ form, others }: { form: FormApi; others: MyOrganisation[] }) {
  const { t } = useTranslation(['libraryEditor', 'library']);
  const { values, set, err } = form;
  return (
    <FormSection id="visibility" title={t('editor.sections.visibility')}>
      <Radio.Group
        id={fieldId('visibility')}
        label={t('editor.visibility')}
        value={values.visibility}
        onChange={(value) => set('visibility', value as FormValues['visibility'])}
        error={err('visibility')}
      >
        <Stack gap={6} mt={6}>
          {visibilities.map((visibility) => (
            <Radio key={visibility} value={visibility} label={t(`library:visibilities.${visibility}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {values.visibility === 'shared' && (
        <Fieldset id={fieldId('sharedWithOrganisationIds')} legend={t('editor.sharedWith')}>
          <Text size="sm" c="dimmed" mb={6}>
            {others.length > 0 ? t('editor.sharedWithHint') : t('editor.sharedWithNone')}
          </Text>
          <Stack gap={6}>
            {others.map((organisation) => (
              <Checkbox
                key={organisation.id}
                label={organisation.name}
                checked={values.sharedWithOrganisationIds.includes(organisation.id)}
                onChange={(event) =>
                  set(
                    'sharedWithOrganisationIds',
                    event.currentTarget.checked
                      ? [...values.sharedWithOrganisationIds, organisation.id]
                      : values.sharedWithOrganisationIds.filter((id) => id !== organisation.id),
                  )
                }
              />
            ))}
          </Stack>
          {err('sharedWithOrganisationIds', true) && (
            <Text c="red.9" size="sm" mt={4}>
              {err('sharedWithOrganisationIds', true)}
            </Text>
          )}
        </Fieldset>
      )}
    </FormSection>
  );
}
