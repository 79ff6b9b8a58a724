import '../i18n-runtime.ts';
import { Alert, Anchor, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useMe } from '../../accounts/api/get-me.ts';
import { useDashboard, useMyModels } from '../api/indicators.ts';
import { CompareSites } from '../components/compare-sites.tsx';
import { Dictionary } from '../components/dictionary.tsx';
import { IndicatorSeries } from '../components/indicator-series.tsx';
import { Funnel, WatchLists } from '../components/network-overview.tsx';
import { NetworkSitesMap } from '../components/network-sites.tsx';
import { SettingsForm } from '../components/settings-form.tsx';
import { UploadValues } from '../components/upload-values.tsx';

// The network dashboard of the carrier: pick one of the models of your organisations (?modele=<id>).
function NetworkDashboard({ modelId }: { modelId: string }) {
  const { t } = useTranslation('indicators');
  const [params, setParams] = useSearchParams();
  const granularity = params.get('pas') === 'annee' ? 'year' : 'native';
  const dashboard = useDashboard(modelId, granularity);
  if (dashboard.isPending) return <PageLoader />;
  if (dashboard.isError)
    return (
      <Alert color="red" role="alert">
        {dashboard.error.message}
      </Alert>
    );
  const d = dashboard.data;
  const simulated = d.indicators.some((i) => i.definition.includes('simulées'));
  return (
    <Stack gap="lg">
      {simulated && (
        <Alert color="yellow" variant="light">
          {t('simulated')}
        </Alert>
      )}
      <Funnel funnel={d.funnel} />
      <NetworkSitesMap dashboard={d} />
      <WatchLists dashboard={d} />
      <IndicatorSeries
        dashboard={d}
        granularity={granularity}
        onGranularity={(g) => {
          const next = new URLSearchParams(params);
          if (g === 'year') next.set('pas', 'annee');
          else next.delete('pas');
          setParams(next, { replace: true });
        }}
      />
      <CompareSites dashboard={d} />
      <Dictionary dashboard={d} />
      {d.settings.canEdit && <UploadValues modelId={d.model.id} />}
      <SettingsForm key={d.settings.version} modelId={d.model.id} settings={d.settings} />
    </Stack>
  );
}

export function Component() {
  const { t } = useTranslation('indicators');
  const me = useMe();
  const models = useMyModels(Boolean(me.data));
  const [params, setParams] = useSearchParams();
  const modelId = params.get('modele') ?? models.data?.[0]?.id ?? null;
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <Text size="lg" mb="md" maw="48rem">
        {t('intro')}
      </Text>
      {me.isPending ? (
        <PageLoader />
      ) : !me.data ? (
        <Text>
          <Anchor component={Link} to={paths.account.signIn.getHref()}>
            {t('signIn')}
          </Anchor>
        </Text>
      ) : models.isPending ? (
        <PageLoader />
      ) : (models.data?.length ?? 0) === 0 ? (
        <Text>{t('noModels')}</Text>
      ) : (
        <>
          <NativeSelect
            label={t('chooseModel')}
            value={modelId ?? ''}
            onChange={(e) => setParams({ modele: e.currentTarget.value })}
            data={(models.data ?? []).map((m) => ({ value: m.id, label: m.title }))}
            maw={420}
            mb="lg"
          />
          {modelId && <NetworkDashboard key={modelId} modelId={modelId} />}
        </>
      )}
    </>
  );
}
