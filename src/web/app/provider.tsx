import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { NotificationsOnDemand } from '../components/feedback/notifications-on-demand.tsx';
import { i18n } from '../i18n/i18n.ts';
import { queryClient } from '../lib/query-client.ts';
import { cssVariablesResolver, theme } from './theme.ts';

/** Everything the pages rely on: theme, translations, server state. The router sits inside. */
export function AppProvider({ children }: { children: ReactNode }) {
  return (
    // Only the light scheme has had its contrast checked; dark mode would need its own palette review.
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <NotificationsOnDemand />
          {children}
        </QueryClientProvider>
      </I18nextProvider>
    </MantineProvider>
  );
}
