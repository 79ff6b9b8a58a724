import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import type { ProjectCard as Card_ } from '../api/types.ts';
import { ProjectBadges } from './project-badges.tsx';

function territoryLine(card: Card_, more: (count: number) => string, none: string): string {
  if (card.territories.length === 0) return none;
  const shown = card.territories
    .slice(0, 2)
    .map((territory) => territory.name)
    .join(', ');
  const rest = card.territories.length - 2;
  return rest > 0 ? `${shown} ${more(rest)}` : shown;
}

/** One project in a list: the title links to its page; the rest is a description list read in order. */
export function ProjectCard({
  card,
  headingLevel = 3,
  actions,
}: {
  card: Card_;
  headingLevel?: 2 | 3 | 4;
  actions?: ReactNode;
}) {
  const { t } = useTranslation(['library', 'common']);
  const themes = card.themes.map((theme) => t(`library:themes.${theme}`, { defaultValue: theme })).join(', ');
  return (
    <Card withBorder padding="md" radius="md" component="article">
      <Stack gap={6}>
        <Title order={headingLevel} size="h4">
          <Anchor component={Link} to={paths.project.getHref(card.id)} underline="hover">
            {card.title}
          </Anchor>
        </Title>
        <ProjectBadges {...card} />
        <Text size="sm">
          <Text span fw={600}>
            {t('library:card.organisation')}
          </Text>{' '}
          {card.organisation.name}
        </Text>
        <Text size="sm">
          <Text span fw={600}>
            {t('library:card.territory')}
          </Text>
          {t('common:colon')}
          {territoryLine(
            card,
            (count) => t('library:card.moreTerritories', { count }),
            t('library:card.noTerritory'),
          )}
          {card.proximity && ` · ${t(`library:card.proximity.${card.proximity}`)}`}
        </Text>
        {themes && (
          <Text size="sm">
            <Text span fw={600}>
              {t('library:card.themes')}
            </Text>
            {t('common:colon')}
            {themes}
          </Text>
        )}
        {card.summary && (
          <Text size="sm" c="dimmed" lineClamp={3}>
            {card.summary}
          </Text>
        )}
        {actions}
      </Stack>
    </Card>
  );
}
