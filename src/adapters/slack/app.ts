import { App } from '@slack/bolt';
import type { Logger } from 'pino';
import type { OnRecord } from '../../core/api.js';
import { describeError } from '../../core/errors.js';
import type { SlackConfig } from '../../config/slack.js';
import type { TenantMap } from '../../config/tenancy.js';
import { boltLogger } from './bolt-logger.js';
import { SeenSet } from './dedupe.js';
import { GuardedHttpReceiver } from './guarded-receiver.js';
import { registerButtons } from './handlers/buttons.js';
import { registerCommand } from './handlers/command.js';
import { registerMessages } from './handlers/messages.js';
import { AddPermission } from './permissions.js';
import type { SlackDeps } from './service.js';

type BoltApp = App;

/** Everything the app needs, already parsed and typed (no environment reading below `main.ts`). */
export interface SlackAppOptions extends SlackConfig {
  /** Which collections each workspace reads and writes (`ONRECORD_TENANTS`). */
  tenants: TenantMap;
  defaultCollection: string;
  /** Deadline for adding one link (default 60 s); tests shorten it. */
  ingestTimeoutMs?: number;
  /** Web API retries on failure; the SDK's default (about 30 minutes of retries) when absent. Tests use 0. */
  apiRetries?: number;
}

/** A built app: the Bolt `App` itself, and how to start and stop it. */
export interface SlackApp {
  readonly app: BoltApp;
  /** Verifies the bot token (`auth.test`), then listens (HTTP) or connects (Socket Mode). */
  start(): Promise<{ mode: 'http' | 'socket'; port?: number }>;
  stop(): Promise<void>;
}

/**
 * Builds the Slack app over the core: `/quote`, mentions, DMs, buttons and auto-ingest, on either transport.
 * One event path (Bolt's `processEvent`) serves both, so HTTP and Socket Mode behave the same.
 */
export function createSlackApp(options: SlackAppOptions, core: OnRecord, logger: Logger): SlackApp {
  const log = logger.child({ adapter: 'slack' });
  const clientOptions = {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    ...(options.apiRetries !== undefined ? { retryConfig: { retries: options.apiRetries } } : {}),
  };
  const common = {
    token: options.botToken,
    logger: boltLogger(log),
    clientOptions,
    // auth.test runs in start(), so a bad token is one clear error there rather than a stray rejection.
    deferInitialization: true,
  };
  const t = options.transport;
  // HTTP mode: our receiver screens each request (signature headers, clock, size, body shape) before Bolt's.
  const receiver = t.kind === 'http' ? new GuardedHttpReceiver({ signingSecret: t.signingSecret, logger: common.logger }) : undefined;
  const app: BoltApp =
    t.kind === 'socket'
      ? // The app's clientOptions (slackApiUrl included) reach the Socket Mode client's apps.connections.open.
        new App({ ...common, socketMode: true, appToken: t.appToken })
      : new App({ ...common, receiver });

  const deps: SlackDeps = {
    core,
    logger: log,
    command: options.command,
    pageSize: options.pageSize,
    answerTimeoutMs: options.answerTimeoutMs,
    ingestTimeoutMs: options.ingestTimeoutMs ?? 60_000,
    autoIngestChannels: new Set(options.autoIngestChannels),
    tenants: options.tenants,
    defaultCollection: options.defaultCollection,
    seen: new SeenSet(),
    permission: new AddPermission({ users: options.addUsers, usergroups: options.addUsergroups }),
  };
  registerCommand(app, deps);
  registerMessages(app, deps);
  registerButtons(app, deps);
  // The last resort: handlers catch their own failures, so anything here is a bug worth a log line.
  app.error(async (err) => {
    log.error({ kind: 'bolt', error: describeError(err), code: (err as { code?: string }).code }, 'slack app error');
  });

  let started = false;
  return {
    app,
    async start() {
      await app.init();
      if (t.kind === 'socket') {
        await app.start();
        started = true;
        log.info({ mode: 'socket' }, 'slack app connected (Socket Mode)');
        return { mode: 'socket' };
      }
      await receiver!.start(t.port, options.host);
      started = true;
      const bound = receiver!.address();
      const port = bound?.port ?? t.port;
      log.info({ mode: 'http', host: bound?.address, port }, 'slack app listening (HTTP, POST /slack/events)');
      return { mode: 'http', port };
    },
    async stop() {
      if (!started) return;
      started = false;
      await app.stop();
    },
  };
}
