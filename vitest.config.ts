import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Starts a throw-away PostgreSQL (or uses DATABASE_URL_TEST) for the PostgreSQL store tests.
    globalSetup: ['tests/setup/postgres.ts'],
  },
});
