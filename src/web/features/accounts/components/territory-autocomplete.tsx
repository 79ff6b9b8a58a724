import '../i18n-runtime.ts';
import { Autocomplete } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTerritorySearch } from '../api/search-territories.ts';
import type { Territory } from '../api/search-territories.ts';

export type ChosenTerritory = { code: string; type: Territory['type'] | null; name: string | null };

type TerritoryAutocompleteProps = {
  id: string;
  /** The chosen territory, or null. */
  value: ChosenTerritory | null;
  onChange: (territory: ChosenTerritory | null) => void;
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
  const [text, setText] = useState(() =>
    value ? (value.name ? `${value.name} (${value.code})` : value.code) : '',
  );
  const [debounced] = useDebouncedValue(text, 250);
  const search = useTerritorySearch(debounced);

  const label = (territory: Territory) =>
    t('organisationForm.territoryOption', {
      name: territory.name,
      type: t(`organisationForm.territoryTypes.${territory.type}`),
      code: territory.code,
    });

  const byLabel = useMemo(() => {
    const map = new Map<string, Territory>();
    for (const territory of search.data?.items ?? []) map.set(label(territory), territory);
    return map;
    // `label` only depends on the language, read through `t`.
  }, [search.data, t]);

  const description = value
    ? t('organisationForm.territoryChosen', { name: value.name ?? value.code, code: value.code })
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
        onChange(territory ? { code: territory.code, type: territory.type, name: territory.name } : null);
      }}
      onOptionSubmit={(option) => {
        const territory = byLabel.get(option);
        if (territory) onChange({ code: territory.code, type: territory.type, name: territory.name });
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
