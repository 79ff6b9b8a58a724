import { Button, Group, TextInput } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths.ts';
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
          <TextInput
            id={inputId}
            type="search"
            name="q"
            label={t('search.label')}
            placeholder={t('search.placeholder')}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            style={{ flex: '1 1 16rem' }}
            maxLength={200}
          />
          <Button type="submit">{t('search.submit')}</Button>
        </Group>
      </form>
    </div>
  );
}
