import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Stage, TerritoryRef } from '../api/sites.ts';

/** The stage with its Les Communs reading, as badges. */
export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useTranslation('sites');
  return (
    <Badge variant="light" color="dark">
      {t(`stages.${stage}`)}
    </Badge>
  );
}

export const territoryText = (territories: TerritoryRef[]) => territories.map((x) => x.name).join(', ');

export function SimulatedBadge({ note }: { note: string | null }) {
  const { t } = useTranslation('sites');
  if (!note) return null;
  return (
    <Badge variant="outline" color="dark" title={note}>
      {t('simulated')}
    </Badge>
  );
}
