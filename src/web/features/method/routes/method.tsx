import '../i18n-runtime.ts';
import { Anchor, Badge, Box, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import type { VigilanceCategory } from '../../../../core/method/method.schemas.ts';
import { useMethodIndex } from '../api/get-method-index.ts';
import type { GlossaryTerm, MethodIndex } from '../api/types.ts';
import { GlossaryProvider } from '../components/glossary-context.tsx';
import { GlossaryText } from '../components/glossary-text.tsx';
import { MethodMarkdown } from '../components/method-markdown.tsx';
import { MethodSearchForm } from '../components/method-search-form.tsx';
import { PrintButton } from '../components/print-button.tsx';
import { QueryState } from '../components/query-state.tsx';
import { SourcesLine } from '../components/sources-line.tsx';
import { methodItemHref } from '../lib/method-links.ts';
import classes from '../components/method.module.css';

// Kept here rather than imported at run time from the content schemas, which would bring zod into the page.
const vigilanceCategories = [
  'prerequisite',
  'brake',
  'difficulty',
  'condition',
] as const satisfies readonly VigilanceCategory[];

const sectionIds = [
  'introduction',
  'situations',
  'strategies',
  'initiatives',
  'vigilance',
  'methodPoints',
  'cases',
  'glossary',
  'sources',
] as const;
type SectionId = (typeof sectionIds)[number];

function Section({ id, children }: { id: SectionId; children: ReactNode }) {
  const { t } = useTranslation('method');
  return (
    <Box component="section" aria-labelledby={`section-${id}`} mt="xl">
      <Title order={2} id={`section-${id}`} mb="sm">
        {t(`sections.${id}`)}
      </Title>
      {children}
    </Box>
  );
}

/** First letter of a term for the A–Z index, accents folded (« État » goes under E). */
function letterOf(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
}

function Glossary({ glossary, sources }: { glossary: GlossaryTerm[]; sources: MethodIndex['sources'] }) {
  const { t } = useTranslation('method');
  const groups = new Map<string, GlossaryTerm[]>();
  for (const term of glossary) {
    const letter = letterOf(term.term);
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  const letters = [...groups.keys()].sort((a, b) => a.localeCompare(b, 'fr'));
  return (
    <>
      <nav aria-label={t('glossaryLetters')}>
        <ul className={classes.letters}>
          {letters.map((letter) => (
            <li key={letter}>
              <Anchor href={`#glossaire-${letter}`}>{letter}</Anchor>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map((letter) => (
        <Box key={letter} mt="md">
          <Title order={3} size="h4" id={`glossaire-${letter}`}>
            {letter}
          </Title>
          <dl className={classes.glossaryList}>
            {(groups.get(letter) ?? []).map((term) => (
              <Fragment key={term.id}>
                <dt>
                  <Anchor component={Link} to={methodItemHref('glossary', term.id)}>
                    {term.term}
                  </Anchor>
                </dt>
                <dd>
                  <GlossaryProvider glossary={glossary} excludeId={term.id}>
                    <Text>
                      <GlossaryText>{term.definition}</GlossaryText>
                    </Text>
                  </GlossaryProvider>
                  <SourcesLine ids={term.sources} sources={sources} size="xs" />
                </dd>
              </Fragment>
            ))}
          </dl>
        </Box>
      ))}
    </>
  );
}

function Overview({ index }: { index: MethodIndex }) {
  const { t } = useTranslation('method');
  const graded = index.strategies.filter((s) => s.controlLevel !== null);
  const transversal = index.strategies.filter((s) => s.controlLevel === null);
  return (
    <GlossaryProvider glossary={index.glossary}>
      <nav aria-label={t('toc')}>
        <List type="ordered" withPadding mb="lg">
          {sectionIds.map((id) => (
            <List.Item key={id}>
              <Anchor href={`#section-${id}`}>{t(`sections.${id}`)}</Anchor>
            </List.Item>
          ))}
        </List>
      </nav>

      <Section id="introduction">
        {index.introduction.map((section) => (
          <Box key={section.id} component="article" mb="lg" aria-labelledby={`intro-${section.id}`}>
            <Title order={3} size="h4" id={`intro-${section.id}`} mb="xs">
              {section.title}
            </Title>
            <MethodMarkdown headingLevel={3}>{section.body}</MethodMarkdown>
            <SourcesLine ids={section.sources} sources={index.sources} />
          </Box>
        ))}
      </Section>

      <Section id="situations">
        <Text mb="md">{t('intro.situations')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {index.situations.map((situation, i) => (
            <Paper key={situation.id} withBorder p="md" component="article">
              <Title order={3} size="h4" mb="xs">
                <Anchor component={Link} to={methodItemHref('situation', situation.id)}>
                  {`${i + 1}. ${situation.title}`}
                </Anchor>
              </Title>
              <Text mb="xs">
                <GlossaryText>{situation.summary}</GlossaryText>
              </Text>
              <SourcesLine ids={situation.sources} sources={index.sources} size="xs" />
            </Paper>
          ))}
        </SimpleGrid>
      </Section>

      <Section id="strategies">
        <Text mb="md">{t('intro.strategies')}</Text>
        <Text fw={600} id="ladder-label" mb="xs">
          {t('intro.ladderLabel')}
        </Text>
        <Text size="sm" c="dimmed" mb="xs">
          ↑ {t('intro.lessControl')}
        </Text>
        <ol className={classes.ladder} aria-labelledby="ladder-label">
          {graded.map((strategy) => (
            <li
              key={strategy.id}
              className={classes.rung}
              style={{ marginLeft: `${((strategy.controlLevel ?? 1) - 1) * 0.75}rem` }}
            >
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Title order={3} size="h5">
                  <Anchor component={Link} to={methodItemHref('strategy', strategy.id)}>
                    {strategy.title}
                  </Anchor>
                </Title>
                <Badge variant="light" color="essaim">
                  {t('controlLevel', { level: strategy.controlLevel ?? 0 })}
                </Badge>
              </Group>
              <Text size="sm" mt={4}>
                <GlossaryText>{strategy.summary}</GlossaryText>
              </Text>
            </li>
          ))}
        </ol>
        <Text size="sm" c="dimmed" mt="xs" mb="md">
          ↓ {t('intro.moreControl')}
        </Text>
        {transversal.map((strategy) => (
          <Box key={strategy.id} className={classes.cooperation}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Title order={3} size="h5">
                <Anchor component={Link} to={methodItemHref('strategy', strategy.id)}>
                  {strategy.title}
                </Anchor>
              </Title>
              <Badge variant="outline" color="gray.8">
                {t('transversal')}
              </Badge>
            </Group>
            <Text size="sm" mt={4}>
              {t('intro.cooperation')} <GlossaryText>{strategy.summary}</GlossaryText>
            </Text>
          </Box>
        ))}
      </Section>

      <Section id="initiatives">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {index.initiatives.map((initiative) => (
            <Paper key={initiative.id} withBorder p="md" component="article">
              <Title order={3} size="h5" mb="xs">
                <Anchor component={Link} to={methodItemHref('initiative', initiative.id)}>
                  {initiative.title}
                </Anchor>
              </Title>
              <Text size="sm">
                <GlossaryText>{initiative.summary}</GlossaryText>
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      </Section>

      <Section id="vigilance">
        <Text mb="md">{t('intro.vigilance')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {vigilanceCategories.map((category) => (
            <Box key={category}>
              <Title order={3} size="h4" mb="xs">
                {t(`categories.${category}`)}
              </Title>
              <List withPadding>
                {index.vigilance
                  .filter((point) => point.category === category)
                  .map((point) => (
                    <List.Item key={point.id}>
                      <Anchor component={Link} to={methodItemHref('vigilance', point.id)}>
                        {point.title}
                      </Anchor>
                    </List.Item>
                  ))}
              </List>
            </Box>
          ))}
        </SimpleGrid>
      </Section>

      <Section id="methodPoints">
        <Stack gap="sm">
          {index.methodPoints.map((point) => (
            <Paper
              key={point.id}
              withBorder
              p="md"
              component="article"
              bg={point.id === 'secure-pilot' ? 'honey.0' : undefined}
            >
              <Title order={3} size="h5" mb={4}>
                <Anchor component={Link} to={methodItemHref('method-point', point.id)}>
                  {point.title}
                </Anchor>
              </Title>
              <Text size="sm">
                <GlossaryText>{point.summary}</GlossaryText>
              </Text>
            </Paper>
          ))}
        </Stack>
      </Section>

      <Section id="cases">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {index.cases.map((c) => (
            <Paper key={c.id} withBorder p="md" component="article">
              <Title order={3} size="h5" mb="xs">
                <Anchor component={Link} to={methodItemHref('case', c.id)}>
                  {c.name}
                </Anchor>
              </Title>
              <Text size="sm">
                <GlossaryText>{c.summary}</GlossaryText>
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      </Section>

      <Section id="glossary">
        <Text mb="md">{t('intro.glossary')}</Text>
        <Glossary glossary={index.glossary} sources={index.sources} />
      </Section>

      <Section id="sources">
        <Text mb="md">{t('intro.sources')}</Text>
        <List withPadding spacing="xs">
          {index.sources.map((source) => (
            <List.Item key={source.id} id={`source-${source.id}`}>
              {source.url ? (
                <Anchor href={source.url} rel="noopener noreferrer">
                  {source.label}
                </Anchor>
              ) : (
                <Text span fw={600}>
                  {source.label}
                </Text>
              )}
              <Text span>
                {' '}
                — {source.authors}
                {source.year ? `, ${source.year}` : ''}
              </Text>
              <Text size="sm" c="dimmed">
                {source.description}
              </Text>
            </List.Item>
          ))}
        </List>
      </Section>
    </GlossaryProvider>
  );
}

export function Component() {
  const { t } = useTranslation('method');
  const index = useMethodIndex();
  return (
    <article className={classes.printable}>
      <PageTitle>{t('title')}</PageTitle>
      <Text size="lg" mb="md">
        {t('lead')}
      </Text>
      <Group align="flex-end" mb="lg" wrap="wrap">
        <Box style={{ flex: '1 1 20rem' }}>
          <MethodSearchForm />
        </Box>
        <PrintButton />
      </Group>
      <QueryState query={index}>{(data) => <Overview index={data} />}</QueryState>
    </article>
  );
}
