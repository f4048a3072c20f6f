import { App, type CustomRoute } from '@slack/bolt';
import type { Logger } from 'pino';
import type { OnRecord } from '../../core/api.js';
import { DEFAULT_CITATION_TEMPLATE, parseCitationTemplate, type CitationTemplate, type ExpiringState } from '../../core/index.js';
import { describeError } from '../../core/errors.js';
import type { SlackConfig } from '../../config/slack.js';
import type { TenantMap } from '../../config/tenancy.js';
import { boltLogger } from './bolt-logger.js';
import { DeliveryDedupe } from './dedupe.js';
import { GuardedHttpReceiver } from './guarded-receiver.js';
import { registerButtons } from './handlers/buttons.js';
import { startSlackFollows, type FollowDeliveryOptions } from './follow-delivery.js';
import type { FollowLoop } from '../../process/follow-loop.js';
import { registerCommand } from './handlers/command.js';
import { registerMessages } from './handlers/messages.js';
import { registerVerifyShortcut } from './handlers/verify.js';
import { SealedInstallationStore } from './installations.js';
import { INSTALL_PATH, oauthAppOptions, registerUninstall } from './oauth.js';
import { AddPermission, EditorPermission } from './permissions.js';
import { registerCorrections } from './handlers/corrections.js';
import type { SlackDeps } from './service.js';
import { InFlight } from '../../process/inflight.js';
import { serveHealth, type ProcessState } from '../../process/health.js';

type BoltApp = App;

/** Everything the app needs, already parsed and typed (no environment reading below `main.ts`). */
export interface SlackAppOptions extends SlackConfig {
  /** Which collections each workspace reads and writes (`ONRECORD_TENANTS`). */
  tenants: TenantMap;
  defaultCollection: string;
  /** Deadline for adding one link (default 60 s); tests shorten it. */
  ingestTimeoutMs?: number;
  /** HTTP mode: the interface to listen on (all interfaces when absent). */
  host?: string;
  /** Answers in flight, counted so a shutdown can wait for them (a private counter when absent). */
  inflight?: InFlight;
  /** The process's phase for `/healthz` in HTTP mode (always "ready" once started when absent). */
  state?: ProcessState;
  /** The store's shared state: retried deliveries are answered once across replicas (process memory when absent). */
  sharedState?: ExpiringState;
  /** The newsroom's citation format (`CITATION_TEMPLATE`, checked at start); the default format when absent. */
  citationTemplate?: CitationTemplate;
  /** Web API retries on failure (default 2: a call fails within seconds, not the SDK's 30 minutes). Tests use 0. */
  apiRetries?: number;
  /** Follow delivery (default: every 30 s, one digest per channel a minute). */
  follows?: FollowDeliveryOptions;
}

/** A built app: the Bolt `App` itself, and how to start and stop it. */
export interface SlackApp {
  readonly app: BoltApp;
  /** Verifies the bot token (`auth.test`; OAuth mode has none), then listens (HTTP) or connects (Socket Mode). */
  start(): Promise<{ mode: 'http' | 'socket'; port?: number }>;
  stop(): Promise<void>;
  /** Answers in flight. */
  readonly inflight: InFlight;
  /** The follow delivery loop (started with the app); `runNow()` delivers at once. */
  readonly follows: FollowLoop;
}

/**
 * Builds the Slack app over the core: `/quote`, mentions, DMs, buttons and auto-ingest, on either transport.
 * One event path (Bolt's `processEvent`) serves both, so HTTP and Socket Mode behave the same.
 */
export function createSlackApp(options: SlackAppOptions, core: OnRecord, logger: Logger): SlackApp {
  const log = logger.child({ adapter: 'slack' });
  const clientOptions = {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    ...webApiPolicy(options.apiRetries),
  };
  const common = {
    token: options.botToken,
    logger: boltLogger(log),
    clientOptions,
    // auth.test runs in start(), so a bad token is one clear error there rather than a stray rejection.
    deferInitialization: true,
  };
  const t = options.transport;
  const installations = installationsOf(options);
  const oauthApp = installations && options.oauth ? oauthAppOptions(options.oauth, installations, { autoIngest: options.autoIngestChannels.length > 0, ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}) }) : {};
  const inflight = options.inflight ?? new InFlight();
  const state: ProcessState = options.state ?? { mode: `slack-${t.kind}`, phase: 'starting' };
  // HTTP mode: our receiver screens each request (signature headers, clock, size, body shape) before Bolt's;
  // /healthz and the OAuth install pages are Bolt's own routes inside it.
  const receiver =
    t.kind === 'http'
      ? new GuardedHttpReceiver({ signingSecret: t.signingSecret, logger: common.logger, bolt: { customRoutes: [healthRoute(state)], ...oauthApp } })
      : undefined;
  const app: BoltApp =
    t.kind === 'socket'
      ? // The app's clientOptions (slackApiUrl included) reach the Socket Mode client's apps.connections.open.
        new App({ ...common, socketMode: true, appToken: t.appToken })
      : new App({ ...common, receiver });
  // Every request's handling (after its ack too) is counted, so a graceful stop waits for answers in flight.
  app.use(async ({ next }) => inflight.run(next));

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
    seen: new DeliveryDedupe(options.sharedState, (err) => log.warn({ kind: 'dedupe', error: describeError(err) }, 'delivery dedupe: the store could not be reached')),
    permission: new AddPermission({ users: options.addUsers, usergroups: options.addUsergroups }),
    citation: options.citationTemplate ?? parseCitationTemplate(DEFAULT_CITATION_TEMPLATE),
    editors: new EditorPermission(options.editorUsergroups ?? []),
  };
  registerCommand(app, deps);
  registerMessages(app, deps);
  registerButtons(app, deps);
  registerVerifyShortcut(app, deps);
  registerCorrections(app, deps);
  if (installations) registerUninstall(app, installations, log);
  // The last resort: handlers catch their own failures, so anything here is a bug worth a log line.
  app.error(async (err) => {
    log.error({ kind: 'bolt', error: describeError(err), code: (err as { code?: string }).code }, 'slack app error');
  });

  const follows = startSlackFollows({
    app,
    core,
    tenants: options.tenants,
    defaultCollection: options.defaultCollection,
    ...(options.botToken ? { botToken: options.botToken } : {}),
    ...(installations ? { installations } : {}),
    log,
    intervalMs: options.follows?.intervalMs ?? 30_000,
    channelGapMs: options.follows?.channelGapMs ?? 60_000,
  });

  let started = false;
  return {
    app,
    inflight,
    follows,
    async start() {
      await app.init();
      follows.start();
      if (t.kind === 'socket') {
        await app.start();
        started = true;
        if (!options.state) state.phase = 'ready';
        log.info({ mode: 'socket' }, 'slack app connected (Socket Mode)');
        return { mode: 'socket' };
      }
      await receiver!.start(t.port, options.host);
      started = true;
      if (!options.state) state.phase = 'ready';
      const bound = receiver!.address();
      const port = bound?.port ?? t.port;
      log.info({ mode: 'http', host: bound?.address, port, oauth: Boolean(options.oauth) }, `slack app listening (HTTP, POST /slack/events${options.oauth ? `, GET ${INSTALL_PATH}` : ''})`);
      return { mode: 'http', port };
    },
    async stop() {
      await follows.stop();
      if (!started) return;
      started = false;
      await app.stop();
    },
  };
}

/**
 * The Web API client's retry policy: a few quick retries (1 s, then 2 s) within 8 s, and 10 s per request, so
 * an unreachable Slack fails an answer or the start within seconds. The SDK's default retries for ~30 minutes.
 */
export function webApiPolicy(retries = 2): { retryConfig: { retries: number; factor: number; minTimeout: number; maxTimeout: number; maxRetryTime: number }; timeout: number } {
  return { retryConfig: { retries, factor: 2, minTimeout: 1000, maxTimeout: 2000, maxRetryTime: 8000 }, timeout: 10_000 };
}

/** GET /healthz beside /slack/events (HTTP mode): a load balancer's probe, 503 while starting or stopping. */
function healthRoute(state: ProcessState): CustomRoute {
  return { path: '/healthz', method: ['GET', 'HEAD'], handler: (req, res) => void serveHealth(state, req, res) };
}

/** OAuth mode (several workspaces): the installations, kept encrypted in the shared store. */
function installationsOf(options: SlackAppOptions): SealedInstallationStore | undefined {
  if (!options.oauth) return undefined;
  if (!options.sharedState) throw new Error('Slack OAuth needs the store to keep installations in (sharedState)');
  return new SealedInstallationStore(options.sharedState, options.oauth.tokenKey);
}
