// Its copy comes with it (decision 005): the sites' request form uses it too.
import '../i18n-runtime.ts';
import { ActionIcon, Autocomplete, Group, Pill, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Territory } from '../api/types.ts';
import { useTerritoryOptions } from './territory-options.ts';
import type { TerritoryPickerProps } from './territory-options.ts';

export type PickedTerritory = Pick<Territory, 'type' | 'code' | 'name'>;

/** Choose several territories: an autocomplete, then the chosen ones as a list, each with its remove button. */
export function TerritoryMultiPicker({
  value,
  onChange,
  ...props
}: TerritoryPickerProps & { value: PickedTerritory[]; onChange: (value: PickedTerritory[]) => void }) {
  const { t } = useTranslation('library');
  const [query, setQuery] = useState('');
  const { byLabel, nothingFound } = useTerritoryOptions(query, props.types);
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
