import type { TestProject } from 'vitest/node';
import { findPostgresBin, startCluster } from './cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection string of the test database, or '' when PostgreSQL is unavailable outside CI. */
    pgUrl: string;
  }
}

/**
 * Vitest global setup: gives the PostgreSQL tests a real database. `DATABASE_URL_TEST` wins; otherwise a
 * throw-away cluster is started from the installed binaries and removed at teardown. Without PostgreSQL,
 * CI fails here (its tests must never be skipped silently) and a developer's run skips them with a warning.
 */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const given = process.env.DATABASE_URL_TEST;
  if (given) {
    project.provide('pgUrl', given);
    return undefined;
  }
  const bin = findPostgresBin();
  if (!bin) {
    const why = 'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb) and DATABASE_URL_TEST is not set';
    if (process.env.CI) throw new Error(`${why}: the PostgreSQL tests must run in CI. Run scripts/pg-install.sh first.`);
    console.warn(`\n[onrecord] WARNING: ${why}; the PostgreSQL store tests are SKIPPED. Install it with scripts/pg-install.sh.\n`);
    project.provide('pgUrl', '');
    return undefined;
  }
  const cluster = await startCluster(bin);
  // A test run killed by Ctrl-C still stops its server.
  const onExit = () => cluster.stop();
  process.once('exit', onExit);
  project.provide('pgUrl', cluster.url);
  return () => {
    process.off('exit', onExit);
    cluster.stop();
  };
}
