import { emptyContact, emptyLink } from '../../lib/project-form.ts';
import type { FormApi } from './form-layout.tsx';
import { RowsSection } from './rows-section.tsx';

export function ContactsSection({ form }: { form: FormApi }) {
  return (
    <RowsSection form={form} list="contacts" sectionId="contacts" copy="contact" empty={emptyContact}>
      {({ text }) => (
        <>
          {text('name', { required: true })}
          {text('role')}
          {text('email', { type: 'email' })}
          {text('phone', { type: 'tel' })}
          {text('url', { type: 'url' })}
        </>
      )}
    </RowsSection>
  );
}

export function LinksSection({ form }: { form: FormApi }) {
  return (
    <RowsSection form={form} list="links" sectionId="links" copy="link" empty={emptyLink}>
      {({ text }) => (
        <>
          {text('label', { required: true })}
          {text('url', { type: 'url', required: true })}
        </>
      )}
    </RowsSection>
  );
}
