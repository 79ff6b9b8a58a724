import { Button, Group } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths.ts';
import fieldClasses from '../../../components/forms/native-field.module.css';
import classes from './method.module.css';

/** The search box of the method: a search landmark whose submission opens the results page. */
export function MethodSearchForm({ initialQuery = '' }: { initialQuery?: string }) {
  const { t } = useTranslation('method');
  const navigate = useNavigate();
  const [query, setQuery] = useState(initialQuery);
  const inputId = useId();
  return (
    <div className={classes.noPrint}>
      <form
        role="search"
        aria-label={t('search.label')}
        onSubmit={(event) => {
          event.preventDefault();
          void navigate(paths.methodSearch.getHref(query.trim()));
        }}
      >
        <Group align="flex-end" gap="xs" wrap="wrap">
          {/* A native field drawn like Mantine's TextInput (components/forms/native-field.module.css): this form is on every public page of
              the method, and Mantine's Input with its wrapper would add about 4 KB gzip to them for one field. */}
          <div className={`${fieldClasses.field} ${classes.searchField}`}>
            <label htmlFor={inputId} className={fieldClasses.label}>
              {t('search.label')}
            </label>
            <input
              id={inputId}
              className={fieldClasses.input}
              type="search"
              name="q"
              placeholder={t('search.placeholder')}
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
              maxLength={200}
            />
          </div>
          <Button type="submit">{t('search.submit')}</Button>
        </Group>
      </form>
    </div>
  );
}
