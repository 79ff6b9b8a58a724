import { Alert } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { useMethodIndex } from '../../method/api/get-method-index.ts';
import type { MethodIndex } from '../../method/api/types.ts';
import { GlossaryProvider } from '../../method/components/glossary-context.tsx';
import { diagnosticQueryOptions } from '../api/get-diagnostic.ts';
import { useInstrument } from '../api/get-instrument.ts';
import type { Diagnostic, Instrument } from '../api/types.ts';

/**
 * Loads what a diagnostic page needs: the diagnostic (always fresh when the page opens, so that answers given by
 * others since are there), its instrument version, and the method (titles of strategies and vigilance points,
 * sources, glossary). Renders its children once everything is there, inside the glossary.
 */
export function DiagnosticData({
  id,
  children,
}: {
  id: string;
  children: (data: {
    diagnostic: Diagnostic;
    instrument: Instrument;
    method: MethodIndex | undefined;
  }) => ReactNode;
}) {
  const { t } = useTranslation('diagnostics');
  const diagnostic = useQuery({ ...diagnosticQueryOptions(id), refetchOnMount: 'always' });
  const instrument = useInstrument(diagnostic.data?.instrumentId, diagnostic.data?.instrumentVersion);
  const method = useMethodIndex();
  // Wait for the fresh copy once; later updates (saves) come from the page itself.
  const loaded = useRef(false);
  if (diagnostic.isSuccess && !diagnostic.isFetching) loaded.current = true;

  if (diagnostic.error || instrument.error) {
    return (
      <>
        <PageTitle>{t('title')}</PageTitle>
        <Alert color="red" variant="light" role="alert">
          {diagnostic.error && 'status' in diagnostic.error && diagnostic.error.status === 404
            ? t('notFound')
            : (diagnostic.error ?? instrument.error)?.message}
        </Alert>
      </>
    );
  }
  if (!loaded.current || !diagnostic.data || !instrument.data || method.isPending) return <PageLoader />;
  return (
    <GlossaryProvider glossary={method.data?.glossary}>
      {children({ diagnostic: diagnostic.data, instrument: instrument.data, method: method.data })}
    </GlossaryProvider>
  );
}
