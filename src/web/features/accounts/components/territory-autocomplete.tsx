import { Autocomplete } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTerritory } from '../api/get-territory.ts';
import { useTerritorySearch } from '../api/search-territories.ts';
import type { Territory } from '../api/search-territories.ts';

type TerritoryAutocompleteProps = {
  id: string;
  /** The chosen INSEE code, or null. */
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string;
  label: string;
};

/**
 * Main territory picker: type a name, a postal code or an INSEE code, choose a suggestion (keyboard: arrows and
 * Enter). Only a chosen suggestion sets the code; the description says which territory is chosen.
 */
export function TerritoryAutocomplete({
  id,
  value,
  onChange,
  error,
  label: fieldLabel,
}: TerritoryAutocompleteProps) {
  const { t } = useTranslation('accounts');
  const saved = useTerritory(value);
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 250);
  const search = useTerritorySearch(debounced);

  const label = (territory: Territory) =>
    t('organisationForm.territoryOption', {
      name: territory.name,
      type: t(`organisationForm.territoryTypes.${territory.type}`),
      code: territory.code,
    });

  // The saved territory's name, once known, fills the field (edit form).
  useEffect(() => {
    if (saved.data && text === '') setText(label(saved.data));
    // Only when the saved territory arrives (text and label are read, not watched).
  }, [saved.data]);

  const byLabel = useMemo(() => {
    const map = new Map<string, Territory>();
    for (const territory of search.data?.items ?? []) map.set(label(territory), territory);
    return map;
    // `label` only depends on the language, read through `t`.
  }, [search.data, t]);

  const chosenName = saved.data?.code === value && saved.data ? saved.data.name : undefined;
  const description = value
    ? t('organisationForm.territoryChosen', { name: chosenName ?? text.split(' – ')[0], code: value })
    : debounced.trim().length >= 2 && search.isSuccess && byLabel.size === 0
      ? t('organisationForm.territoryNoResult')
      : text.trim() !== ''
        ? t('organisationForm.territoryNotChosen')
        : t('organisationForm.territoryHint');

  return (
    <Autocomplete
      id={id}
      label={fieldLabel}
      description={description}
      value={text}
      onChange={(next) => {
        setText(next);
        const territory = byLabel.get(next);
        onChange(territory ? territory.code : null);
      }}
      onOptionSubmit={(option) => {
        const territory = byLabel.get(option);
        if (territory) onChange(territory.code);
      }}
      data={[...byLabel.keys()]}
      filter={({ options }) => options}
      limit={10}
      clearable
      clearButtonProps={{ 'aria-label': t('organisationForm.territoryClear') }}
      onClear={() => {
        setText('');
        onChange(null);
      }}
      error={error}
      autoComplete="off"
    />
  );
}
