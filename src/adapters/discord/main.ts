#!/usr/bin/env node
import { pino } from 'pino';
import { answerOptions, openOnRecord, storeOptions } from '../../bootstrap.js';
import { parseDiscordConfig } from '../../config/discord.js';
import { loadCitationTemplate } from '../../config/citation.js';
import { loadCoreConfig, processEnv, type Env } from '../../config/index.js';
import { loadTenants } from '../../config/tenancy.js';
import { describeError } from '../../core/errors.js';
import type { ProcessState } from '../../process/health.js';
import { announceReady, maybeHealthServer, stopOnSignals } from '../../process/lifecycle.js';
import { createDiscordBot } from './bot.js';
import { discordStartupFailure } from './startup-error.js';

/**
 * `npm run discord`: the composition root. Configuration is read and checked once (a clear line for anything
 * missing), then config -> store -> core -> bot. Writes a `ready` line once the gateway session is up;
 * SIGINT/SIGTERM stop intake, let answers in flight finish (SHUTDOWN_GRACE_MS), disconnect and close the store.
 */
async function main(env: Env): Promise<void> {
  const coreConfig = loadCoreConfig(env);
  const config = parseDiscordConfig(env);
  const citationTemplate = loadCitationTemplate(env);
  apiUrl = config.apiUrl;
  const tenants = loadTenants(env, coreConfig.DEFAULT_COLLECTION);
  const logger = pino({ level: coreConfig.LOG_LEVEL, base: { app: 'onrecord-discord' } });
  // The embedded default answers from data/articles out of the box, like the CLI; a shared store is fed by ingests.
  const { core, store } = await openOnRecord({ ...storeOptions(coreConfig), ...answerOptions(coreConfig), env, urlIngest: 'thread', prepare: true, warn: (line) => logger.warn(line) });
  const state: ProcessState = { mode: 'discord', phase: 'starting' };
  // Button state lives in the store, so buttons keep working after a restart.
  const bot = createDiscordBot({ core, config, logger, tenants, defaultCollection: coreConfig.DEFAULT_COLLECTION, sharedState: store, citationTemplate, follows: { intervalMs: coreConfig.ONRECORD_FOLLOW_INTERVAL_MS, channelGapMs: coreConfig.ONRECORD_FOLLOW_CHANNEL_GAP_MS } });
  const health = await maybeHealthServer(state, { ...(coreConfig.HEALTH_PORT !== undefined ? { port: coreConfig.HEALTH_PORT } : {}), host: coreConfig.HEALTH_HOST }, logger);
  stopOnSignals({
    state,
    inflight: bot.inflight,
    logger,
    graceMs: coreConfig.SHUTDOWN_GRACE_MS,
    // The gateway session stays up while answers finish: their replies go through the interaction webhooks.
    stopIntake: async () => bot.stopIntake(),
    close: async () => {
      await bot.stop().catch((err: unknown) => logger.warn({ err: describeError(err) }, 'disconnecting failed'));
      await health.close();
      await core.close();
    },
  });
  try {
    await bot.start();
    announceReady(state, logger, { user: bot.client.user?.tag });
  } catch (err) {
    await health.close();
    await core.close().catch(() => undefined);
    throw err;
  }
}

let apiUrl: string | undefined;

// processEnv() reads .env too, so it runs inside the promise: a bad ONRECORD_ENV_FILE is one line as well.
Promise.resolve()
  .then(() => main(processEnv()))
  .catch((err: unknown) => {
    // Configuration, token and reachability problems get one line; anything else keeps its stack for the report.
    const failure = discordStartupFailure(err, apiUrl);
    if (failure) {
      process.stderr.write(`onrecord-discord: ${failure.line}\n`);
      process.exit(failure.exitCode);
    }
    process.stderr.write(`onrecord-discord: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
