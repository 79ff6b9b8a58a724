import { defineConfig } from 'vitest/config';

// Two projects: the pure core (with content files and the web app's static checks in tests/web) runs anywhere; the server project talks to a real database
// (SQLite by default, PostgreSQL when ESSAIM_TEST_DB=postgres), each test file on its own database.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          include: ['src/core/**/*.test.ts', 'content/**/*.test.ts', 'tests/web/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'server',
          include: [
            'src/server/**/*.test.ts',
            'src/db/**/*.test.ts',
            'src/documents/**/*.test.ts',
            'src/cli/**/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
