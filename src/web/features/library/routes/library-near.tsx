import '../i18n-runtime.ts';
import { Alert, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { useLibraryNear } from '../api/get-library-near.ts';
import { LibraryNav } from '../components/library-nav.tsx';
import { TerritoryPicker } from '../components/territory-picker-single.tsx';

// The results (cards, the comparison table) are needed once a commune is chosen: a first visit opens the page with
// an empty field and does not download them. With a commune in the address they are fetched alongside its answer.
const loadResults = () => import('../components/near-results.tsx');
const NearResults = lazy(loadResults);

export function Component() {
  const { t } = useTranslation('library');
  const [params, setParams] = useSearchParams();
  const commune = params.get('commune');
  const near = useLibraryNear(commune);
  useEffect(() => {
    if (commune) void loadResults();
  }, [commune]);

  return (
    <>
      <PageTitle>{t('near.title')}</PageTitle>
      <Text size="lg" mb="md" maw="48rem">
        {t('near.intro')}
      </Text>
      <LibraryNav />
      <Stack maw="32rem" mb="lg">
        <TerritoryPicker
          key={near.data?.commune.code ?? 'none'}
          label={t('near.commune')}
          description={t('near.communeHint')}
          types={['commune']}
          defaultValue={near.data?.commune.name}
          onPick={(territory) => setParams({ commune: territory.code })}
        />
      </Stack>
      <div role="status" aria-live="polite">
        {near.isSuccess && (
          <Text fw={600}>
            {near.data.commune.name} · {near.data.departement.name} · {near.data.region.name}
          </Text>
        )}
      </div>
      {near.isError && (
        <Alert color="red" variant="outline" role="alert">
          {near.error.message}
        </Alert>
      )}
      {near.isSuccess && (
        <Suspense fallback={<Text mt="xl">{t('near.loading')}</Text>}>
          <NearResults data={near.data} />
        </Suspense>
      )}
    </>
  );
}
