#!/usr/bin/env node
import fs from 'node:fs';
import { pino } from 'pino';
import { openOnRecord } from '../../bootstrap.js';
import { loadCoreConfig, processEnv, type Env } from '../../config/index.js';
import { parseSlackConfig } from '../../config/slack.js';
import { parseTenants } from '../../config/tenancy.js';
import { describeError, isOnRecordError } from '../../core/errors.js';
import { createSlackApp } from './app.js';

/**
 * `npm run slack`: the composition root. Configuration is read and checked once (a clear line for anything
 * missing), then config -> store -> core -> Slack app. SIGINT/SIGTERM stop it cleanly.
 */
async function main(env: Env): Promise<void> {
  const core = loadCoreConfig(env);
  const slack = parseSlackConfig(env);
  const tenants = parseTenants(readTenants(env.ONRECORD_TENANTS), core.DEFAULT_COLLECTION);
  const logger = pino({ level: core.LOG_LEVEL, base: { app: 'onrecord-slack' } });
  const { core: onRecord } = await openOnRecord({ dataDir: core.DATA_DIR, ...(core.DATABASE_URL ? { databaseUrl: core.DATABASE_URL } : {}), env });
  const app = createSlackApp({ ...slack, tenants, defaultCollection: core.DEFAULT_COLLECTION }, onRecord, logger);
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
  await app.start();
}

/** ONRECORD_TENANTS holds JSON inline, or the path of a JSON file. */
function readTenants(value: string | undefined): string | undefined {
  if (!value || value.trim().startsWith('{')) return value;
  try {
    return fs.readFileSync(value.trim(), 'utf8');
  } catch (err) {
    throw new Error(`ONRECORD_TENANTS: cannot read ${value.trim()}: ${describeError(err)}`);
  }
}

main(processEnv()).catch((err: unknown) => {
  // Configuration and token problems get one line; anything else keeps its stack for the report.
  if (isOnRecordError(err) || (err instanceof Error && /ONRECORD_TENANTS|invalid_auth|not_authed|token/i.test(err.message))) {
    process.stderr.write(`onrecord-slack: ${describeError(err)}\n`);
    process.exit(2);
  }
  process.stderr.write(`onrecord-slack: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
