import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client.ts';

/** The one query client; route loaders import it to prefetch with `queryClient.ensureQueryData(...)`. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx will not change by retrying; network failures and 5xx get one more try.
      retry: (failureCount, error) =>
        failureCount < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});
