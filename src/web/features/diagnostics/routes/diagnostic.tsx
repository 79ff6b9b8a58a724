import '../i18n-runtime.ts';
import { Alert, Anchor, Box, Button, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { SignedInOnly } from '../../accounts/components/signed-in-only.tsx';
import type { MethodIndex } from '../../method/api/types.ts';
import { GlossaryText } from '../../method/components/glossary-text.tsx';
import { useCompleteDiagnostic } from '../api/complete-diagnostic.ts';
import { useReopenDiagnostic } from '../api/reopen-diagnostic.ts';
import type { Diagnostic, Instrument } from '../api/types.ts';
import { DiagnosticData } from '../components/diagnostic-data.tsx';
import { QuestionField } from '../components/question-field.tsx';
import { SaveIndicator } from '../components/save-indicator.tsx';
import { StepNav } from '../components/step-nav.tsx';
import { isAnswered, missingQuestions } from '../lib/answers.ts';
import { useLocalize } from '../lib/localize.ts';
import { useAutosave } from '../lib/use-autosave.ts';
import classes from '../components/diagnostics.module.css';

const reviewStep = 'fin';

function CompletedNotice({ diagnostic }: { diagnostic: Diagnostic }) {
  const { t } = useTranslation('diagnostics');
  const reopen = useReopenDiagnostic();
  return (
    <>
      <PageTitle>{diagnostic.title}</PageTitle>
      <Alert variant="light" mb="md">
        <Text mb="sm">{t('form.completedNotice')}</Text>
        <Group>
          <Button component={Link} to={paths.diagnosticResult.getHref(diagnostic.id)}>
            {t('form.seeResult')}
          </Button>
          {diagnostic.access.canAnswer ? (
            <Button
              variant="default"
              loading={reopen.isPending}
              onClick={() => reopen.mutate({ id: diagnostic.id, version: diagnostic.version })}
            >
              {t('form.reopen')}
            </Button>
          ) : null}
        </Group>
        {reopen.error ? (
          <Text c="red.9" role="alert" mt="xs">
            {reopen.error.message}
          </Text>
        ) : null}
      </Alert>
    </>
  );
}

function Form({
  diagnostic,
  instrument,
  method,
}: {
  diagnostic: Diagnostic;
  instrument: Instrument;
  method: MethodIndex | undefined;
}) {
  const { t } = useTranslation('diagnostics');
  const localize = useLocalize();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const autosave = useAutosave(diagnostic);
  const complete = useCompleteDiagnostic();
  const feedback = useFormFeedback();
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const previousStep = useRef<string | null>(null);

  const total = instrument.dimensions.length;
  const rawStep = params.get('etape');
  const isReview = rawStep === reviewStep;
  const parsed = Number.parseInt(rawStep ?? '1', 10);
  const step = isReview ? total + 1 : Number.isFinite(parsed) ? Math.min(Math.max(parsed, 1), total) : 1;
  const dimension = isReview ? undefined : instrument.dimensions[step - 1];
  const readOnly = !diagnostic.access.canAnswer;

  const allQuestions = instrument.dimensions.flatMap((d) => d.questions);
  const answeredTotal = allQuestions.filter((q) => isAnswered(autosave.answers[q.id])).length;
  const steps = instrument.dimensions.map((d) => ({
    title: localize(d.title),
    answered: d.questions.filter((q) => isAnswered(autosave.answers[q.id])).length,
    total: d.questions.length,
  }));
  const hrefOf = (n: number) => paths.diagnostic.getHref(diagnostic.id, n);
  const reviewHref = `${paths.diagnostic.getHref(diagnostic.id)}?etape=${reviewStep}`;

  // After moving to another step, start reading at its heading (the page heading keeps focus on first load).
  useEffect(() => {
    if (previousStep.current !== null && previousStep.current !== rawStep) stepHeading.current?.focus();
    previousStep.current = rawStep ?? '';
  }, [rawStep]);

  const numberOffset = instrument.dimensions
    .slice(0, Math.max(0, step - 1))
    .reduce((n, d) => n + d.questions.length, 0);
  const missing = missingQuestions(instrument, autosave.answers);

  const finish = async () => {
    feedback.clear();
    await autosave.flush();
    if (autosave.hasPending()) {
      feedback.fail(new Error(t('save.unsaved')));
      return;
    }
    complete.mutate(
      { id: diagnostic.id, version: autosave.currentVersion() },
      {
        onSuccess: (done) => void navigate(paths.diagnosticResult.getHref(done.id)),
        onError: feedback.fail,
      },
    );
  };

  const contributorNames = diagnostic.contributors.map((c) => c.displayName).join(', ');

  return (
    <>
      <Text size="sm" c="dimmed" mb={4}>
        {localize(instrument.title)}
        {' · '}
        <Anchor component={Link} to={paths.diagnosticsProject.getHref(diagnostic.projectId)} size="sm">
          {diagnostic.project.title}
        </Anchor>
      </Text>
      <PageTitle>{diagnostic.title}</PageTitle>
      {readOnly ? (
        <Alert variant="light" mb="md">
          {t('form.readOnly')}
        </Alert>
      ) : null}
      {autosave.restoredCount > 0 ? (
        <Alert variant="light" color="honey" mb="md">
          {t('save.restored')}
        </Alert>
      ) : null}
      {autosave.conflict ? (
        <Alert
          variant="light"
          color="honey"
          mb="md"
          role="alert"
          withCloseButton
          closeButtonLabel={t('save.dismiss')}
          onClose={autosave.dismissConflict}
        >
          {t('save.conflict')}
        </Alert>
      ) : null}

      <Box className={classes.saveBar} mb="md">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={700}>{isReview ? t('form.reviewTitle') : t('form.stepOf', { step, total })}</Text>
          <SaveIndicator state={autosave.state} />
        </Group>
        <Progress
          value={(answeredTotal / Math.max(1, allQuestions.length)) * 100}
          mt={6}
          aria-label={t('form.answeredCount', { answered: answeredTotal, total: allQuestions.length })}
        />
        <Text size="xs" c="dimmed" mt={4}>
          {t('form.answeredCount', { answered: answeredTotal, total: allQuestions.length })}
        </Text>
      </Box>

      <StepNav steps={steps} current={step} hrefOf={hrefOf} />

      {dimension ? (
        <Box component="section" mt="lg" aria-labelledby="step-heading">
          <Title
            order={2}
            id="step-heading"
            ref={stepHeading}
            tabIndex={-1}
            mb="xs"
            style={{ outlineOffset: 4 }}
          >
            {localize(dimension.title)}
          </Title>
          <Text mb="md">
            <GlossaryText>{localize(dimension.description)}</GlossaryText>
          </Text>
          {dimension.questions.map((question, index) => {
            const author = autosave.authors[question.id];
            const error =
              autosave.state.kind === 'error' && autosave.state.field === `answers.${question.id}`
                ? autosave.state.message
                : undefined;
            return (
              <QuestionField
                key={question.id}
                question={question}
                number={numberOffset + index + 1}
                value={autosave.answers[question.id]}
                onChange={(value) => autosave.setAnswer(question.id, value)}
                sources={method?.sources}
                answeredBy={author?.displayName}
                readOnly={readOnly}
                error={error}
              />
            );
          })}
          <Group justify="space-between" mt="lg">
            {step > 1 ? (
              <Button component={Link} to={hrefOf(step - 1)} variant="default">
                {t('form.previous')}
              </Button>
            ) : (
              <span />
            )}
            {step < total ? (
              <Button component={Link} to={hrefOf(step + 1)}>
                {t('form.next')}
              </Button>
            ) : (
              <Button component={Link} to={reviewHref}>
                {t('form.finish')}
              </Button>
            )}
          </Group>
        </Box>
      ) : (
        <Box component="section" mt="lg" aria-labelledby="step-heading">
          <Title
            order={2}
            id="step-heading"
            ref={stepHeading}
            tabIndex={-1}
            mb="xs"
            style={{ outlineOffset: 4 }}
          >
            {t('form.reviewTitle')}
          </Title>
          <Text mb="md">{t('form.reviewIntro')}</Text>
          <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={{}} />
          {missing.length > 0 ? (
            <>
              <Text fw={600}>{t('form.missing', { count: missing.length })}</Text>
              <List withPadding mb="md">
                {missing.map((question) => {
                  const at = instrument.dimensions.findIndex((d) =>
                    d.questions.some((q) => q.id === question.id),
                  );
                  return (
                    <List.Item key={question.id}>
                      <Anchor component={Link} to={`${hrefOf(at + 1)}#question-${question.id}`}>
                        {localize(question.text)}
                      </Anchor>
                    </List.Item>
                  );
                })}
              </List>
            </>
          ) : (
            <Text mb="md">{t('form.allAnswered')}</Text>
          )}
          {contributorNames ? (
            <Text size="sm" c="dimmed" mb="md">
              {t('form.contributors', { names: contributorNames })}
            </Text>
          ) : null}
          <Stack align="flex-start">
            {!readOnly ? (
              <Button
                onClick={() => void finish()}
                loading={complete.isPending}
                disabled={missing.length > 0}
              >
                {t('form.complete')}
              </Button>
            ) : null}
            <Button component={Link} to={hrefOf(total)} variant="default">
              {t('form.previous')}
            </Button>
          </Stack>
        </Box>
      )}
    </>
  );
}

export function Component() {
  const { diagnosticId = '' } = useParams();
  return (
    <SignedInOnly>
      {() => (
        <DiagnosticData id={diagnosticId}>
          {({ diagnostic, instrument, method }) =>
            diagnostic.status === 'completed' ? (
              <CompletedNotice diagnostic={diagnostic} />
            ) : (
              <Form key={diagnostic.id} diagnostic={diagnostic} instrument={instrument} method={method} />
            )
          }
        </DiagnosticData>
      )}
    </SignedInOnly>
  );
}
