import '../i18n-runtime.ts';
import { Alert, Anchor, Badge, Image, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useProject } from '../api/get-project.ts';
import type { Project } from '../api/types.ts';
import { LibraryNav } from '../components/library-nav.tsx';
import { MarkdownText } from '../components/markdown-text.tsx';
import { ProjectBadges } from '../components/project-badges.tsx';
import { formatDate, formatNumber } from '../lib/format.ts';
import { Section } from '../components/project-section.tsx';
import { StoryTimeline } from '../components/story-timeline.tsx';

// Only the project's editors see its actions (with their confirmation dialog) and its facilitators' panel (with the
// sessions' copy): loaded when the page shows them, so that a visitor reading the project never downloads them.
const EditorActions = lazy(() =>
  import('../components/project-editor-actions.tsx').then((m) => ({ default: m.EditorActions })),
);
const ProjectFacilitators = lazy(() =>
  import('../../sessions/components/project-facilitators.tsx').then((m) => ({
    default: m.ProjectFacilitators,
  })),
);

function ProjectPage({ project }: { project: Project }) {
  const { t } = useTranslation(['library', 'common']);
  return (
    <article>
      <PageTitle>{project.title}</PageTitle>
      <Stack gap="xs" mb="md">
        <ProjectBadges {...project} />
        <Text>
          <Text span fw={600}>
            {t('library:project.organisation')}
          </Text>{' '}
          {project.organisation.name}
        </Text>
        <Text size="sm" c="dimmed">
          {t('library:project.updated', { date: formatDate(project.updatedAt) })}
          {project.importedAt &&
            ` · ${t('library:project.imported', { date: formatDate(project.importedAt), source: project.source ?? '' })}`}
        </Text>
      </Stack>
      {project.isFictional && (
        <Alert variant="outline" color="dark" mb="md">
          {t('library:project.fictionalNotice')}
        </Alert>
      )}
      {project.canEdit && (
        <Suspense fallback={null}>
          <EditorActions project={project} />
          <ProjectFacilitators projectId={project.id} />
        </Suspense>
      )}

      {project.summary && (
        <Section title={t('library:project.summary')}>
          <Text style={{ whiteSpace: 'pre-line' }}>{project.summary}</Text>
        </Section>
      )}

      <Section title={t('library:project.facts')}>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
          <div>
            <Text component="dt" fw={700}>
              {t('library:project.stage')}
            </Text>
            <Text component="dd" m={0}>
              {t(`library:phases.${project.phase}`)} · {t(`library:statuses.${project.phaseStatus}`)}
            </Text>
          </div>
          <div>
            <Text component="dt" fw={700}>
              {t('library:project.situation')}
            </Text>
            <Text component="dd" m={0}>
              {project.scalingSituation
                ? t(`library:situations.${project.scalingSituation}` as 'library:situations.widen-public', {
                    defaultValue: project.scalingSituation,
                  })
                : t('library:project.situationNone')}
            </Text>
          </div>
          <div>
            <Text component="dt" fw={700}>
              {t('library:project.themes')}
            </Text>
            <Text component="dd" m={0}>
              {project.themes
                .map((theme) => t(`library:themes.${theme}` as 'library:themes.energy'))
                .join(', ') || '—'}
            </Text>
          </div>
          <div>
            <Text component="dt" fw={700}>
              {t('library:project.publics')}
            </Text>
            <Text component="dd" m={0}>
              {project.publics.join(', ') || '—'}
            </Text>
          </div>
          <div>
            <Text component="dt" fw={700}>
              {t('library:project.territories')}
            </Text>
            <Text component="dd" m={0}>
              {project.territories
                .map((territory) => `${territory.name} (${t(`library:territoryTypes.${territory.type}`)})`)
                .join(', ') || t('library:card.noTerritory')}
            </Text>
          </div>
          <div>
            <Text component="dt" fw={700}>
              {t('library:project.visibility')}
            </Text>
            <Text component="dd" m={0}>
              {t(`library:visibilityShort.${project.visibility}`)} ·{' '}
              {t(`library:publication.${project.status}`)}
            </Text>
          </div>
        </SimpleGrid>
      </Section>

      {project.description && (
        <Section title={t('library:project.description')}>
          <MarkdownText headingLevel={2}>{project.description}</MarkdownText>
        </Section>
      )}

      {project.keyFigures.length > 0 && (
        <Section title={t('library:project.keyFigures')}>
          <SimpleGrid
            cols={{ base: 1, sm: 2, md: 3 }}
            spacing="md"
            component="ul"
            style={{ listStyle: 'none', padding: 0 }}
          >
            {project.keyFigures.map((figure, index) => (
              <li key={index}>
                <Text fz="xl" fw={700}>
                  {figure.uncertain && `${t('library:project.about')} `}
                  {formatNumber(figure.value)}
                  {figure.unit && ` ${figure.unit}`}
                </Text>
                <Text size="sm">
                  {figure.label}
                  {figure.year && ` (${figure.year})`}
                  {figure.sourceUrl && (
                    <>
                      {' · '}
                      <Anchor href={figure.sourceUrl} rel="noopener noreferrer">
                        {t('library:project.source')}
                      </Anchor>
                    </>
                  )}
                </Text>
              </li>
            ))}
          </SimpleGrid>
        </Section>
      )}

      {project.images.length > 0 && (
        <Section title={t('library:project.images')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {project.images.map((image) => (
              <Image key={image.id} src={image.url} alt={image.alt} radius="md" loading="lazy" />
            ))}
          </SimpleGrid>
        </Section>
      )}

      {project.story && <StoryTimeline story={project.story} />}

      {project.evidence.length > 0 && (
        <Section title={t('library:project.evidence')}>
          <List withPadding>
            {project.evidence.map((item, index) => (
              <List.Item key={index}>
                <Badge variant="outline" color="dark" tt="none" mr="xs">
                  {t(`library:evidenceKinds.${item.kind}`)}
                </Badge>
                {item.url ? (
                  <Anchor href={item.url} rel="noopener noreferrer">
                    {item.title}
                  </Anchor>
                ) : (
                  item.title
                )}
                {item.year && ` (${item.year})`}
              </List.Item>
            ))}
          </List>
        </Section>
      )}

      {project.contacts.length > 0 && (
        <Section title={t('library:project.contacts')}>
          <SimpleGrid
            cols={{ base: 1, sm: 2 }}
            spacing="md"
            component="ul"
            style={{ listStyle: 'none', padding: 0 }}
          >
            {project.contacts.map((contact, index) => (
              <li key={index}>
                <Text fw={700}>{contact.name}</Text>
                {contact.role && <Text size="sm">{contact.role}</Text>}
                {contact.email && (
                  <Anchor href={`mailto:${contact.email}`} size="sm" display="block">
                    {contact.email}
                  </Anchor>
                )}
                {contact.phone && (
                  <Anchor href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`} size="sm" display="block">
                    {contact.phone}
                  </Anchor>
                )}
                {contact.url && (
                  <Anchor href={contact.url} size="sm" display="block" rel="noopener noreferrer">
                    {contact.url}
                  </Anchor>
                )}
              </li>
            ))}
          </SimpleGrid>
        </Section>
      )}

      {project.links.length > 0 && (
        <Section title={t('library:project.links')}>
          <List withPadding>
            {project.links.map((link, index) => (
              <List.Item key={index}>
                <Anchor href={link.url} rel="noopener noreferrer">
                  {link.label}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Section>
      )}
      <Text mt="xl">
        <Anchor component={Link} to={paths.library.getHref()}>
          {t('library:project.back')}
        </Anchor>
      </Text>
    </article>
  );
}

export function Component() {
  const { id = '' } = useParams();
  const { t } = useTranslation('library');
  const project = useProject(id);
  if (project.isPending) return <PageLoader />;
  if (project.isError) {
    return (
      <>
        <PageTitle>{t('project.notFoundTitle')}</PageTitle>
        <LibraryNav />
        <Text mb="md">
          {project.error instanceof ApiError && project.error.status === 404
            ? t('project.notFound')
            : project.error.message}
        </Text>
        <Anchor component={Link} to={paths.library.getHref()}>
          {t('project.back')}
        </Anchor>
      </>
    );
  }
  return <ProjectPage project={project.data} />;
}
