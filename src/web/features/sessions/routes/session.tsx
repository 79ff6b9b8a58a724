import '../i18n-runtime.ts';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess, notifyError } from '../../../components/feedback/notify.ts';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { apiBase } from '../../../lib/api-client.ts';
import { useMe } from '../../accounts/api/get-me.ts';
import {
  useMyProjects,
  useRegistrationActions,
  useTrainingSession,
  type TrainingSession,
} from '../api/sessions.ts';
import { LinkedPages } from '../components/linked-pages.tsx';
import { useProjectTitles } from '../components/linked-titles.ts';
import { formatDay, formatHours, formatInstant } from '../format.ts';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <Title order={2} size="h3" mt="lg" mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

function Registration({ s }: { s: TrainingSession }) {
  const { t, i18n } = useTranslation('sessions');
  const me = useMe();
  const actions = useRegistrationActions(s.id);
  const [consent, setConsent] = useState(false);
  const [organisationId, setOrganisationId] = useState('');
  const [projectId, setProjectId] = useState('');
  const projects = useMyProjects(Boolean(me.data));
  const mine = s.myRegistration;
  const onError = (error: Error) => notifyError(error.message);
  if (mine && mine.status !== 'cancelled') {
    return (
      <Stack gap="xs">
        <Alert color={mine.status === 'refused' ? 'red' : 'teal'} role="status">
          {t(`status.${mine.status}`, {
            date: mine.offerExpiresAt ? formatInstant(mine.offerExpiresAt, i18n.language) : '',
            reason: mine.reason ?? '',
          })}
        </Alert>
        <Group>
          {mine.status === 'offered' && (
            <Button
              onClick={() => actions.accept.mutate(undefined, { onError })}
              loading={actions.accept.isPending}
            >
              {t('accept')}
            </Button>
          )}
          {mine.status !== 'refused' && (
            <Button
              variant="outline"
              color="red.9"
              onClick={() => actions.cancel.mutate(undefined, { onError })}
              loading={actions.cancel.isPending}
            >
              {t('cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    );
  }
  if (!s.registrationOpen)
    return (
      <Alert role="status">
        {new Date(s.registrationDeadline) <= new Date()
          ? t('closedSince', { date: formatInstant(s.registrationDeadline, i18n.language) })
          : t('closed')}
      </Alert>
    );
  if (me.data === null) {
    return (
      <Anchor component={Link} to={paths.account.signIn.getHref()}>
        {t('signInToRegister')}
      </Anchor>
    );
  }
  return (
    <Stack gap="xs">
      {me.data && me.data.memberships.length > 0 && (
        <NativeSelect
          label={t('registerOrganisation')}
          value={organisationId}
          onChange={(e) => {
            setOrganisationId(e.currentTarget.value);
            setProjectId('');
          }}
          data={[
            { value: '', label: t('none_choice') },
            ...me.data.memberships.map((m) => ({ value: m.organisationId, label: m.organisationName })),
          ]}
        />
      )}
      {organisationId && (
        <NativeSelect
          label={t('registerProject')}
          value={projectId}
          onChange={(e) => setProjectId(e.currentTarget.value)}
          data={[
            { value: '', label: t('none_choice') },
            ...(projects.data?.items ?? [])
              .filter((p) => p.organisation.id === organisationId)
              .map((p) => ({ value: p.id, label: p.title })),
          ]}
        />
      )}
      <Checkbox
        label={t('shareConsent')}
        checked={consent}
        onChange={(e) => setConsent(e.currentTarget.checked)}
      />
      <Group>
        <Button
          onClick={() =>
            actions.register.mutate(
              { shareConsent: consent, organisationId: organisationId || null, projectId: projectId || null },
              { onSuccess: () => notifySuccess(t('registered')), onError },
            )
          }
          loading={actions.register.isPending}
        >
          {s.placesLeft > 0 ? t('register') : t('registerWaitlist')}
        </Button>
      </Group>
    </Stack>
  );
}

/** « Étude de cas : Bricobus » once the project's title is known (and readable), « Étude de cas » meanwhile. */
function CaseStudyName({ id }: { id: string }) {
  const { t } = useTranslation('sessions');
  const title = useProjectTitles([id]).get(id);
  return <>{title ? t('caseStudyNamed', { title }) : t('caseStudy')}</>;
}

export function Component() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('sessions');
  const query = useTrainingSession(id);
  if (query.isPending) return <PageLoader />;
  if (query.isError)
    return (
      <Alert color="red" role="alert">
        {query.error.message}
      </Alert>
    );
  const s = query.data;
  return (
    <Stack gap="sm">
      <Anchor component={Link} to={paths.sessions.getHref()}>
        {t('back')}
      </Anchor>
      <PageTitle>{s.title}</PageTitle>
      <Group gap="sm">
        <Text>{s.organisation.name}</Text>
        <Badge color={s.registrationOpen ? 'teal.9' : 'gray.8'} variant="filled">
          {s.status === 'archived' ? t('archived') : s.registrationOpen ? t('open') : t('closed')}
        </Badge>
      </Group>
      <Registration s={s} />
      <Group gap="md">
        {s.canManage && (
          <Anchor component={Link} to={paths.sessionEdit.getHref(s.id)}>
            {t('manageLink')}
          </Anchor>
        )}
        {(s.canManage || s.myRegistration?.status === 'confirmed') && (
          <Anchor component={Link} to={paths.sessionResources.getHref(s.id)}>
            {t('resourcesLink')}
          </Anchor>
        )}
        {s.myRegistration && (
          <Anchor component={Link} to={paths.sessionsMine.getHref()}>
            {t('mineLink')}
          </Anchor>
        )}
      </Group>
      {s.why && (
        <Section title={t('why')}>
          <Text style={{ whiteSpace: 'pre-line' }}>{s.why}</Text>
        </Section>
      )}
      {s.forWhom && (
        <Section title={t('forWhom')}>
          <Text>{s.forWhom}</Text>
        </Section>
      )}
      {s.objectives.length > 0 && (
        <Section title={t('objectives')}>
          <List>
            {s.objectives.map((o) => (
              <List.Item key={o}>{o}</List.Item>
            ))}
          </List>
        </Section>
      )}
      {s.programme && (
        <Section title={t('programme')}>
          <Text style={{ whiteSpace: 'pre-line' }}>{s.programme}</Text>
        </Section>
      )}
      <Section title={t('meetingsTitle')}>
        <Table>
          <Table.Tbody>
            {s.meetings.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{formatDay(m.date, i18n.language)}</Table.Td>
                <Table.Td>{formatHours(m.start, m.end, i18n.language)}</Table.Td>
                <Table.Td>
                  {m.cancelled ? <s>{m.title}</s> : m.title}
                  {m.cancelled && (
                    <Badge ml="xs" color="red.9">
                      {t('cancelled')}
                    </Badge>
                  )}
                  {m.caseStudyProjectId && (
                    <>
                      {' · '}
                      <Anchor component={Link} to={paths.project.getHref(m.caseStudyProjectId)}>
                        <CaseStudyName id={m.caseStudyProjectId} />
                      </Anchor>
                    </>
                  )}
                  {m.conferenceUrl && !m.cancelled && (
                    <>
                      {' · '}
                      <Anchor href={m.conferenceUrl} rel="noopener noreferrer" target="_blank">
                        {t('conference')}
                      </Anchor>
                    </>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group mt="sm">
          <Anchor href={s.icsUrl.replace('/api/v1', apiBase)} download>
            {t('ics')}
          </Anchor>
          {s.feedUrl && (
            <Text size="sm">
              {t('feed')}&nbsp;: <code>{`${window.location.origin}${s.feedUrl}`}</code>
            </Text>
          )}
        </Group>
      </Section>
      <LinkedPages methodPageIds={s.methodPageIds} caseStudyIds={s.caseStudyProjectIds} />
      {s.speakers.length > 0 && (
        <Section title={t('speakers')}>
          <List>
            {s.speakers.map((sp, i) => (
              <List.Item key={i}>{[sp.name, sp.role, sp.organisation].filter(Boolean).join(', ')}</List.Item>
            ))}
          </List>
        </Section>
      )}
      <Section title={t('conditions')}>
        <Stack gap="xs">
          <Text>{t('capacity', { places: s.placesLeft, capacity: s.capacity })}</Text>
          {s.waitlistLength > 0 && <Text>{t('waitlist', { count: s.waitlistLength })}</Text>}
          <Text>{t('deadline', { date: formatInstant(s.registrationDeadline, i18n.language) })}</Text>
          {s.membershipRequired && <Text>{t('membership')}</Text>}
          {s.membershipFormUrl && (
            <Anchor href={s.membershipFormUrl} download>
              {t('membershipForm')}
            </Anchor>
          )}
        </Stack>
      </Section>
      {(s.contact.name || s.contact.email || s.contact.phone) && (
        <Section title={t('contact')}>
          <Text>{[s.contact.name, s.contact.phone].filter(Boolean).join(', ')}</Text>
          {s.contact.email && <Anchor href={`mailto:${s.contact.email}`}>{s.contact.email}</Anchor>}
        </Section>
      )}
    </Stack>
  );
}
