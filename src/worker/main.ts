/**
 * `npm run worker [-- --once]`: polls the feeds named in ONRECORD_FEEDS every ONRECORD_FEED_INTERVAL and
 * ingests each new item once. Composition only: config -> core -> feed worker. SIGINT/SIGTERM finish the item
 * in progress, save the state and close the index.
 */
import { pino } from 'pino';
import { openOnRecord, storeOptions } from '../bootstrap.js';
import { loadCoreConfig, processEnv } from '../config/index.js';
import { parseIngestConfig } from '../config/ingest.js';
import { describeError } from '../core/errors.js';
import type { ProcessState } from '../process/health.js';
import { announceReady, maybeHealthServer } from '../process/lifecycle.js';
import { createFeedWorker } from './worker.js';

async function main(argv: string[]): Promise<number> {
  const env = processEnv();
  const core = loadCoreConfig(env);
  const ingest = parseIngestConfig(env);
  const logger = pino({ name: 'onrecord-worker', level: core.LOG_LEVEL });
  const unknown = argv.filter((a) => a !== '--once');
  if (unknown.length > 0) {
    process.stderr.write(`onrecord worker: unknown argument ${unknown[0]} (usage: worker [--once])\n`);
    return 2;
  }
  if (ingest.feeds.length === 0) {
    process.stderr.write('onrecord worker: no feeds configured; set ONRECORD_FEEDS to feed URLs (see docs/INGESTION.md)\n');
    return 2;
  }
  const { core: onrecord } = await openOnRecord({ ...storeOptions(core), env, urlIngest: 'thread' });
  const stop = new AbortController();
  const onSignal = (sig: string): void => {
    logger.info({ signal: sig }, 'stopping after the current item');
    stop.abort();
  };
  process.once('SIGINT', () => onSignal('SIGINT'));
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  logger.info({ feeds: ingest.feeds.length, intervalMs: ingest.pollIntervalMs, state: ingest.stateFile }, 'worker started');
  const health: ProcessState = { mode: 'worker', phase: 'starting' };
  const healthServer = await maybeHealthServer(health, { ...(core.HEALTH_PORT !== undefined ? { port: core.HEALTH_PORT } : {}), host: core.HEALTH_HOST }, logger);
  stop.signal.addEventListener('abort', () => (health.phase = 'stopping'));
  announceReady(health, logger);
  try {
    await createFeedWorker({ core: onrecord, config: ingest, logger }).run(stop.signal, { once: argv.includes('--once') });
  } finally {
    await healthServer.close();
    await onrecord.close();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`onrecord worker: ${describeError(err)}\n`);
    process.exitCode = 1;
  },
);
