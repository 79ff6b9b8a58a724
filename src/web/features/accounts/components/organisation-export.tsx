import '../i18n-runtime.ts';
import { Alert, Anchor, Button, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportOrganisation, type OrganisationArchive } from '../api/export-organisation.ts';
import type { Organisation } from '../api/types.ts';

type State =
  | { step: 'idle' }
  | { step: 'running'; fraction: number | null }
  | { step: 'done'; archive: OrganisationArchive; url: string }
  | { step: 'failed'; message: string };

/** « Exporter toutes les données »: the owner downloads the organisation's whole archive, with its progress. */
export function OrganisationExport({ organisation }: { organisation: Organisation }) {
  const { t, i18n } = useTranslation('accounts');
  const [state, setState] = useState<State>({ step: 'idle' });
  const url = state.step === 'done' ? state.url : null;
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  const size = new Intl.NumberFormat(i18n.resolvedLanguage, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  });

  const start = async () => {
    setState({ step: 'running', fraction: null });
    try {
      const archive = await exportOrganisation(organisation.id, (fraction) =>
        setState({ step: 'running', fraction }),
      );
      const href = URL.createObjectURL(archive.blob);
      setState({ step: 'done', archive, url: href });
      const link = document.createElement('a');
      link.href = href;
      link.download = archive.name;
      link.click();
    } catch (error) {
      setState({ step: 'failed', message: (error as Error).message });
    }
  };

  return (
    <Stack gap="sm" align="flex-start">
      <Text>{t('organisationExport.intro')}</Text>
      <Text>{t('organisationExport.use')}</Text>
      <Button onClick={() => void start()} loading={state.step === 'running'}>
        {t('organisationExport.submit')}
      </Button>
      <div role="status" aria-live="polite" style={{ width: '100%' }}>
        {state.step === 'running' ? (
          <Stack gap={4}>
            <Text size="sm">{t('organisationExport.progress')}</Text>
            <Progress
              value={Math.round((state.fraction ?? 0) * 100)}
              animated={state.fraction === null}
              aria-label={t('organisationExport.progressLabel')}
            />
          </Stack>
        ) : null}
        {state.step === 'done' ? (
          <Text>
            {t('organisationExport.ready', { size: size.format(state.archive.blob.size / 1_000_000) })}{' '}
            <Anchor href={state.url} download={state.archive.name}>
              {t('organisationExport.download', { name: state.archive.name })}
            </Anchor>
          </Text>
        ) : null}
      </div>
      {state.step === 'failed' ? (
        <Alert color="red" variant="light" role="alert">
          {t('organisationExport.failed', { message: state.message })}
        </Alert>
      ) : null}
    </Stack>
  );
}
