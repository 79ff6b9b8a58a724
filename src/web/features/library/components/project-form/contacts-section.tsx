import { Button, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { emptyContact, emptyLink, fieldId } from '../../lib/project-form.ts';
import { Fieldset, FormSection } from './form-layout.tsx';
import type { FormApi } from './form-layout.tsx';

export function ContactsSection({ form }: { form: FormApi }) {
  const { t } = useTranslation('library');
  const { values, setRow, addRow, removeRow, err } = form;
  return (
    <FormSection id="contacts" title={t('editor.sections.contacts')}>
      <div id={fieldId('contacts')} tabIndex={-1} />
      {values.contacts.map((row, index) => {
        const n = index + 1;
        const name = (leaf: string) => `contacts.${index}.${leaf}`;
        const input = (
          leaf: 'name' | 'role' | 'email' | 'phone' | 'url',
          type = 'text',
          required = false,
        ) => (
          <TextInput
            id={fieldId(name(leaf))}
            label={t(`editor.contact.${leaf}`)}
            type={type}
            required={required}
            value={row[leaf]}
            onChange={(event) => setRow('contacts', index, { [leaf]: event.currentTarget.value })}
            error={err(name(leaf))}
          />
        );
        return (
          <Fieldset key={index} legend={t('editor.contact.legend', { n })}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {input('name', 'text', true)}
              {input('role')}
              {input('email', 'email')}
              {input('phone', 'tel')}
              {input('url', 'url')}
            </SimpleGrid>
            <Button
              variant="subtle"
              color="dark"
              size="compact-sm"
              mt="xs"
              onClick={() => removeRow('contacts', index)}
            >
              {t('editor.contact.remove', { n })}
            </Button>
          </Fieldset>
        );
      })}
      <Button
        variant="outline"
        onClick={() => addRow('contacts', { ...emptyContact })}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('editor.contact.add')}
      </Button>
    </FormSection>
  );
}

export function LinksSection({ form }: { form: FormApi }) {
  const { t } = useTranslation('library');
  const { values, setRow, addRow, removeRow, err } = form;
  return (
    <FormSection id="links" title={t('editor.sections.links')}>
      <div id={fieldId('links')} tabIndex={-1} />
      {values.links.map((row, index) => {
        const n = index + 1;
        const name = (leaf: string) => `links.${index}.${leaf}`;
        return (
          <Fieldset key={index} legend={t('editor.link.legend', { n })}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                id={fieldId(name('label'))}
                label={t('editor.link.label')}
                required
                value={row.label}
                onChange={(event) => setRow('links', index, { label: event.currentTarget.value })}
                error={err(name('label'))}
              />
              <TextInput
                id={fieldId(name('url'))}
                label={t('editor.link.url')}
                type="url"
                required
                value={row.url}
                onChange={(event) => setRow('links', index, { url: event.currentTarget.value })}
                error={err(name('url'))}
              />
            </SimpleGrid>
            <Button
              variant="subtle"
              color="dark"
              size="compact-sm"
              mt="xs"
              onClick={() => removeRow('links', index)}
            >
              {t('editor.link.remove', { n })}
            </Button>
          </Fieldset>
        );
      })}
      <Button
        variant="outline"
        onClick={() => addRow('links', { ...emptyLink })}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('editor.link.add')}
      </Button>
    </FormSection>
  );
}
