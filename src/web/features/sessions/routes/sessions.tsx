import '../i18n-runtime.ts';
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useSessionList, type SessionSummary } from '../api/sessions.ts';
import { useMe } from '../../accounts/api/get-me.ts';
import { formatInstant } from '../format.ts';

function SessionCard({ s }: { s: SessionSummary }) {
  const { t, i18n } = useTranslation('sessions');
  return (
    <Card withBorder padding="md" component="article">
      <Title order={3} size="h4">
        <Anchor component={Link} to={paths.session.getHref(s.id)}>
          {s.title}
        </Anchor>
      </Title>
      <Group gap="sm" mt="xs">
        {s.firstMeetingAt && (
          <Text size="sm">{t('from', { date: formatInstant(s.firstMeetingAt, i18n.language) })}</Text>
        )}
        <Text size="sm">{t('meetings', { count: s.meetingCount })}</Text>
        <Badge color={s.registrationOpen ? 'teal.9' : 'gray.8'} variant="filled">
          {s.status === 'archived' ? t('archived') : s.registrationOpen ? t('open') : t('closed')}
        </Badge>
      </Group>
    </Card>
  );
}

function SessionList({ when }: { when: 'upcoming' | 'past' }) {
  const { t } = useTranslation('sessions');
  const list = useSessionList(when);
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <Text role="alert">{list.error.message}</Text>;
  return (
    <section>
      <Title order={2} size="h3" mb="sm">
        {t(when)}
      </Title>
      {list.data.items.length === 0 ? (
        <Text>{t('none')}</Text>
      ) : (
        <Stack>
          {list.data.items.map((s) => (
            <SessionCard key={s.id} s={s} />
          ))}
        </Stack>
      )}
    </section>
  );
}

function MyLinks() {
  const { t } = useTranslation('sessions');
  const me = useMe();
  if (!me.data) return null;
  const facilitator = me.data.platformRole === 'facilitator' || me.data.platformRole === 'admin';
  return (
    <Group gap="md">
      <Anchor component={Link} to={paths.sessionsMine.getHref()}>
        {t('mineLink')}
      </Anchor>
      {facilitator && (
        <>
          <Anchor component={Link} to={paths.sessionsManage.getHref()}>
            {t('manageAll')}
          </Anchor>
          <Anchor component={Link} to={paths.sessionsPortfolio.getHref()}>
            {t('portfolioLink')}
          </Anchor>
        </>
      )}
    </Group>
  );
}

export function Component() {
  const { t } = useTranslation('sessions');
  return (
    <Stack gap="lg">
      <PageTitle>{t('title')}</PageTitle>
      <Text>{t('intro')}</Text>
      <MyLinks />
      <SessionList when="upcoming" />
      <SessionList when="past" />
    </Stack>
  );
}
