import '../i18n-runtime.ts';
import '../i18n-manage-runtime.ts';
import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess, notifyError } from '../../../components/feedback/notify.ts';
import { useParams } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { apiBase } from '../../../lib/api-client.ts';
import {
  useRegistrationAction,
  useRegistrations,
  type Registration,
  type RegistrationAction,
} from '../api/manage.ts';
import { useTrainingSession } from '../api/sessions.ts';
import { FacilitatorOnly, ManageNav } from '../components/manage-nav.tsx';

const STATUS_COLOR = {
  confirmed: 'teal.9',
  waitlisted: 'orange.9',
  offered: 'blue.9',
  cancelled: 'gray.8',
  refused: 'red.9',
} as const;

function Actions({
  sessionId,
  r,
  onRefuse,
}: {
  sessionId: string;
  r: Registration;
  onRefuse: (r: Registration) => void;
}) {
  const { t } = useTranslation(['sessionsManage', 'sessions']);
  const act = useRegistrationAction(sessionId);
  const run = (action: RegistrationAction) =>
    act.mutate(
      { registrationId: r.id, action },
      {
        onSuccess: () => notifySuccess(t(`manage.actionDone.${action}`, { name: r.name })),
        onError: (e) => notifyError(e.message),
      },
    );
  const label = (
    key: 'manage.confirmMembership' | 'manage.moveToConfirmed' | 'manage.moveToWaitlist' | 'manage.refuse',
  ) => `${t(key)} – ${r.name}`;
  return (
    <Group gap={4}>
      {!r.membershipConfirmed && r.status !== 'refused' && r.status !== 'cancelled' && (
        <Button
          size="xs"
          variant="light"
          aria-label={label('manage.confirmMembership')}
          onClick={() => run('confirm-membership')}
        >
          {t('manage.confirmMembership')}
        </Button>
      )}
      {r.status !== 'confirmed' && (
        <Button
          size="xs"
          variant="light"
          aria-label={label('manage.moveToConfirmed')}
          onClick={() => run('move-to-confirmed')}
        >
          {t('manage.moveToConfirmed')}
        </Button>
      )}
      {(r.status === 'confirmed' || r.status === 'offered') && (
        <Button
          size="xs"
          variant="light"
          aria-label={label('manage.moveToWaitlist')}
          onClick={() => run('move-to-waitlist')}
        >
          {t('manage.moveToWaitlist')}
        </Button>
      )}
      {r.status !== 'refused' && r.status !== 'cancelled' && (
        <Button
          size="xs"
          variant="light"
          color="red.9"
          aria-label={label('manage.refuse')}
          onClick={() => onRefuse(r)}
        >
          {t('manage.refuse')}
        </Button>
      )}
    </Group>
  );
}

function RefuseDialog({
  sessionId,
  target,
  onClose,
}: {
  sessionId: string;
  target: Registration | null;
  onClose: () => void;
}) {
  const { t } = useTranslation(['sessionsManage', 'sessions']);
  const act = useRegistrationAction(sessionId);
  const [reason, setReason] = useState('');
  const error =
    act.error && 'fields' in act.error ? (act.error.fields as Record<string, string>).reason : undefined;
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={t('manage.refuseTitle', { name: target?.name ?? '' })}
      closeButtonProps={{ 'aria-label': t('manage.close') }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!target) return;
          act.mutate(
            { registrationId: target.id, action: 'refuse', reason },
            {
              onSuccess: () => {
                setReason('');
                onClose();
                notifySuccess(t('manage.actionDone.refuse', { name: target.name }));
              },
            },
          );
        }}
      >
        <Textarea
          label={t('manage.reason')}
          description={t('manage.reasonHelp')}
          required
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={error ?? (act.isError ? act.error.message : undefined)}
          autosize
          minRows={3}
          data-autofocus
        />
        <Group mt="md">
          <Button type="submit" color="red.9" loading={act.isPending}>
            {t('manage.refuse')}
          </Button>
          <Button variant="subtle" onClick={onClose}>
            {t('manage.cancelAction')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}

function Registrations({ id }: { id: string }) {
  const { t } = useTranslation(['sessionsManage', 'sessions']);
  const session = useTrainingSession(id);
  const list = useRegistrations(id);
  const [refusing, setRefusing] = useState<Registration | null>(null);
  if (list.isPending || session.isPending) return <PageLoader />;
  if (list.isError)
    return (
      <Alert color="red" role="alert">
        {list.error.message}
      </Alert>
    );
  if (session.isError)
    return (
      <Alert color="red" role="alert">
        {session.error.message}
      </Alert>
    );
  const s = session.data;
  return (
    <Stack gap="md">
      <PageTitle>{t('manage.registrationsTitle', { title: s.title })}</PageTitle>
      <ManageNav id={id} />
      <Text>{t('sessions:capacity', { places: s.placesLeft, capacity: s.capacity })}</Text>
      <Group>
        <Anchor href={`${apiBase}/training-sessions/${encodeURIComponent(id)}/participants.csv`} download>
          {t('manage.csv')}
        </Anchor>
      </Group>
      {list.data.items.length === 0 ? (
        <Text>{t('manage.noRegistration')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table>
            <Table.Caption>{t('manage.registrationsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('manage.person')}</Table.Th>
                <Table.Th scope="col">{t('manage.organisation')}</Table.Th>
                <Table.Th scope="col">{t('manage.project')}</Table.Th>
                <Table.Th scope="col">{t('manage.statusLabel')}</Table.Th>
                <Table.Th scope="col">{t('manage.membershipColumn')}</Table.Th>
                <Table.Th scope="col">{t('manage.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Th scope="row">
                    {r.name}
                    <Text size="sm">{r.email}</Text>
                  </Table.Th>
                  <Table.Td>{r.organisation?.name ?? '—'}</Table.Td>
                  <Table.Td>{r.project?.title ?? '—'}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[r.status]} variant="filled">
                      {t(`manage.regStatus.${r.status}`)}
                    </Badge>
                    {r.reason && r.status === 'refused' && <Text size="sm">{r.reason}</Text>}
                  </Table.Td>
                  <Table.Td>{r.membershipConfirmed ? t('manage.yes') : t('manage.no')}</Table.Td>
                  <Table.Td>
                    <Actions sessionId={id} r={r} onRefuse={setRefusing} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RefuseDialog sessionId={id} target={refusing} onClose={() => setRefusing(null)} />
    </Stack>
  );
}

export function Component() {
  const { id = '' } = useParams();
  return <FacilitatorOnly>{() => <Registrations id={id} />}</FacilitatorOnly>;
}
