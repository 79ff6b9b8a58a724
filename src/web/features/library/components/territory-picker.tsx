// Its copy comes with it (decision 005): the sites' request form uses it too.
import '../i18n-runtime.ts';
import { ActionIcon, Autocomplete, Group, Pill, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTerritorySearch } from '../api/search-territories.ts';
import type { Territory, TerritoryType } from '../api/types.ts';

export type PickedTerritory = Pick<Territory, 'type' | 'code' | 'name'>;

type CommonProps = {
  label: string;
  description?: string;
  types: readonly TerritoryType[];
  error?: string;
  id?: string;
};

function useOptions(query: string, types: readonly TerritoryType[]) {
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
}: CommonProps & { onPick: (territory: Territory) => void; defaultValue?: string }) {
  const [query, setQuery] = useState(props.defaultValue ?? '');
  const { byLabel, nothingFound } = useOptions(query, props.types);
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

/** Choose several territories: an autocomplete, then the chosen ones as a list, each with its remove button. */
export function TerritoryMultiPicker({
  value,
  onChange,
  ...props
}: CommonProps & { value: PickedTerritory[]; onChange: (value: PickedTerritory[]) => void }) {
  const { t } = useTranslation('library');
  const [query, setQuery] = useState('');
  const { byLabel, nothingFound } = useOptions(query, props.types);
  return (
    <Stack gap="xs">
      <Autocomplete
        id={props.id}
        label={props.label}
        description={props.description}
        error={props.error}
        value={query}
        onChange={setQuery}
        data={[...byLabel.keys()]}
        filter={({ options }) => options}
        limit={10}
        onOptionSubmit={(label) => {
          const territory = byLabel.get(label);
          if (territory && !value.some((v) => v.type === territory.type && v.code === territory.code)) {
            onChange([...value, { type: territory.type, code: territory.code, name: territory.name }]);
          }
          setQuery('');
        }}
      />
      <Text size="sm" role="status">
        {nothingFound}
      </Text>
      {value.length > 0 && (
        <Group
          gap="xs"
          component="ul"
          aria-label={t('territoryPicker.chosen')}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {value.map((territory) => (
            <li key={`${territory.type}-${territory.code}`}>
              <Pill size="lg">
                <Group gap={4} wrap="nowrap">
                  <Text span size="sm">
                    {territory.name} ({t(`territoryTypes.${territory.type}`)})
                  </Text>
                  <ActionIcon
                    variant="subtle"
                    color="dark"
                    size="sm"
                    aria-label={t('territoryPicker.remove', { name: territory.name })}
                    onClick={() => onChange(value.filter((v) => v !== territory))}
                  >
                    ×
                  </ActionIcon>
                </Group>
              </Pill>
            </li>
          ))}
        </Group>
      )}
    </Stack>
  );
}
