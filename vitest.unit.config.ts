import { defineConfig } from 'vitest/config';

/**
 * The fast tier for the inner loop (`npm run test:unit`): the core, the config, the adapters end to end against
 * their in-process stand-ins (real Bolt and discord.js clients), on SQLite only. Left out: the PostgreSQL tests
 * (no cluster is started: the PostgreSQL global setup is not loaded, and tests that ask for `pgUrl` get '' and
 * skip that store), tests that start a process or a thread (the apps, the worker, the CLI, URL ingest threads),
 * the scale test and the slow whole-path property checks.
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
  'tests/cli/hostile.test.ts',
  // `extract` over many files on a second thread (a thread's start-up each).
  'tests/cli/extract-pool.test.ts',
  // Whole-path checks that are slow by nature: the ReDoS proof of every question-path regex (recheck's automaton
  // check, about 45 s), 1 MB extraction properties, and URL ingests in worker threads (a thread's start-up each).
  'tests/property/questions.test.ts',
  'tests/property/extraction.test.ts',
  'tests/ingest-worker/runner.test.ts',
  'tests/ingest-worker/documents.test.ts',
  'tests/e2e/slack/ingest-thread.test.ts',
  'tests/e2e/discord/ingest-thread.test.ts',
];

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...SLOW_OR_POSTGRES],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    provide: { pgUrl: '' },
    // Threads sharing loaded modules (no isolation per file): the SDKs and the core load once per worker, which
    // is most of this tier's time (107 s -> 21 s on the 2-core machine). Tests must not rely on fresh module state;
    // `npm test` runs every file isolated, so a test that does still fails there.
    pool: 'threads',
    isolate: false,
  },
});
