#!/usr/bin/env node
import { pino } from 'pino';
import { answerOptions, openOnRecord, storeOptions } from '../../bootstrap.js';
import { parseDiscordConfig } from '../../config/discord.js';
import { loadCoreConfig, processEnv, type Env } from '../../config/index.js';
import { loadTenants } from '../../config/tenancy.js';
import { describeError, isOnRecordError } from '../../core/errors.js';
import { createDiscordBot } from './bot.js';

/**
 * `npm run discord`: the composition root. Configuration is read and checked once (a clear line for anything
 * missing), then config -> store -> core -> bot. SIGINT/SIGTERM disconnect cleanly.
 */
async function main(env: Env): Promise<void> {
  const coreConfig = loadCoreConfig(env);
  const config = parseDiscordConfig(env);
  const tenants = loadTenants(env, coreConfig.DEFAULT_COLLECTION);
  const logger = pino({ level: coreConfig.LOG_LEVEL, base: { app: 'onrecord-discord' } });
  // The embedded default answers from data/articles out of the box, like the CLI; a shared store is fed by ingests.
  const { core } = await openOnRecord({ ...storeOptions(coreConfig), ...answerOptions(coreConfig), env, urlIngest: 'thread', prepare: true, warn: (line) => logger.warn(line) });
  const bot = createDiscordBot({ core, config, logger, tenants, defaultCollection: coreConfig.DEFAULT_COLLECTION });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'discord bot stopping');
    await bot.stop().catch((err: unknown) => logger.warn({ err: describeError(err) }, 'disconnecting failed'));
    await core.close().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  try {
    await bot.start();
  } catch (err) {
    await core.close().catch(() => undefined);
    throw err;
  }
}

main(processEnv()).catch((err: unknown) => {
  // Configuration and token problems get one line; anything else keeps its stack for the report.
  const tokenProblem = err instanceof Error && ('code' in err ? err.code === 'TokenInvalid' : false);
  if (isOnRecordError(err) || tokenProblem || (err instanceof Error && /401|Unauthorized/i.test(err.message))) {
    process.stderr.write(`onrecord-discord: ${tokenProblem || /401/.test(describeError(err)) ? 'Discord refused DISCORD_TOKEN: check the bot token' : describeError(err)}\n`);
    process.exit(2);
  }
  process.stderr.write(`onrecord-discord: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
