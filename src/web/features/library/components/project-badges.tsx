import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Phase, PhaseStatus } from '../api/types.ts';

type Props = {
  phase: Phase;
  phaseStatus: PhaseStatus;
  isCaseStudy: boolean;
  isFictional: boolean;
  hasKit: boolean;
  status: 'draft' | 'published';
};

// Outline badges in dark or brand text: their contrast on white passes AA whatever the colour means.
export function ProjectBadges({ phase, phaseStatus, isCaseStudy, isFictional, hasKit, status }: Props) {
  const { t } = useTranslation('library');
  return (
    <Group gap={6} wrap="wrap">
      <Badge variant="outline" color="essaim.8" tt="none">
        {t('card.stageValue', { phase: t(`phases.${phase}`), status: t(`statuses.${phaseStatus}`) })}
      </Badge>
      {isCaseStudy && (
        <Badge variant="filled" color="essaim.8" tt="none">
          {t('card.caseStudy')}
        </Badge>
      )}
      {hasKit && (
        <Badge variant="outline" color="essaim.8" tt="none">
          {t('card.kit')}
        </Badge>
      )}
      {status === 'draft' && (
        <Badge variant="outline" color="dark" tt="none">
          {t('card.draft')}
        </Badge>
      )}
      {isFictional && (
        <Badge variant="outline" color="dark" tt="none" title={t('card.fictionalHint')}>
          {t('card.fictional')}
        </Badge>
      )}
    </Group>
  );
}
