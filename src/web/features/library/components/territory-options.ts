// Its copy comes with it (decision 005).
import '../i18n-runtime.ts';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTerritorySearch } from '../api/search-territories.ts';
import type { Territory, TerritoryType } from '../api/types.ts';

// What both territory pickers share: their props and their options, searched on the server as the visitor types.
// Apart from either picker, so that the forms' several-territories picker (Mantine's Autocomplete) does not bring
// the one-territory picker's downshift along, nor the other way round.
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
