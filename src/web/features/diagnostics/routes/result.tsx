import '../i18n-runtime.ts';
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { SignedInOnly } from '../../accounts/components/signed-in-only.tsx';
import type { MethodIndex } from '../../method/api/types.ts';
import { GlossaryText } from '../../method/components/glossary-text.tsx';
import { SourcesLine } from '../../method/components/sources-line.tsx';
import { methodItemHref } from '../../method/lib/method-links.ts';
import { resultPdfHref } from '../api/get-result-pdf.ts';
import type { Diagnostic, DiagnosticResult, Instrument } from '../api/types.ts';
import { DiagnosticData } from '../components/diagnostic-data.tsx';
import { DimensionTable } from '../components/dimension-table.tsx';
import { ShareForm } from '../components/share-form.tsx';
import { WhyDisclosure } from '../components/why-disclosure.tsx';
import { locateQuestion } from '../lib/answers.ts';
import { useLocalize } from '../lib/localize.ts';
import classes from '../components/diagnostics.module.css';

// The chart and its libraries are a separate chunk, fetched when a results page is opened.
const DimensionRadar = lazy(() => import('../components/dimension-radar.tsx'));

function Section({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <Box component="section" mt="xl" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Box>
  );
}

function Result({
  diagnostic,
  instrument,
  method,
  result,
}: {
  diagnostic: Diagnostic;
  instrument: Instrument;
  method: MethodIndex | undefined;
  result: DiagnosticResult;
}) {
  const { t, i18n } = useTranslation('diagnostics');
  const localize = useLocalize();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  const verdictLabel = instrument.rules.verdictLabels[result.verdict.id];
  const strategyTitle = (id: string) => method?.strategies.find((s) => s.id === id)?.title ?? id;
  const vigilanceTitle = (id: string) => method?.vigilance.find((v) => v.id === id)?.title ?? id;
  const situationTitle = (id: string) => method?.situations.find((s) => s.id === id)?.title ?? id;
  const dimensionTitles = new Map(instrument.dimensions.map((d) => [d.id, localize(d.title)]));
  const radarData = result.dimensions.map((d) => ({
    dimension: dimensionTitles.get(d.id) ?? d.id,
    score: d.score === null ? 0 : Math.round(d.score),
  }));
  const sourceIds = [
    ...new Set(
      instrument.dimensions.flatMap((d) => [...d.sources, ...d.questions.flatMap((q) => q.sources)]),
    ),
  ];

  return (
    <>
      {diagnostic.status === 'draft' ? (
        <Alert variant="light" color="honey" mb="md">
          {t('result.provisional')}
        </Alert>
      ) : null}

      <Paper
        component="section"
        withBorder
        p="lg"
        className={classes.verdict}
        data-verdict={result.verdict.id}
        aria-labelledby="verdict"
      >
        <Text size="sm" c="dimmed" id="verdict">
          {t('result.verdictTitle')}
        </Text>
        <Title order={2} size="h2" mb="xs" data-testid="verdict-title">
          {localize(verdictLabel.title)}
        </Title>
        <Text size="lg" mb="sm">
          <GlossaryText>{localize(verdictLabel.description)}</GlossaryText>
        </Text>
        <Group gap="lg">
          <Text size="sm">
            {result.overall.score === null
              ? t('result.overallUnknown')
              : t('result.overall', { score: Math.round(result.overall.score) })}
          </Text>
          <Text size="sm">
            {t('result.coverage', { percent: Math.round(result.overall.coverage * 100) })}
          </Text>
        </Group>
        <WhyDisclosure traces={result.verdict.reasons} instrument={instrument} />
      </Paper>

      <Section title={t('result.dimensionsTitle')} id="dimensions">
        <figure style={{ margin: 0 }}>
          <figcaption>
            <Text size="sm" c="dimmed" mb="xs">
              {t('result.chartLabel')}
            </Text>
          </figcaption>
          <Suspense fallback={<Text size="sm">{t('result.chartLoading')}</Text>}>
            <DimensionRadar data={radarData} seriesLabel={t('result.score')} />
          </Suspense>
        </figure>
        <DimensionTable result={result} instrument={instrument} />
      </Section>

      <Section title={t('result.strategiesTitle')} id="strategies">
        <Text mb="sm">{t('result.strategiesIntro')}</Text>
        <Stack component="ol" gap="sm" p={0} style={{ listStyle: 'none' }}>
          {result.strategies.map((strategy, index) => (
            <Paper component="li" key={strategy.id} withBorder p="md">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Title order={3} size="h4">
                  {`${index + 1}. `}
                  <Anchor component={Link} to={methodItemHref('strategy', strategy.id)}>
                    {strategyTitle(strategy.id)}
                  </Anchor>
                </Title>
                <Badge variant="light">
                  {t('result.strategyScore', { score: Math.round(strategy.score) })}
                </Badge>
              </Group>
              {strategy.reasons.length > 0 ? (
                <List size="sm" withPadding mt="xs">
                  {strategy.reasons.map((reason, i) => (
                    <List.Item key={`${reason.ruleId}-${i}`}>{localize(reason.explanation)}</List.Item>
                  ))}
                </List>
              ) : null}
              <WhyDisclosure traces={strategy.reasons} instrument={instrument} />
            </Paper>
          ))}
        </Stack>
      </Section>

      {result.situations.length > 0 ? (
        <Section title={t('result.situationsTitle')} id="situations">
          <List withPadding spacing="xs">
            {result.situations.map((situation) => (
              <List.Item key={situation.id}>
                <Anchor component={Link} to={methodItemHref('situation', situation.id)}>
                  {situationTitle(situation.id)}
                </Anchor>
                <WhyDisclosure traces={situation.reasons} instrument={instrument} />
              </List.Item>
            ))}
          </List>
        </Section>
      ) : null}

      <Section title={t('result.vigilanceTitle')} id="vigilance">
        {result.vigilance.length === 0 ? (
          <Text>{t('result.vigilanceNone')}</Text>
        ) : (
          <Stack gap="sm">
            {result.vigilance.map((point) => (
              <Paper key={point.id} withBorder p="md" component="article">
                <Title order={3} size="h5" mb={4}>
                  <Anchor component={Link} to={methodItemHref('vigilance', point.id)}>
                    {vigilanceTitle(point.id)}
                  </Anchor>
                </Title>
                <List size="sm" withPadding>
                  {point.reasons.map((reason, i) => (
                    <List.Item key={`${reason.ruleId}-${i}`}>{localize(reason.explanation)}</List.Item>
                  ))}
                </List>
                <WhyDisclosure traces={point.reasons} instrument={instrument} />
              </Paper>
            ))}
          </Stack>
        )}
      </Section>

      <Section title={t('result.actionsTitle')} id="actions">
        {result.nextActions.length === 0 ? (
          <Text>{t('result.actionsNone')}</Text>
        ) : (
          <List type="ordered" withPadding spacing="sm">
            {result.nextActions.map((action) => (
              <List.Item key={action.id}>
                <GlossaryText>{localize(action.text)}</GlossaryText>
                <WhyDisclosure traces={action.reasons} instrument={instrument} />
              </List.Item>
            ))}
          </List>
        )}
      </Section>

      <Section title={t('result.gapsTitle')} id="gaps">
        {result.gaps.length === 0 ? (
          <Text>{t('result.gapsNone')}</Text>
        ) : (
          <>
            <Text mb="xs">{t('result.gapsIntro')}</Text>
            <List withPadding spacing={4}>
              {result.gaps.map((questionId) => {
                const found = locateQuestion(instrument, questionId);
                const text = found ? localize(found.question.text) : questionId;
                return (
                  <List.Item key={questionId}>
                    {found && diagnostic.status === 'draft' && diagnostic.access.canAnswer ? (
                      <Anchor component={Link} to={paths.diagnostic.getHref(diagnostic.id, found.step)}>
                        {text}
                      </Anchor>
                    ) : (
                      text
                    )}
                  </List.Item>
                );
              })}
            </List>
          </>
        )}
      </Section>

      <Section title={t('result.sourcesTitle')} id="sources">
        <Text size="sm" mb="xs">
          {t('result.sourcesIntro')}
        </Text>
        <SourcesLine ids={sourceIds} sources={method?.sources} />
      </Section>

      <SimpleGrid cols={{ base: 1, md: 2 }} mt="xl" spacing="xl" className={classes.noPrint}>
        <Stack align="flex-start">
          <Button component="a" href={resultPdfHref(diagnostic.id, lang)} download>
            {t('result.pdf')}
          </Button>
          {diagnostic.status === 'draft' ? (
            <Anchor component={Link} to={paths.diagnostic.getHref(diagnostic.id)}>
              {t('result.backToForm')}
            </Anchor>
          ) : null}
          <Anchor component={Link} to={paths.diagnosticsProject.getHref(diagnostic.projectId)}>
            {t('result.history')}
          </Anchor>
        </Stack>
        {diagnostic.access.canShare ? <ShareForm diagnostic={diagnostic} /> : null}
      </SimpleGrid>
    </>
  );
}

export function Component() {
  const { t } = useTranslation('diagnostics');
  const localize = useLocalize();
  const { diagnosticId = '' } = useParams();
  return (
    <article className={classes.printable}>
      <SignedInOnly>
        {() => (
          <DiagnosticData id={diagnosticId}>
            {({ diagnostic, instrument, method }) => {
              const result = diagnostic.result ?? diagnostic.preview;
              return (
                <>
                  <Text size="sm" c="dimmed" mb={4}>
                    {localize(instrument.title)}
                    {' · '}
                    {diagnostic.project.title}
                  </Text>
                  <PageTitle>{t('result.title', { title: diagnostic.title })}</PageTitle>
                  {result ? (
                    <Result diagnostic={diagnostic} instrument={instrument} method={method} result={result} />
                  ) : (
                    <PageLoader />
                  )}
                </>
              );
            }}
          </DiagnosticData>
        )}
      </SignedInOnly>
    </article>
  );
}
