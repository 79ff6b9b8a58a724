import { Anchor, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Story } from '../api/types.ts';
import { formatPartialDate } from '../lib/format.ts';
import { MarkdownText } from './markdown-text.tsx';
import { Section } from './project-section.tsx';

/** A case study's story on its project's page: introduction, dated phases, lessons, failures and sources. */
export function StoryTimeline({ story }: { story: Story }) {
  const { t } = useTranslation('library');
  const listBlock = (title: string, items: string[]) =>
    items.length > 0 && (
      <>
        <Text fw={700} mt="xs">
          {title}
        </Text>
        <List withPadding>
          {items.map((item, index) => (
            <List.Item key={index}>{item}</List.Item>
          ))}
        </List>
      </>
    );
  return (
    <Section title={t('project.story.title')}>
      {story.introduction && <MarkdownText headingLevel={2}>{story.introduction}</MarkdownText>}
      {story.phases.length > 0 && (
        <>
          <Title order={3} size="h4" mt="md" mb="sm">
            {t('project.story.timeline')}
          </Title>
          <ol style={{ paddingLeft: 0, listStyle: 'none', margin: 0 }}>
            {story.phases.map((phase, index) => (
              <li
                key={index}
                style={{
                  borderLeft: '3px solid var(--mantine-color-essaim-7)',
                  paddingLeft: 'var(--mantine-spacing-md)',
                  marginBottom: 'var(--mantine-spacing-lg)',
                }}
              >
                <Title order={4} size="h5">
                  {phase.title}
                </Title>
                <Text size="sm" fw={600} c="dimmed" mb="xs">
                  {phase.endDate
                    ? t('project.story.range', {
                        start: formatPartialDate(phase.startDate),
                        end: formatPartialDate(phase.endDate),
                      })
                    : t('project.story.from', { start: formatPartialDate(phase.startDate) })}
                </Text>
                {phase.description && <MarkdownText headingLevel={4}>{phase.description}</MarkdownText>}
                {listBlock(t('project.story.decisions'), phase.decisions)}
                {listBlock(t('project.story.kept'), phase.kept)}
                {listBlock(t('project.story.adapted'), phase.adapted)}
              </li>
            ))}
          </ol>
        </>
      )}
      {story.lessons.length > 0 && (
        <>
          <Title order={3} size="h4" mt="md" mb="xs">
            {t('project.story.lessons')}
          </Title>
          <List withPadding>
            {story.lessons.map((lesson, index) => (
              <List.Item key={index}>{lesson}</List.Item>
            ))}
          </List>
        </>
      )}
      {story.failures.length > 0 && (
        <>
          <Title order={3} size="h4" mt="md" mb="xs">
            {t('project.story.failures')}
          </Title>
          <List withPadding>
            {story.failures.map((failure, index) => (
              <List.Item key={index}>{failure}</List.Item>
            ))}
          </List>
        </>
      )}
      {story.sources.length > 0 && (
        <>
          <Title order={3} size="h4" mt="md" mb="xs">
            {t('project.story.sources')}
          </Title>
          <List withPadding>
            {story.sources.map((source, index) => (
              <List.Item key={index}>
                <Anchor href={source.url} rel="noopener noreferrer">
                  {source.label}
                </Anchor>
                {source.date && ` (${formatPartialDate(source.date)})`}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Section>
  );
}
