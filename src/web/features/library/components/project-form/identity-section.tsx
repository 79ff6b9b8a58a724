import '../../i18n-editor-runtime.ts';
import '../../i18n-runtime.ts';
import { Checkbox, Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyOrganisation } from '../../api/get-my-organisations.ts';
import { themes } from '../../api/types.ts';
import { fieldId } from '../../lib/project-form.ts';
import { Fieldset, FormSection } from './form-layout.tsx';
import type { FormApi } from './form-layout.tsx';

export function IdentitySection({
  form,
  mode,
  writable,
}: {
  form: FormApi;
  mode: 'create' | 'edit';
  writable: MyOrganisation[];
}) {
  const { t } = useTranslation(['libraryEditor', 'library']);
  const { values, set, err } = form;
  return (
    <FormSection id="identity" title={t('editor.sections.identity')}>
      {mode === 'create' && (
        <Select
          id={fieldId('organisationId')}
          label={t('editor.organisation')}
          required
          data={writable.map((o) => ({ value: o.id, label: o.name }))}
          value={values.organisationId || null}
          onChange={(value) => set('organisationId', value ?? '')}
          error={err('organisationId')}
          allowDeselect={false}
        />
      )}
      <TextInput
        id={fieldId('title')}
        label={t('editor.title')}
        required
        value={values.title}
        onChange={(event) => set('title', event.currentTarget.value)}
        error={err('title')}
        maxLength={200}
      />
      <Textarea
        id={fieldId('summary')}
        label={t('editor.summary')}
        description={t('editor.summaryHint')}
        value={values.summary}
        onChange={(event) => set('summary', event.currentTarget.value)}
        error={err('summary')}
        autosize
        minRows={4}
      />
      <Textarea
        id={fieldId('description')}
        label={t('editor.description')}
        description={t('editor.descriptionHint')}
        value={values.description}
        onChange={(event) => set('description', event.currentTarget.value)}
        error={err('description')}
        autosize
        minRows={6}
      />
      <Fieldset id={fieldId('themes')} legend={`${t('editor.themes')} (${t('editor.themesHint')})`}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing={6}>
          {themes.map((theme) => (
            <Checkbox
              key={theme}
              label={t(`library:themes.${theme}`)}
              checked={values.themes.includes(theme)}
              onChange={(event) =>
                set(
                  'themes',
                  event.currentTarget.checked
                    ? [...values.themes, theme]
                    : values.themes.filter((value) => value !== theme),
                )
              }
            />
          ))}
        </SimpleGrid>
        {err('themes', true) && (
          <Text c="red.9" size="sm" mt={4}>
            {err('themes', true)}
          </Text>
        )}
      </Fieldset>
      <Textarea
        id={fieldId('publics')}
        label={t('editor.publics')}
        description={t('editor.publicsHint')}
        value={values.publics}
        onChange={(event) => set('publics', event.currentTarget.value)}
        error={err('publics', true)}
        autosize
        minRows={2}
      />
    </FormSection>
  );
}
