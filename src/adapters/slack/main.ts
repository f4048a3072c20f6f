#!/usr/bin/env node
import { pino } from 'pino';
import { answerOptions, openOnRecord, storeOptions } from '../../bootstrap.js';
import { loadCoreConfig, processEnv, type Env } from '../../config/index.js';
import { parseSlackConfig } from '../../config/slack.js';
import { loadCitationTemplate } from '../../config/citation.js';
import { loadTenants } from '../../config/tenancy.js';
import type { ProcessState } from '../../process/health.js';
import { InFlight } from '../../process/inflight.js';
import { announceReady, maybeHealthServer, stopOnSignals } from '../../process/lifecycle.js';
import { createSlackApp } from './app.js';
import { slackStartupFailure } from './startup-error.js';

/**
 * `npm run slack`: the composition root. Configuration is read and checked once (a clear line for anything
 * missing), then config -> store -> core -> Slack app. Writes a `ready` line once it takes work; SIGINT/SIGTERM
 * stop intake, let answers in flight finish (SHUTDOWN_GRACE_MS) and close the store.
 */
async function main(env: Env): Promise<void> {
  const coreConfig = loadCoreConfig(env);
  const slack = parseSlackConfig(env);
  const citationTemplate = loadCitationTemplate(env);
  apiUrl = slack.apiUrl;
  const tenants = loadTenants(env, coreConfig.DEFAULT_COLLECTION);
  const logger = pino({ level: coreConfig.LOG_LEVEL, base: { app: 'onrecord-slack' } });
  // The embedded default answers from data/articles out of the box, like the CLI; a shared store is fed by ingests.
  const { core: onRecord, store } = await openOnRecord({ ...storeOptions(coreConfig), ...answerOptions(coreConfig), env, urlIngest: 'thread', prepare: true, warn: (line) => logger.warn(line) });
  if (slack.autoIngestChannels.length) {
    logger.info({ channels: slack.autoIngestChannels.length }, 'channel auto-ingest is on: the app needs the scopes of slack/manifest.auto-ingest.yml (channels:history, groups:history, reactions:write)');
  }
  const state: ProcessState = { mode: `slack-${slack.transport.kind}`, phase: 'starting' };
  const inflight = new InFlight();
  const app = createSlackApp({ ...slack, tenants, defaultCollection: coreConfig.DEFAULT_COLLECTION, state, inflight, sharedState: store, citationTemplate, follows: { intervalMs: coreConfig.ONRECORD_FOLLOW_INTERVAL_MS, channelGapMs: coreConfig.ONRECORD_FOLLOW_CHANNEL_GAP_MS } }, onRecord, logger);
  let health: { close(): Promise<void> } | undefined;
  stopOnSignals({
    state,
    inflight,
    logger,
    graceMs: coreConfig.SHUTDOWN_GRACE_MS,
    stopIntake: () => app.stop(),
    close: async () => {
      await health?.close();
      await onRecord.close();
    },
  });
  try {
    const started = await app.start();
    // HTTP mode answers /healthz on PORT itself; Socket Mode has no listener, so HEALTH_PORT gives it one.
    health = await maybeHealthServer(state, { ...(coreConfig.HEALTH_PORT !== undefined ? { port: coreConfig.HEALTH_PORT } : {}), host: coreConfig.HEALTH_HOST }, logger);
    announceReady(state, logger, started.port !== undefined ? { port: started.port } : {});
  } catch (err) {
    await app.stop().catch(() => undefined);
    await onRecord.close().catch(() => undefined);
    throw err;
  }
}

let apiUrl: string | undefined;

// processEnv() reads .env too, so it runs inside the promise: a bad ONRECORD_ENV_FILE is one line as well.
Promise.resolve()
  .then(() => main(processEnv()))
  .catch((err: unknown) => {
    // Configuration, token and reachability problems get one line; anything else keeps its stack for the report.
    const failure = slackStartupFailure(err, apiUrl);
    if (failure) {
      process.stderr.write(`onrecord-slack: ${failure.line}\n`);
      process.exit(failure.exitCode);
    }
    process.stderr.write(`onrecord-slack: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
