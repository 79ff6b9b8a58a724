import '../i18n-runtime.ts';
import { Alert, Anchor, Badge, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { apiBase } from '../../../lib/api-client.ts';
import { useMe } from '../../accounts/api/get-me.ts';
import { useTrainingSession, type TrainingSession } from '../api/sessions.ts';
import { LinkedPages } from '../components/linked-pages.tsx';
import { useProjectTitles } from '../components/linked-titles.ts';
import classes from '../components/session.module.css';
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

// Only signed-in people register or hold a registration: their controls come in a chunk of their own.
const RegistrationPanel = lazy(() => import('../components/registration-panel.tsx'));

/**
 * The registration block: a visitor reads whether registration is open and is invited to sign in; a signed-in
 * person gets the panel (register, or their registration's status and actions), loaded on demand.
 */
function Registration({ s }: { s: TrainingSession }) {
  const { t, i18n } = useTranslation(['sessions', 'common']);
  const me = useMe();
  const mine = s.myRegistration;
  const panel = (
    <Suspense fallback={<Loader size="sm" role="status" aria-label={t('common:loading')} />}>
      <RegistrationPanel s={s} />
    </Suspense>
  );
  if (mine && mine.status !== 'cancelled') return panel;
  if (!s.registrationOpen)
    return (
      <Alert role="status">
        {new Date(s.registrationDeadline) <= new Date()
          ? t('closedSince', { date: formatInstant(s.registrationDeadline, i18n.language) })
          : t('closed')}
      </Alert>
    );
  // Until we know whether the reader is signed in, neither the sign-in link nor the form.
  if (me.isPending) return null;
  if (me.data === null) {
    return (
      <Anchor component={Link} to={paths.account.signIn.getHref()}>
        {t('signInToRegister')}
      </Anchor>
    );
  }
  return panel;
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
        <table className={classes.meetings}>
          <tbody>
            {s.meetings.map((m) => (
              <tr key={m.id}>
                <td>{formatDay(m.date, i18n.language)}</td>
                <td>{formatHours(m.start, m.end, i18n.language)}</td>
                <td>
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
                </td>
              </tr>
            ))}
          </tbody>
        </table>
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
