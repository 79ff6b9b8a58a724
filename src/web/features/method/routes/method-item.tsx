import '../i18n-runtime.ts';
import { Alert, Anchor, Badge, Box, Group, List, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useMethodIndex } from '../api/get-method-index.ts';
import { useMethodItem } from '../api/get-method-item.ts';
import type {
  CaseSummary,
  GlossaryTerm,
  Initiative,
  IntroductionSection,
  MethodExample,
  MethodItemResponse,
  MethodKind,
  MethodPoint,
  MethodSource,
  Situation,
  Strategy,
  VigilancePoint,
} from '../api/types.ts';
import { GlossaryProvider } from '../components/glossary-context.tsx';
import { GlossaryText } from '../components/glossary-text.tsx';
import { MethodMarkdown } from '../components/method-markdown.tsx';
import { MethodSearchForm } from '../components/method-search-form.tsx';
import { PrintButton } from '../components/print-button.tsx';
import { QueryState } from '../components/query-state.tsx';
import { SourcesLine } from '../components/sources-line.tsx';
import { kindFromSection, methodItemHref } from '../lib/method-links.ts';
import classes from '../components/method.module.css';

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" mt="lg">
      <Title order={2} size="h3" mb="xs">
        {title}
      </Title>
      {children}
    </Box>
  );
}

function TextList({ items }: { items: readonly string[] }) {
  return (
    <List withPadding spacing={4}>
      {items.map((item) => (
        <List.Item key={item}>
          <GlossaryText>{item}</GlossaryText>
        </List.Item>
      ))}
    </List>
  );
}

function Example({ example }: { example: MethodExample }) {
  const { t } = useTranslation('method');
  return (
    <Block title={example.fictional ? t('item.fictionalExample') : t('item.example')}>
      <Text>
        <GlossaryText>{example.text}</GlossaryText>
      </Text>
      {example.caseId ? (
        <Anchor component={Link} to={methodItemHref('case', example.caseId)} size="sm">
          {t('kinds.case')}
        </Anchor>
      ) : null}
    </Block>
  );
}

function titleOf(kind: MethodKind, item: MethodItemResponse['item']): string {
  switch (kind) {
    case 'glossary':
      return (item as GlossaryTerm).term;
    case 'case':
      return (item as CaseSummary).name;
    case 'source':
      return (item as MethodSource).label;
    default:
      return (item as { title: string }).title;
  }
}

function Body({ response }: { response: MethodItemResponse }) {
  const { t } = useTranslation('method');
  switch (response.kind) {
    case 'introduction': {
      const item = response.item as IntroductionSection;
      return <MethodMarkdown>{item.body}</MethodMarkdown>;
    }
    case 'situation': {
      const item = response.item as Situation;
      return (
        <>
          <Text size="lg" mb="md">
            <GlossaryText>{item.summary}</GlossaryText>
          </Text>
          <MethodMarkdown>{item.description}</MethodMarkdown>
          <Block title={t('item.signs')}>
            <TextList items={item.signs} />
          </Block>
          <Example example={item.example} />
        </>
      );
    }
    case 'strategy': {
      const item = response.item as Strategy;
      return (
        <>
          <Badge variant="light" mb="sm">
            {item.controlLevel === null ? t('transversal') : t('controlLevel', { level: item.controlLevel })}
          </Badge>
          <Text size="lg" mb="md">
            <GlossaryText>{item.summary}</GlossaryText>
          </Text>
          <MethodMarkdown>{item.description}</MethodMarkdown>
          <Block title={t('item.whenItFits')}>
            <MethodMarkdown headingLevel={3}>{item.whenItFits}</MethodMarkdown>
          </Block>
          <Block title={t('item.costs')}>
            <MethodMarkdown headingLevel={3}>{item.costs}</MethodMarkdown>
          </Block>
          <Block title={t('item.demandsOnCarrier')}>
            <MethodMarkdown headingLevel={3}>{item.demandsOnCarrier}</MethodMarkdown>
          </Block>
          <Block title={t('item.risks')}>
            <List withPadding spacing={4}>
              {item.risks.map((risk) => (
                <List.Item key={risk.vigilanceId}>
                  <GlossaryText>{risk.text}</GlossaryText>{' '}
                  <Anchor component={Link} to={methodItemHref('vigilance', risk.vigilanceId)} size="sm">
                    {t('kinds.vigilance')}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Block>
          <Example example={item.example} />
        </>
      );
    }
    case 'initiative': {
      const item = response.item as Initiative;
      return (
        <>
          <Text size="lg" mb="md">
            <GlossaryText>{item.summary}</GlossaryText>
          </Text>
          <MethodMarkdown>{item.description}</MethodMarkdown>
          <Block title={t('item.tips')}>
            <TextList items={item.tips} />
          </Block>
          <Example example={item.example} />
        </>
      );
    }
    case 'vigilance': {
      const item = response.item as VigilancePoint;
      return (
        <>
          <Badge variant="light" mb="sm">
            {t(`categoryOne.${item.category}`)}
          </Badge>
          <Block title={t('item.explanation')}>
            <MethodMarkdown headingLevel={3}>{item.explanation}</MethodMarkdown>
          </Block>
          <Block title={t('item.warningSigns')}>
            <TextList items={item.signs} />
          </Block>
          <Block title={t('item.actions')}>
            <TextList items={item.actions} />
          </Block>
        </>
      );
    }
    case 'method-point': {
      const item = response.item as MethodPoint;
      return (
        <>
          <Text size="lg" mb="md">
            <GlossaryText>{item.summary}</GlossaryText>
          </Text>
          <MethodMarkdown>{item.body}</MethodMarkdown>
        </>
      );
    }
    case 'glossary': {
      const item = response.item as GlossaryTerm;
      return (
        <Block title={t('item.definition')}>
          <Text size="lg">
            <GlossaryText>{item.definition}</GlossaryText>
          </Text>
        </Block>
      );
    }
    case 'case': {
      const item = response.item as CaseSummary;
      return (
        <>
          <Text mb="xs">
            <strong>{t('item.carrier')}</strong> : {item.carrier}
          </Text>
          <Text size="lg" mb="md">
            <GlossaryText>{item.summary}</GlossaryText>
          </Text>
          <Block title={t('item.facts')}>
            <List withPadding spacing={4}>
              {item.facts.map((fact) => (
                <List.Item key={fact.text}>
                  <GlossaryText>{fact.text}</GlossaryText>
                  {fact.certain ? null : <Text span size="sm" c="dimmed">{` ${t('item.approximate')}`}</Text>}
                </List.Item>
              ))}
            </List>
          </Block>
          <Block title={t('item.illustrates')}>
            <MethodMarkdown headingLevel={3}>{item.illustrates}</MethodMarkdown>
          </Block>
          <Block title={t('item.lessons')}>
            <TextList items={item.lessons} />
          </Block>
        </>
      );
    }
    case 'source': {
      const item = response.item as MethodSource;
      return (
        <>
          <Text mb="xs">
            {item.authors}
            {item.year ? `, ${item.year}` : ''}
          </Text>
          <Text mb="md">{item.description}</Text>
          {item.url ? (
            <Anchor href={item.url} rel="noopener noreferrer">
              {t('item.openSource')}
            </Anchor>
          ) : (
            <Text c="dimmed">{t('item.noAddress')}</Text>
          )}
        </>
      );
    }
  }
}

function ItemPage({ kind, id }: { kind: MethodKind; id: string }) {
  const { t } = useTranslation('method');
  const { t: tc } = useTranslation();
  const item = useMethodItem(kind, id);
  const index = useMethodIndex();
  return (
    <QueryState query={item} errorTitle={t('item.notFound')}>
      {(response) => {
        const title = titleOf(response.kind, response.item);
        const related = response.related;
        return (
          <GlossaryProvider
            glossary={index.data?.glossary}
            excludeId={kind === 'glossary' ? response.id : undefined}
          >
            <Text size="sm" c="dimmed" mb={4}>
              {t(`kinds.${response.kind}`)}
            </Text>
            <PageTitle>{title}</PageTitle>
            <Body response={response} />
            {related.length > 0 ? (
              <Block title={t('item.related')}>
                <List withPadding spacing={4}>
                  {related.map((link) => (
                    <List.Item key={`${link.kind}-${link.id}`}>
                      <Text span size="sm" c="dimmed">
                        {t(`kinds.${link.kind}`)}
                        {tc('colon')}
                      </Text>
                      <Anchor component={Link} to={methodItemHref(link.kind, link.id)}>
                        {link.title}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              </Block>
            ) : null}
            {response.sources.length > 0 ? (
              <Block title={t('item.sources')}>
                <SourcesLine ids={response.sources.map((s) => s.id)} sources={response.sources} />
                <List withPadding spacing={4} mt="xs" size="sm">
                  {response.sources.map((source) => (
                    <List.Item key={source.id}>
                      {source.url ? (
                        <Anchor href={source.url} rel="noopener noreferrer" size="sm">
                          {source.label}
                        </Anchor>
                      ) : (
                        source.label
                      )}
                      {` — ${source.authors}${source.year ? `, ${source.year}` : ''}`}
                    </List.Item>
                  ))}
                </List>
              </Block>
            ) : null}
          </GlossaryProvider>
        );
      }}
    </QueryState>
  );
}

export function Component() {
  const { t } = useTranslation('method');
  const params = useParams();
  const kind = kindFromSection(params.section);
  const id = params.id ?? '';
  return (
    <article className={classes.printable}>
      <Group justify="space-between" mb="md" wrap="wrap" className={classes.noPrint}>
        <Anchor component={Link} to={paths.method.getHref()}>
          {t('item.back')}
        </Anchor>
        <PrintButton />
      </Group>
      {kind ? (
        <ItemPage key={`${kind}/${id}`} kind={kind} id={id} />
      ) : (
        <>
          <PageTitle>{t('kinds.introduction')}</PageTitle>
          <Alert color="red" variant="light" role="alert">
            {t('item.notFound')}
          </Alert>
        </>
      )}
      <Box mt="xl" className={classes.noPrint}>
        <MethodSearchForm />
      </Box>
    </article>
  );
}
