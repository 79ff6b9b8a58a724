import '../i18n-runtime.ts';
import '../i18n-manage-runtime.ts';
import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useManagedSessions } from '../api/manage.ts';
import { FacilitatorOnly } from '../components/manage-nav.tsx';
import { formatInstant } from '../format.ts';

const STATUS_COLOR = {
  draft: 'gray.8',
  published: 'teal.9',
  closed: 'orange.9',
  archived: 'dark.6',
} as const;

function MySessions() {
  const { t, i18n } = useTranslation(['sessionsManage', 'sessions']);
  const list = useManagedSessions();
  if (list.isPending) return <PageLoader />;
  if (list.isError)
    return (
      <Alert color="red" role="alert">
        {list.error.message}
      </Alert>
    );
  if (list.data.items.length === 0) return <Text>{t('manage.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table>
        <Table.Caption>{t('manage.listCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('manage.titleField')}</Table.Th>
            <Table.Th scope="col">{t('manage.statusLabel')}</Table.Th>
            <Table.Th scope="col">{t('manage.firstMeeting')}</Table.Th>
            <Table.Th scope="col">{t('manage.places')}</Table.Th>
            <Table.Th scope="col">{t('manage.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data.items.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Anchor component={Link} to={paths.sessionEdit.getHref(s.id)}>
                  {s.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLOR[s.status]} variant="filled">
                  {t(`manage.status.${s.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{s.firstMeetingAt ? formatInstant(s.firstMeetingAt, i18n.language) : '—'}</Table.Td>
              <Table.Td>
                {t('manage.placesValue', {
                  confirmed: s.confirmed,
                  capacity: s.capacity,
                  waitlisted: s.waitlisted,
                })}
              </Table.Td>
              <Table.Td>
                <Group gap="xs">
                  <Anchor
                    component={Link}
                    to={paths.sessionRegistrations.getHref(s.id)}
                    aria-label={`${t('manage.nav.registrations')} – ${s.title}`}
                  >
                    {t('manage.nav.registrations')}
                  </Anchor>
                  <Anchor
                    component={Link}
                    to={paths.sessionAttendance.getHref(s.id)}
                    aria-label={`${t('manage.nav.attendance')} – ${s.title}`}
                  >
                    {t('manage.nav.attendance')}
                  </Anchor>
                  <Anchor
                    component={Link}
                    to={paths.sessionCohort.getHref(s.id)}
                    aria-label={`${t('manage.nav.cohort')} – ${s.title}`}
                  >
                    {t('manage.nav.cohort')}
                  </Anchor>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function Component() {
  const { t } = useTranslation(['sessionsManage', 'sessions']);
  return (
    <FacilitatorOnly>
      {() => (
        <Stack gap="md">
          <PageTitle>{t('manage.title')}</PageTitle>
          <Group>
            <Button component={Link} to={paths.sessionNew.getHref()}>
              {t('manage.new')}
            </Button>
            <Anchor component={Link} to={paths.sessionsPortfolio.getHref()}>
              {t('sessions:portfolioLink')}
            </Anchor>
          </Group>
          <MySessions />
        </Stack>
      )}
    </FacilitatorOnly>
  );
}
