import '../i18n-manage-runtime.ts';
import { Anchor, Button, Card, Group, List, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { notifyError, notifySuccess } from '../../../components/feedback/notify.ts';
import { useEndFollow, useSaveNotes, type PortfolioItem } from '../api/portfolio.ts';
import { formatInstant } from '../format.ts';
import { words } from '../method-labels.ts';

/** A site as « Bricobus du Diois (lancement) — 26 ». */
export function useSiteLine() {
  const { t } = useTranslation('sessionsManage');
  return (site: PortfolioItem['sites']['items'][number]) =>
    `${t('portfolio.siteLine', {
      name: site.name,
      stage: t(`siteStages.${site.stage}` as 'siteStages.launch', { defaultValue: words(site.stage) }),
    })}${site.departement ? ` — ${site.departement}` : ''}`;
}

function Notes({ item }: { item: PortfolioItem }) {
  const { t, i18n } = useTranslation('sessionsManage');
  const save = useSaveNotes();
  const [notes, setNotes] = useState(item.notes);
  const id = `notes-${item.followId}`;
  return (
    <Stack gap="xs">
      <Textarea
        id={id}
        label={t('portfolio.notes')}
        description={t('portfolio.notesHelp')}
        autosize
        minRows={3}
        maxRows={12}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
        error={save.error?.message}
      />
      <Group gap="sm">
        <Button
          variant="outline"
          disabled={notes === item.notes}
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { followId: item.followId, notes },
              { onSuccess: () => notifySuccess(t('portfolio.notesSaved')) },
            )
          }
        >
          {t('portfolio.notesSave')}
        </Button>
        {item.notesUpdatedAt && (
          <Text size="sm">
            {t('portfolio.notesUpdated', { date: formatInstant(item.notesUpdatedAt, i18n.language) })}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

function EndFollow({ item }: { item: PortfolioItem }) {
  const { t } = useTranslation('sessionsManage');
  const { t: tForms } = useTranslation('forms');
  const end = useEndFollow();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="outline" color="red.9" onClick={() => setOpen(true)}>
        {t('portfolio.end')}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('portfolio.end')}
        // The close button's name (axe « button-name », RGAA 11.9), as in the app's other dialogs.
        closeButtonProps={{ 'aria-label': tForms('closeDialog') }}
      >
        <Text mb="md">{t('portfolio.endConfirm', { title: item.project.title })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('portfolio.cancel')}
          </Button>
          <Button
            color="red.9"
            loading={end.isPending}
            onClick={() =>
              end.mutate(item.followId, {
                onSuccess: () => {
                  setOpen(false);
                  notifySuccess(t('portfolio.endDone'));
                },
                onError: (e) => notifyError(e.message),
              })
            }
          >
            {t('portfolio.confirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}

/** One followed project: since when, links to its latest diagnostic and plan, its sites, the facilitator's private notes, and ending the follow. */
export function PortfolioProject({ item }: { item: PortfolioItem }) {
  const { t, i18n } = useTranslation('sessionsManage');
  const siteLine = useSiteLine();
  const headingId = `followed-${item.followId}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title id={headingId} order={3} size="h4">
            {item.project.title}
          </Title>
          <Text size="sm">
            {item.project.organisation} ·{' '}
            {t('portfolio.since', { date: formatInstant(item.since, i18n.language) })}
          </Text>
        </div>
        {(item.diagnostic || item.plan) && (
          // Following the project gives read-only access to its diagnostics and plans.
          <Group gap="md">
            {item.diagnostic && (
              <Anchor
                component={Link}
                to={
                  item.diagnostic.completedAt
                    ? paths.diagnosticResult.getHref(item.diagnostic.id)
                    : paths.diagnostic.getHref(item.diagnostic.id)
                }
              >
                {t('portfolio.openDiagnostic', { title: item.project.title })}
              </Anchor>
            )}
            {item.plan && (
              <Anchor component={Link} to={paths.plan.getHref(item.plan.id)}>
                {t('portfolio.openPlan', { title: item.project.title })}
              </Anchor>
            )}
          </Group>
        )}
        <div>
          <Text fw={700}>{t('portfolio.sites')}</Text>
          {item.sites.total === 0 ? (
            <Text>{t('portfolio.noSite')}</Text>
          ) : (
            <List size="sm">
              {item.sites.items.map((site) => (
                <List.Item key={site.id}>{siteLine(site)}</List.Item>
              ))}
              {item.sites.total > item.sites.items.length && (
                <List.Item>
                  {t('portfolio.sitesMore', { count: item.sites.total - item.sites.items.length })}
                </List.Item>
              )}
            </List>
          )}
        </div>
        <Notes key={item.notesUpdatedAt ?? 'none'} item={item} />
        <Group>
          <EndFollow item={item} />
        </Group>
      </Stack>
    </Card>
  );
}
