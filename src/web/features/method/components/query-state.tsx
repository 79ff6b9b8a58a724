import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';

/** Loader while a query is pending, its error as an alert when it failed, the content otherwise. */
export function QueryState<T>({
  query,
  children,
  errorTitle,
}: {
  query: { isPending: boolean; error: Error | null; data: T | undefined };
  /** The page's heading when the query failed, for pages whose heading comes from the data. */
  errorTitle?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <PageLoader />;
  if (query.error || query.data === undefined) {
    return (
      <>
        {errorTitle ? <PageTitle>{errorTitle}</PageTitle> : null}
        <Alert color="red" variant="light" role="alert">
          {query.error?.message}
        </Alert>
      </>
    );
  }
  return <>{children(query.data)}</>;
}
