// Its copy comes with it (decision 005).
import '../i18n-runtime.ts';
import { Autocomplete, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTerritorySearch } from '../api/search-territories.ts';
import type { Territory, TerritoryType } from '../api/types.ts';

// One territory at a time (« près de chez moi », the search's proximity sort). The several-territories picker of the
// forms (territory-picker.tsx) shares its options; apart, these pages do not carry its pills and buttons.
export type TerritoryPickerProps = {
  label: string;
  description?: string;
  types: readonly TerritoryType[];
  error?: string;
  id?: string;
};

export function useTerritoryOptions(query: string, types: readonly TerritoryType[]) {
  const { t } = useTranslation('library');
  const [debounced] = useDebouncedValue(query, 200);
  const search = useTerritorySearch(debounced, types);
  const byLabel = useMemo(() => {
    const map = new Map<string, Territory>();
    for (const territory of search.data?.items ?? []) {
      const type = t(`territoryTypes.${territory.type}`);
      const label =
        territory.type === 'commune' && territory.postalCodes[0]
          ? t('territoryPicker.optionWithPostal', {
              name: territory.name,
              postal: territory.postalCodes[0],
              type,
            })
          : t('territoryPicker.option', { name: territory.name, type, code: territory.code });
      map.set(map.has(label) ? `${label} – ${territory.code}` : label, territory);
    }
    return map;
  }, [search.data, t]);
  // Said after the field (and announced) when a search found nothing: the dropdown then stays closed.
  const nothingFound =
    query.trim().length >= 2 &&
    debounced === query &&
    search.isSuccess &&
    !search.isFetching &&
    search.data.items.length === 0
      ? t('territoryPicker.noResult')
      : '';
  return { byLabel, nothingFound };
}

/** Choose one territory (for example the commune of « près de chez moi ») with an autocomplete. */
export function TerritoryPicker({
  onPick,
  ...props
}: TerritoryPickerProps & { onPick: (territory: Territory) => void; defaultValue?: string }) {
  const [query, setQuery] = useState(props.defaultValue ?? '');
  const { byLabel, nothingFound } = useTerritoryOptions(query, props.types);
  return (
    <Stack gap={4}>
      <Autocomplete
        id={props.id}
        label={props.label}
        description={props.description}
        error={props.error}
        value={query}
        onChange={setQuery}
        data={[...byLabel.keys()]}
        // The server already matched: no second filtering here (it would hide matches by postal code).
        filter={({ options }) => options}
        limit={10}
        onOptionSubmit={(label) => {
          const territory = byLabel.get(label);
          if (territory) {
            setQuery(territory.name);
            onPick(territory);
          }
        }}
      />
      <Text size="sm" role="status">
        {nothingFound}
      </Text>
    </Stack>
  );
}
