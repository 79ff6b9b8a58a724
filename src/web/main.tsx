import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/field-borders.css';
import './i18n/i18n.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from './app/provider.tsx';
import { AppRouter, routerReady } from './app/router.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

const render = () =>
  createRoot(container).render(
    <StrictMode>
      <AppProvider>
        <AppRouter />
      </AppProvider>
    </StrictMode>,
  );

// The first render waits for the page's module and data (already on their way: the server's HTML preloads them), so
// React renders the page once, in one go, rather than a loader first and then the page as a transition that yields
// every few milliseconds (about 0.2 s of a page's paint on a slow phone). Not for long: past a second, say a slow
// API, it renders at once and the router shows its loader until the page is ready.
const patience = new Promise<void>((resolve) => setTimeout(resolve, 1000));
void Promise.race([routerReady, patience]).then(render);
