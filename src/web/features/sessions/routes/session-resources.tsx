import '../i18n-manage-runtime.ts';
import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  List,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../components/feedback/notify.ts';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { SignedInOnly } from '../../accounts/components/signed-in-only.tsx';
import { apiHref, useResourceActions, useResources } from '../api/manage.ts';
import { useTrainingSession } from '../api/sessions.ts';
import { ManageNav } from '../components/manage-nav.tsx';

function AddResource({ id }: { id: string }) {
  const { t } = useTranslation('sessionsManage');
  const actions = useResourceActions(id);
  const [kind, setKind] = useState<'link' | 'replay' | 'file'>('link');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const pending = kind === 'file' ? actions.addFile : actions.addLink;
  const fields = (pending.error && 'fields' in pending.error ? pending.error.fields : {}) as Record<
    string,
    string
  >;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const done = {
      onSuccess: () => {
        setTitle('');
        setUrl('');
        setFile(null);
        notifySuccess(t('manage.resourceAdded'));
      },
    };
    if (kind === 'file') {
      if (file) actions.addFile.mutate({ title, file }, done);
    } else actions.addLink.mutate({ kind, title, url }, done);
  };
  return (
    <form onSubmit={submit} aria-labelledby="add-resource-heading" noValidate>
      <Title id="add-resource-heading" order={2} size="h3" mb="xs">
        {t('manage.addResource')}
      </Title>
      <Stack gap="sm">
        <SegmentedControl
          aria-label={t('manage.resourceKind')}
          value={kind}
          onChange={(v) => setKind(v as typeof kind)}
          data={[
            { value: 'link', label: t('manage.kind.link') },
            { value: 'replay', label: t('manage.kind.replay') },
            { value: 'file', label: t('manage.kind.file') },
          ]}
        />
        <TextInput
          label={t('manage.resourceTitle')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fields.title}
        />
        {kind === 'file' ? (
          <FileInput
            label={t('manage.resourceFile')}
            description={t('manage.fileHelp')}
            accept=".pdf,.docx,application/pdf"
            value={file}
            onChange={setFile}
            error={
              fields.file ??
              (actions.addFile.isError && !fields.title ? actions.addFile.error.message : undefined)
            }
            clearable
          />
        ) : (
          <TextInput
            type="url"
            label={t('manage.resourceUrl')}
            description={t('manage.conferenceUrlHelp')}
            required
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={fields.url}
          />
        )}
        <Group>
          <Button type="submit" loading={pending.isPending} disabled={kind === 'file' && !file}>
            {t('manage.share')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Resources({ id }: { id: string }) {
  const { t } = useTranslation('sessionsManage');
  const session = useTrainingSession(id);
  const list = useResources(id);
  const actions = useResourceActions(id);
  if (session.isPending || list.isPending) return <PageLoader />;
  if (session.isError)
    return (
      <Alert color="red" role="alert">
        {session.error.message}
      </Alert>
    );
  const s = session.data;
  return (
    <Stack gap="md">
      <PageTitle>{t('manage.resourcesTitle', { title: s.title })}</PageTitle>
      {s.canManage ? (
        <ManageNav id={id} />
      ) : (
        <Anchor component={Link} to={paths.session.getHref(id)}>
          {t('manage.backToSession')}
        </Anchor>
      )}
      {list.isError ? (
        <Alert color="red" role="alert">
          {list.error.message}
        </Alert>
      ) : list.data.items.length === 0 ? (
        <Text>{t('manage.noResource')}</Text>
      ) : (
        <List spacing="xs">
          {list.data.items.map((r) => (
            <List.Item key={r.id}>
              <Group gap="xs">
                <Anchor
                  href={r.kind === 'file' ? apiHref(r.url) : r.url}
                  {...(r.kind === 'file'
                    ? { download: true }
                    : { target: '_blank', rel: 'noopener noreferrer' })}
                >
                  {r.title}
                </Anchor>
                <Text size="sm">({t(`manage.kind.${r.kind}`)})</Text>
                {s.canManage && (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red.9"
                    c="red.9"
                    aria-label={`${t('manage.remove')} – ${r.title}`}
                    onClick={() => actions.remove.mutate(r.id)}
                  >
                    {t('manage.remove')}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {s.canManage && <AddResource id={id} />}
    </Stack>
  );
}

export function Component() {
  const { id = '' } = useParams();
  return <SignedInOnly>{() => <Resources id={id} />}</SignedInOnly>;
}
