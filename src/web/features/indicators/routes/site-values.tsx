import '../i18n-runtime.ts';
import { Alert, Anchor, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useMyModels, useReminders, useSiteValues } from '../api/indicators.ts';
import { AddValue, SendLink } from '../components/site-value-forms.tsx';
import { UploadValues } from '../components/upload-values.tsx';
import { ValuesTable } from '../components/values-table.tsx';

/** A site's indicator page: its values (corrected or removed by editors), a value typed in, a link, reminders. */
export function Component() {
  const { t } = useTranslation('indicators');
  const { siteId = '' } = useParams();
  const query = useSiteValues(siteId);
  const reminders = useReminders(siteId);
  // The dashboard is the carrier's: the link shows only to members of the model's organisation.
  const models = useMyModels(query.isSuccess);
  if (query.isPending) return <PageLoader />;
  if (query.isError)
    return (
      <Alert color="red" role="alert">
        {query.error.message}
      </Alert>
    );
  const data = query.data;
  return (
    <>
      <PageTitle>{t('site.title', { name: data.site.name })}</PageTitle>
      {/* The site team comes from its site's page and goes back there; the carrier also reaches its dashboard. */}
      <Group mb="md" gap="lg">
        <Anchor component={Link} to={paths.site.getHref(data.site.id)}>
          {t('site.toSite', { name: data.site.name })}
        </Anchor>
        {models.data?.some((m) => m.id === data.site.modelId) && (
          <Anchor
            component={Link}
            to={`${paths.network.getHref()}?modele=${encodeURIComponent(data.site.modelId)}`}
          >
            {t('site.back')}
          </Anchor>
        )}
      </Group>
      <Stack gap="lg">
        <Paper withBorder p="md" component="section" aria-labelledby="values-title">
          <Title order={2} id="values-title" mb="sm">
            {t('site.valuesCaption')}
          </Title>
          {data.indicators.length === 0 ? (
            <Text>{t('site.noIndicators')}</Text>
          ) : data.values.length === 0 ? (
            <Text>{t('site.none')}</Text>
          ) : (
            <ValuesTable data={data} />
          )}
        </Paper>
        {data.canEdit && data.indicators.length > 0 && <AddValue data={data} />}
        {data.canEdit && data.indicators.length > 0 && (
          <UploadValues modelId={data.site.modelId} siteName={data.site.name} />
        )}
        {data.canEdit && data.indicators.length > 0 && <SendLink siteId={data.site.id} />}
        <Paper withBorder p="md" component="section" aria-labelledby="reminders-title">
          <Title order={2} id="reminders-title" mb="sm">
            {t('site.reminders')}
          </Title>
          <Checkbox
            label={t('site.remindersLabel')}
            checked={data.remindersEnabled}
            disabled={reminders.isPending}
            onChange={(e) => reminders.mutate(e.currentTarget.checked)}
          />
          {reminders.isError && (
            <Text role="alert" c="red.9" size="sm" mt="xs">
              {reminders.error.message}
            </Text>
          )}
        </Paper>
      </Stack>
    </>
  );
}
