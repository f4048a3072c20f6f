#!/usr/bin/env node
import { pino } from 'pino';
import { answerOptions, openOnRecord, storeOptions } from '../../bootstrap.js';
import { loadCoreConfig, processEnv, type Env } from '../../config/index.js';
import { parseSlackConfig } from '../../config/slack.js';
import { loadTenants } from '../../config/tenancy.js';
import { describeError, isOnRecordError } from '../../core/errors.js';
import { createSlackApp } from './app.js';

/**
 * `npm run slack`: the composition root. Configuration is read and checked once (a clear line for anything
 * missing), then config -> store -> core -> Slack app. SIGINT/SIGTERM stop it cleanly.
 */
async function main(env: Env): Promise<void> {
  const coreConfig = loadCoreConfig(env);
  const slack = parseSlackConfig(env);
  const tenants = loadTenants(env, coreConfig.DEFAULT_COLLECTION);
  const logger = pino({ level: coreConfig.LOG_LEVEL, base: { app: 'onrecord-slack' } });
  // The embedded default answers from data/articles out of the box, like the CLI; a shared store is fed by ingests.
  const { core: onRecord } = await openOnRecord({ ...storeOptions(coreConfig), ...answerOptions(coreConfig), env, urlIngest: 'thread', prepare: true, warn: (line) => logger.warn(line) });
  const app = createSlackApp({ ...slack, tenants, defaultCollection: coreConfig.DEFAULT_COLLECTION }, onRecord, logger);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'slack app stopping');
    await app.stop().catch((err: unknown) => logger.warn({ error: describeError(err) }, 'stopping the Slack app failed'));
    await onRecord.close().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  try {
    await app.start();
  } catch (err) {
    await onRecord.close().catch(() => undefined);
    throw err;
  }
}

main(processEnv()).catch((err: unknown) => {
  // Configuration and token problems get one line; anything else keeps its stack for the report.
  const slackError = /\b(invalid_auth|not_authed|account_inactive|token_revoked|token_expired|not_allowed_token_type)\b/.exec(describeError(err))?.[1];
  if (isOnRecordError(err) || slackError) {
    process.stderr.write(`onrecord-slack: ${slackError ? `Slack refused the token (${slackError}): check SLACK_BOT_TOKEN, and SLACK_APP_TOKEN in Socket Mode` : describeError(err)}\n`);
    process.exit(2);
  }
  process.stderr.write(`onrecord-slack: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
