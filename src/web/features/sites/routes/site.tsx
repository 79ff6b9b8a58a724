import '../i18n-runtime.ts';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { notifySuccess } from '../../../components/feedback/notify.ts';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useDeleteSite, useSite, useSiteMessage, type Site } from '../api/sites.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { Adaptations } from '../components/adaptations.tsx';
import { Checklist } from '../components/checklist.tsx';
import { Documents } from '../components/documents.tsx';
import { FitCard } from '../components/fit-card.tsx';
import { SimulatedBadge, territoryText } from '../components/labels.tsx';
import { StagePanel } from '../components/stage-panel.tsx';
import { Thread } from '../components/thread.tsx';

/** Where the site team reports its indicator values: the carrier's dictionary, per period. */
function Reporting({ site }: { site: Site }) {
  const { t } = useTranslation('sites');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="reporting-title">
      <Title order={2} size="h3" id="reporting-title" mb="xs">
        {t('reporting.title')}
      </Title>
      <Text mb="xs">{t('reporting.intro')}</Text>
      <Anchor component={Link} to={paths.networkSite.getHref(site.id)}>
        {t('reporting.link', { name: site.name })}
      </Anchor>
    </Paper>
  );
}

/** The carrier puts the site in the trash (restorable for 30 days from the « Corbeille » tab of the sites list). */
function DeleteSite({ site }: { site: Site }) {
  const { t } = useTranslation('sites');
  const remove = useDeleteSite();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const close = () => {
    setOpened(false);
    remove.reset();
  };
  return (
    <>
      <Button
        variant="outline"
        color="red.9"
        onClick={() => setOpened(true)}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('deleteSite.button')}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={t('deleteSite.title')}
        question={t('deleteSite.question', { name: site.name })}
        confirmLabel={t('deleteSite.confirm')}
        pending={remove.isPending}
        onClose={close}
        onConfirm={() =>
          remove.mutate(
            { id: site.id, version: site.version },
            {
              onSuccess: () => {
                close();
                notifySuccess(t('deleteSite.done', { name: site.name }));
                void navigate(paths.sites.getHref());
              },
            },
          )
        }
      >
        {remove.error && (
          <Text role="alert" c="red.9" size="sm">
            {remove.error.message}
          </Text>
        )}
      </ConfirmDialog>
    </>
  );
}

/** A replication site, for its organisation and the carrier. */
export function Component() {
  const { t } = useTranslation('sites');
  const { siteId = '' } = useParams();
  const site = useSite(siteId);
  const message = useSiteMessage(siteId);
  if (!site.data) return site.error ? <Alert color="red">{site.error.message}</Alert> : <PageLoader />;
  const s = site.data;
  return (
    <Stack>
      <PageTitle>{s.name}</PageTitle>
      <Group gap="xs">
        <Text>
          {s.organisation.name} ·{' '}
          <Anchor component={Link} to={paths.kit.getHref(s.model.id, s.model.version)}>
            {t('site.followed', { version: s.model.version, model: s.model.title })}
          </Anchor>
        </Text>
        <SimulatedBadge note={s.dataNote} />
      </Group>
      {s.dataNote && <Text size="sm">{s.dataNote}</Text>}
      <Text>
        <strong>{t('territory')}</strong>
        {'\u00a0'}: {territoryText(s.territories)}
      </Text>
      <StagePanel site={s} />
      <Reporting site={s} />
      <FitCard site={s} />
      <Checklist site={s} />
      <Adaptations site={s} />
      <Documents site={s} />
      <Thread
        messages={s.messages}
        canWrite={s.permissions.write}
        pending={message.isPending}
        error={
          message.error instanceof ApiError ? (message.error.fields.body ?? message.error.message) : undefined
        }
        onSend={(body, done) => message.mutate(body, { onSuccess: done })}
      />
      {s.permissions.publish && <DeleteSite site={s} />}
    </Stack>
  );
}
