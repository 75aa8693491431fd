import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts so unit tests do not load the PWA build plugins.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
        },
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
      },
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          exclude: ['tests/integration/postgres/**'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The store and sync suites again on PostgreSQL (a fresh database per file, from PG_TEST_URL; see
        // tests/helpers/test-database.ts), plus what only PostgreSQL has: concurrent writers, several
        // server instances. Suites about the SQLite file, the process or static files run once, above.
        test: {
          name: 'integration-pg',
          environment: 'node',
          include: [
            'tests/integration/postgres/**/*.test.ts',
            'tests/integration/sync/**/*.test.ts',
            'tests/integration/sync-client/**/*.test.ts',
            'tests/integration/server/app.test.ts',
            'tests/integration/server/store/migrations.test.ts',
            'tests/integration/server/store/reusable-query.test.ts',
          ],
          env: { TEST_DATABASE: 'postgres' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Chromium instances are heavy on 2 cores: one e2e file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
