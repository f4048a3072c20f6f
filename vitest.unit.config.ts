import { defineConfig } from 'vitest/config';

/**
 * The fast tier for the inner loop (`npm run test:unit`): the core, the config, the adapters end to end against
 * their in-process stand-ins (real Bolt and discord.js clients), on SQLite only. Left out: the PostgreSQL tests
 * (no cluster is started: the PostgreSQL global setup is not loaded, and tests that ask for `pgUrl` get '' and
 * skip that store), tests that start a process (the apps, the worker, the CLI contract), and the scale test.
 * `npm test` runs everything, this tier included.
 */
export const SLOW_OR_POSTGRES = [
  'tests/store/postgres.test.ts',
  'tests/store/postgres-only.test.ts',
  'tests/store/sqlite-scale.test.ts',
  'tests/e2e/slack/tenancy-postgres.test.ts',
  'tests/e2e/slack/main.test.ts',
  'tests/e2e/slack/startup.test.ts',
  'tests/e2e/slack/shutdown.test.ts',
  'tests/e2e/discord/shutdown.test.ts',
  'tests/e2e/discord/startup.test.ts',
  'tests/e2e/discord/startup-errors.test.ts',
  'tests/worker/main.test.ts',
  // The CLI's contract tests run `onrecord` as a process per case (tsx start-up each time).
  'tests/cli/cli.test.ts',
  'tests/cli/ingest-url.test.ts',
];

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...SLOW_OR_POSTGRES],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    provide: { pgUrl: '' },
  },
});
