import { Fieldset, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type TerritoryType = 'commune' | 'epci' | 'departement' | 'region';
export type TerritoryValue = { type: TerritoryType; code: string };
const TYPES: TerritoryType[] = ['commune', 'epci', 'departement', 'region'];

/** The replicator's territory: its kind and its official code (the server looks up its name and figures). */
export function TerritoryFields({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: TerritoryValue;
  onChange: (value: TerritoryValue) => void;
  error: (field: string) => string | undefined;
}) {
  const { t } = useTranslation('diagnostics');
  return (
    <Fieldset legend={t('project.territoryLegend')}>
      <Text size="sm" mb="xs">
        {t('project.territoryHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          id={`${id}-type`}
          label={t('project.territoryType')}
          data={TYPES.map((type) => ({ value: type, label: t(`project.territoryTypes.${type}`) }))}
          value={value.type}
          allowDeselect={false}
          onChange={(v) => onChange({ ...value, type: (v ?? 'commune') as TerritoryType })}
          error={error('territory.type')}
        />
        <TextInput
          id={`${id}-code`}
          label={t('project.territoryCode')}
          description={t('project.territoryCodeHint')}
          value={value.code}
          maxLength={9}
          onChange={(e) => onChange({ ...value, code: e.currentTarget.value })}
          error={error('territory.code') ?? error('territory')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
