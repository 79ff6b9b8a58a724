import '../i18n-manage-runtime.ts';
import { Alert, Anchor, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useCohort, useSurveyResults } from '../api/manage.ts';
import { useTrainingSession } from '../api/sessions.ts';
import {
  DIAGNOSTIC_COLUMNS,
  DiagnosticCells,
  DiagnosticHeaders,
  NoDiagnosticCells,
} from '../components/diagnostic-cells.tsx';
import { FacilitatorOnly, ManageNav } from '../components/manage-nav.tsx';
import { useMethodLabels } from '../method-labels.ts';

function CohortTable({ id }: { id: string }) {
  const { t } = useTranslation('sessionsManage');
  const cohort = useCohort(id);
  const labels = useMethodLabels();
  if (cohort.isPending) return <PageLoader />;
  if (cohort.isError)
    return (
      <Alert color="red" role="alert">
        {cohort.error.message}
      </Alert>
    );
  const { participants, commonVigilance } = cohort.data;
  return (
    <Stack gap="md">
      {participants.length === 0 ? (
        <Text>{t('manage.noParticipant')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table>
            <Table.Caption>{t('manage.cohortCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('manage.person')}</Table.Th>
                <Table.Th scope="col">{t('manage.project')}</Table.Th>
                <DiagnosticHeaders />
                <Table.Th scope="col">{t('manage.plan')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {participants.map((p) => (
                <Table.Tr key={p.registrationId}>
                  <Table.Th scope="row">
                    {p.name}
                    {p.organisation && <Text size="sm">{p.organisation}</Text>}
                  </Table.Th>
                  <Table.Td>
                    {p.project ? (
                      <Anchor component={Link} to={paths.project.getHref(p.project.id)}>
                        {p.project.title}
                      </Anchor>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  {!p.shareConsent ? (
                    <Table.Td colSpan={DIAGNOSTIC_COLUMNS + 1}>{t('manage.noConsent')}</Table.Td>
                  ) : (
                    <>
                      {p.diagnostic ? (
                        <DiagnosticCells diagnostic={p.diagnostic} labels={labels} />
                      ) : (
                        <NoDiagnosticCells />
                      )}
                      <Table.Td>
                        {p.plan
                          ? t('manage.planProgress', {
                              title: p.plan.title,
                              done: p.plan.done,
                              items: p.plan.items,
                            })
                          : t('manage.noPlan')}
                      </Table.Td>
                    </>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <section aria-labelledby="common-heading">
        <Title id="common-heading" order={2} size="h3" mb="xs">
          {t('manage.commonVigilance')}
        </Title>
        {commonVigilance.length === 0 ? (
          <Text>{t('manage.noCommonVigilance')}</Text>
        ) : (
          <List>
            {commonVigilance.map((v) => (
              <List.Item key={v.id}>
                {t('manage.sharedBy', { point: labels.vigilance(v.id), count: v.count })}
              </List.Item>
            ))}
          </List>
        )}
      </section>
    </Stack>
  );
}

function Survey({ id }: { id: string }) {
  const { t } = useTranslation('sessionsManage');
  const survey = useSurveyResults(id);
  return (
    <section aria-labelledby="survey-heading">
      <Title id="survey-heading" order={2} size="h3" mb="xs">
        {t('manage.surveyTitle')}
      </Title>
      {survey.isPending ? (
        <PageLoader />
      ) : survey.isError ? (
        <Alert color="red" role="alert">
          {survey.error.message}
        </Alert>
      ) : survey.data.responses === 0 ? (
        <Text>{t('manage.noSurvey')}</Text>
      ) : (
        <Stack gap="xs">
          <Text>
            {t('manage.surveySummary', {
              count: survey.data.responses,
              overall: survey.data.overall,
              usefulness: survey.data.usefulness,
              recommend: survey.data.recommend,
            })}
          </Text>
          {survey.data.comments.length > 0 && (
            <List>
              {survey.data.comments.map((c, i) => (
                <List.Item key={i}>
                  {'«\u00a0'}
                  {c}
                  {'\u00a0»'}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
    </section>
  );
}

function CohortPage({ id }: { id: string }) {
  const { t } = useTranslation('sessionsManage');
  const session = useTrainingSession(id);
  if (session.isPending) return <PageLoader />;
  if (session.isError)
    return (
      <Alert color="red" role="alert">
        {session.error.message}
      </Alert>
    );
  return (
    <Stack gap="md">
      <PageTitle>{t('manage.cohortTitle', { title: session.data.title })}</PageTitle>
      <ManageNav id={id} />
      <Text>{t('manage.cohortHelp')}</Text>
      <CohortTable id={id} />
      <Survey id={id} />
    </Stack>
  );
}

export function Component() {
  const { id = '' } = useParams();
  return <FacilitatorOnly>{() => <CohortPage id={id} />}</FacilitatorOnly>;
}
