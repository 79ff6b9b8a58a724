import '../i18n-runtime.ts';
import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useSite, useSiteMessage } from '../api/sites.ts';
import { Adaptations } from '../components/adaptations.tsx';
import { Checklist } from '../components/checklist.tsx';
import { Documents } from '../components/documents.tsx';
import { FitCard } from '../components/fit-card.tsx';
import { SimulatedBadge, territoryText } from '../components/labels.tsx';
import { StagePanel } from '../components/stage-panel.tsx';
import { Thread } from '../components/thread.tsx';

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
    </Stack>
  );
}
