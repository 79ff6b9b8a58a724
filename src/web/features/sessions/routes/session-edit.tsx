import '../i18n-runtime.ts';
import '../i18n-manage-runtime.ts';
import { Alert, Anchor, Badge, Button, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess, notifyError } from '../../../components/feedback/notify.ts';
import { useNavigate, useParams } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useMe } from '../../accounts/api/get-me.ts';
import { apiHref, useSaveSession, useSetStatus, useUploadMembershipForm } from '../api/manage.ts';
import { useTrainingSession, type TrainingSession } from '../api/sessions.ts';
import { FacilitatorOnly, ManageNav } from '../components/manage-nav.tsx';
import { SessionForm } from '../components/session-form.tsx';

const NEXT: Record<TrainingSession['status'], TrainingSession['status'][]> = {
  draft: ['published'],
  published: ['closed', 'archived', 'draft'],
  closed: ['published', 'archived'],
  archived: [],
};

function StatusActions({ s }: { s: TrainingSession }) {
  const { t } = useTranslation(['sessionsManage', 'sessions']);
  const setStatus = useSetStatus(s.id);
  return (
    <section aria-labelledby="status-heading">
      <Title id="status-heading" order={2} size="h3" mb="xs">
        {t('manage.statusLabel')}
      </Title>
      <Group gap="sm">
        <Badge variant="filled" color="dark.6">
          {t(`manage.status.${s.status}`)}
        </Badge>
        {NEXT[s.status].map((status) => (
          <Button
            key={status}
            variant={status === 'published' ? 'filled' : 'outline'}
            loading={setStatus.isPending && setStatus.variables.status === status}
            onClick={() =>
              setStatus.mutate(
                { status, version: s.version },
                {
                  onSuccess: () => notifySuccess(t(`manage.statusDone.${status}`)),
                  onError: (e) => notifyError(e.message),
                },
              )
            }
          >
            {t(`manage.to.${status}`)}
          </Button>
        ))}
      </Group>
    </section>
  );
}

function MembershipForm({ s }: { s: TrainingSession }) {
  const { t } = useTranslation(['sessionsManage', 'sessions']);
  const upload = useUploadMembershipForm(s.id);
  const [file, setFile] = useState<File | null>(null);
  return (
    <section aria-labelledby="form-heading">
      <Title id="form-heading" order={2} size="h3" mb="xs">
        {t('manage.membershipFormTitle')}
      </Title>
      {s.membershipFormUrl && (
        <Anchor href={apiHref(s.membershipFormUrl)} download>
          {t('sessions:membershipForm')}
        </Anchor>
      )}
      <Group align="end" mt="xs">
        <FileInput
          label={t('manage.membershipFormFile')}
          description={t('manage.fileHelp')}
          accept=".pdf,.docx,application/pdf"
          value={file}
          onChange={setFile}
          error={upload.error?.message}
          clearable
        />
        <Button
          disabled={!file}
          loading={upload.isPending}
          onClick={() =>
            file &&
            upload.mutate(file, {
              onSuccess: () => {
                setFile(null);
                notifySuccess(t('manage.membershipFormSaved'));
              },
            })
          }
        >
          {t('manage.upload')}
        </Button>
      </Group>
    </section>
  );
}

function Editor({ id }: { id: string | null }) {
  const { t } = useTranslation(['sessionsManage', 'sessions']);
  const me = useMe();
  const navigate = useNavigate();
  const query = useTrainingSession(id ?? '');
  const save = useSaveSession(id);
  if (id && query.isPending) return <PageLoader />;
  if (id && query.isError)
    return (
      <Alert color="red" role="alert">
        {query.error.message}
      </Alert>
    );
  const session = id ? (query.data ?? null) : null;
  if (session && !session.canManage)
    return (
      <Alert color="red" role="alert">
        {t('manage.notYours')}
      </Alert>
    );
  const organisations = me.data?.memberships ?? [];
  return (
    <Stack gap="lg">
      <PageTitle>{session ? t('manage.editTitle', { title: session.title }) : t('manage.new')}</PageTitle>
      {session && <ManageNav id={session.id} />}
      {session && <StatusActions s={session} />}
      {!session && organisations.length === 0 && <Text role="alert">{t('manage.noOrganisation')}</Text>}
      <SessionForm
        key={session?.version ?? 'new'}
        session={session}
        organisations={organisations}
        pending={save.isPending}
        onSave={async (body) => {
          const saved = await save.mutateAsync(session ? { ...body, version: session.version } : body);
          notifySuccess(t('manage.saved'));
          if (!session) await navigate(paths.sessionEdit.getHref(saved.id));
        }}
      />
      {session && <MembershipForm s={session} />}
    </Stack>
  );
}

export function Component() {
  const { id } = useParams();
  return <FacilitatorOnly>{() => <Editor id={id ?? null} />}</FacilitatorOnly>;
}
