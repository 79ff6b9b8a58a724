import { Box, Container } from '@mantine/core';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { SiteFooter } from './site-footer.tsx';
import { SiteHeader } from './site-header.tsx';
import { mainContentId, SkipLink } from './skip-link.tsx';

/** Skip link, header, main landmark, footer: the frame of every page. */
export function AppLayout() {
  const navigation = useNavigation();
  return (
    <Box style={{ display: 'flex', flexDirection: 'column', minHeight: '100vh' }}>
      <SkipLink />
      <SiteHeader />
      <Box
        component="main"
        id={mainContentId}
        tabIndex={-1}
        aria-busy={navigation.state === 'loading'}
        style={{ flex: 1, outline: 'none' }}
      >
        <Container size="lg" py="xl">
          <Outlet />
        </Container>
      </Box>
      <SiteFooter />
      <ScrollRestoration />
    </Box>
  );
}
