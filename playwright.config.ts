import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// Browser journeys against the real server (`npm run build` first): Debian's Chromium, no browser download,
// one worker, and a fresh data directory for every run so no state leaks between runs.
const port = 3111;
const baseURL = `http://127.0.0.1:${port}`;
// Computed once in the runner process; workers inherit it through the environment (their pid differs).
process.env.ESSAIM_E2E_DATA_DIR ??= path.join(os.tmpdir(), `essaim-e2e-${process.pid}`);
const dataDir = process.env.ESSAIM_E2E_DATA_DIR;

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  globalTeardown: './tests/e2e/global-teardown.ts',
  // Two shared cores: axe-core runs take seconds each.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL,
    locale: 'fr-FR',
    // Modals and menus open without their fade (the theme respects this setting), so axe-core never measures a
    // colour half-way through a transition.
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node dist/cli/main.js serve',
    url: `${baseURL}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    // The server logs every request; keep only its errors in the test output.
    stdout: 'ignore',
    stderr: 'pipe',
    env: { PORT: String(port), HOST: '127.0.0.1', ESSAIM_DATA_DIR: dataDir, PUBLIC_URL: baseURL },
  },
});
