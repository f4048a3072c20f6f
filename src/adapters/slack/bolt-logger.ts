import type { Logger as PinoLogger } from 'pino';
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';

/**
 * Bolt's Logger interface over pino, so the SDK's own messages land in the same structured log. Bolt logs
 * chatty details at debug; they stay at debug here.
 */
export function boltLogger(pino: PinoLogger): BoltLogger {
  let log = pino.child({ from: 'bolt' });
  const fmt = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : safeJson(m))).join(' ');
  return {
    debug: (...msg) => log.debug(fmt(msg)),
    info: (...msg) => log.info(fmt(msg)),
    warn: (...msg) => log.warn(fmt(msg)),
    error: (...msg) => log.error(fmt(msg)),
    setLevel: () => {
      // The level is pino's, set once from LOG_LEVEL; Bolt's own setting is ignored on purpose.
    },
    getLevel: () => {
      const l = log.level;
      return l === 'debug' || l === 'trace' ? LogLevel.DEBUG : l === 'info' ? LogLevel.INFO : l === 'warn' ? LogLevel.WARN : LogLevel.ERROR;
    },
    setName: (name: string) => {
      log = pino.child({ from: name });
    },
  };
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}
