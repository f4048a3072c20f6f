import { Client, Events, GatewayIntentBits, type ClientOptions, type Interaction, type Message } from 'discord.js';
import type { Logger } from 'pino';
import type { OnRecord } from '../../core/api.js';
import { DEFAULT_CITATION_TEMPLATE, parseCitationTemplate, type CitationTemplate, type ExpiringState } from '../../core/index.js';
import { OnRecordError } from '../../core/errors.js';
import type { DiscordConfig } from '../../config/discord.js';
import type { TenantMap } from '../../config/tenancy.js';
import { handleButton } from './buttons-handler.js';
import { isCorrectionModal, submitCorrection } from './corrections-handler.js';
import { handleAutocomplete, handleCommand, type Outcome } from './commands-handler.js';
import { guildTenants, logError, refusal, type BotContext } from './context.js';
import { renderDiscordNotice } from './render.js';
import { QuestionMemory } from './memory.js';
import { ShownMemory } from './shown.js';
import { handleMessage } from './messages-handler.js';
import { handleVerifyMessage } from './verify-handler.js';
import { InFlight } from '../../process/inflight.js';
import type { FollowLoop } from '../../process/follow-loop.js';
import { startDiscordFollows, type FollowDeliveryOptions } from './follow-delivery.js';

/** What the bot is built from: the core, its typed configuration and the tenancy map. */
export interface DiscordBotDeps {
  core: OnRecord;
  config: DiscordConfig;
  logger: Logger;
  tenants: TenantMap;
  defaultCollection: string;
  /** Results per page (default 3). */
  pageSize?: number;
  /** Extra discord.js client options (tests shorten timeouts). */
  clientOptions?: Partial<ClientOptions>;
  /** Answers in flight, counted so a shutdown can wait for them (a private counter when absent). */
  inflight?: InFlight;
  /** Where button state is kept so buttons outlive a restart (the store); process memory only when absent. */
  sharedState?: ExpiringState;
  /** The newsroom's citation format (`CITATION_TEMPLATE`, checked at start); the default format when absent. */
  citationTemplate?: CitationTemplate;
  /** Follow delivery (default: every 30 s, one digest per channel a minute). */
  follows?: FollowDeliveryOptions;
}

/** A running (or ready to start) bot. */
export interface DiscordBot {
  client: Client;
  /** Logs in and resolves once the gateway session is ready. */
  start(): Promise<void>;
  /** Stops taking new interactions and messages (a graceful stop's first step); the session stays up for replies. */
  stopIntake(): void;
  /** Answers in flight. */
  readonly inflight: InFlight;
  /** Disconnects; the core is the caller's to close. */
  stop(): Promise<void>;
  /** The follow delivery loop (started once the session is ready); `runNow()` delivers at once. */
  readonly follows: FollowLoop;
}

/**
 * Intents: guilds (channels, threads) and guild messages, whose content Discord shares only for messages
 * that mention the bot. Auto-ingest reads every message of its channels, so it alone asks for the
 * privileged MessageContent intent (enable it in the Developer Portal first).
 */
export function intentsFor(config: DiscordConfig): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (config.autoIngestChannels.length) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

/** Wires the core into a discord.js client: slash commands, autocomplete, buttons, mentions, auto-ingest. */
export function createDiscordBot(deps: DiscordBotDeps): DiscordBot {
  const { config, logger } = deps;
  const ctx: BotContext = {
    core: deps.core,
    config,
    logger,
    memory: new QuestionMemory(undefined, undefined, undefined, deps.sharedState, (err) => logger.warn({ event: 'button_state', ...logError(err) }, 'button state not kept in the store')),
    shown: new ShownMemory(deps.sharedState, (err) => logger.warn({ event: 'button_state', ...logError(err) }, 'shown quotes not kept in the store')),
    citation: deps.citationTemplate ?? parseCitationTemplate(DEFAULT_CITATION_TEMPLATE),
    tenantFor: guildTenants(deps.tenants, deps.defaultCollection),
    pageSize: deps.pageSize ?? 3,
    workTimeoutMs: 5 * 60 * 1000,
  };
  const client = new Client({
    intents: intentsFor(config),
    ...deps.clientOptions,
    // A few quick retries, 10 s per request: an unreachable Discord fails a reply or the start within seconds.
    rest: { retries: 2, timeout: 10_000, ...(config.apiUrl ? { api: config.apiUrl } : {}), ...deps.clientOptions?.rest },
    // Second lock after every payload's own allowedMentions: nothing the bot sends can ping.
    allowedMentions: { parse: [], repliedUser: false },
    // A question whose message was deleted meanwhile is still answered in the channel.
    failIfNotExists: false,
  });

  const inflight = deps.inflight ?? new InFlight();
  let intake = true;
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (intake) void inflight.run(() => onInteraction(ctx, interaction));
    else logger.info({ event: 'interaction', id: interaction.id, outcome: 'stopping' }, 'ignored: the bot is stopping');
  });
  client.on(Events.MessageCreate, (message: Message) => {
    if (intake) void inflight.run(() => onMessage(ctx, message, client));
  });
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ event: 'gateway_disconnect', shard, code: event.code }, 'gateway closed for good'));
  client.on(Events.ShardReconnecting, (shard) => logger.warn({ event: 'gateway_reconnecting', shard }, 'gateway connection lost; reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ event: 'gateway_resumed', shard, replayed }, 'gateway session resumed'));
  client.on(Events.ShardReady, (shard) => logger.info({ event: 'gateway_ready', shard }, 'gateway session ready'));
  client.on(Events.ShardError, (err, shard) => logger.error({ event: 'gateway_error', shard, err: err.message }, 'gateway error'));
  client.on(Events.Error, (err) => logger.error({ event: 'client_error', err: err.message }, 'discord client error'));

  const follows = startDiscordFollows({
    client,
    core: deps.core,
    tenants: deps.tenants,
    defaultCollection: deps.defaultCollection,
    log: logger,
    intervalMs: deps.follows?.intervalMs ?? 30_000,
    channelGapMs: deps.follows?.channelGapMs ?? 60_000,
  });

  return {
    client,
    inflight,
    follows,
    stopIntake() {
      intake = false;
    },
    async start() {
      // Ready, or a close Discord will not let the client recover from (bad token, intents not enabled).
      const ready = new Promise<void>((resolve, reject) => {
        client.once(Events.ClientReady, () => resolve());
        client.once(Events.ShardDisconnect, (event) => reject(new OnRecordError('CONFIG_INVALID', closeReason(event.code, config))));
      });
      await Promise.all([client.login(config.token), ready]).catch(async (err: unknown) => {
        await client.destroy();
        throw err;
      });
      logger.info({ event: 'ready', user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord bot ready');
      follows.start();
    },
    async stop() {
      await follows.stop();
      await client.destroy();
    },
  };
}

/** One log line per interaction, with its latency and how it ended. */
async function onInteraction(ctx: BotContext, i: Interaction): Promise<void> {
  const started = performance.now();
  const base = { event: 'interaction', id: i.id, guild: i.guildId, channel: i.channelId, user: i.user.id };
  let name = 'other';
  try {
    let out: Outcome | undefined;
    if (i.isChatInputCommand()) {
      name = `/${i.commandName}`;
      out = await handleCommand(ctx, i);
    } else if (i.isAutocomplete()) {
      name = `/${i.commandName}:autocomplete`;
      out = await handleAutocomplete(ctx, i);
    } else if (i.isMessageContextMenuCommand()) {
      name = `menu:${i.commandName}`;
      out = await handleVerifyMessage(ctx, i);
    } else if (i.isButton()) {
      name = `button:${i.customId.split('|')[1] ?? '?'}`;
      out = await handleButton(ctx, i);
    } else if (i.isModalSubmit() && isCorrectionModal(i.customId)) {
      name = 'modal:correct';
      const tenant = ctx.tenantFor(i.guildId);
      if (tenant) out = await submitCorrection(ctx, i, tenant);
      else {
        await i.reply(renderDiscordNotice(refusal(i.guildId), { private: true, error: true }) as never);
        out = { deferred: false, outcome: 'refused_tenant' };
      }
    }
    ctx.logger.info({ ...base, name, ...out, latencyMs: Math.round(performance.now() - started) }, 'discord interaction');
  } catch (err) {
    ctx.logger.error({ ...base, name, outcome: 'error', ...logError(err), latencyMs: Math.round(performance.now() - started) }, 'discord interaction failed');
  }
}

async function onMessage(ctx: BotContext, m: Message, client: Client): Promise<void> {
  if (!client.user) return;
  const started = performance.now();
  try {
    const out = await handleMessage(ctx, m, client.user.id);
    if (out) {
      ctx.logger.info(
        { event: 'interaction', name: 'message', id: m.id, guild: m.guildId, channel: m.channelId, user: m.author.id, ...out, latencyMs: Math.round(performance.now() - started) },
        'discord interaction',
      );
    }
  } catch (err) {
    ctx.logger.error(
      { event: 'interaction', name: 'message', id: m.id, guild: m.guildId, outcome: 'error', ...logError(err), latencyMs: Math.round(performance.now() - started) },
      'discord interaction failed',
    );
  }
}

/** What an unrecoverable gateway close means for the operator. */
export function closeReason(code: number, config: DiscordConfig): string {
  switch (code) {
    case 4004:
      return 'Discord refused DISCORD_TOKEN (authentication failed): copy a fresh token from Developer Portal > Bot > Reset Token';
    case 4014:
      return config.autoIngestChannels.length
        ? 'Discord refused the Message Content intent that DISCORD_AUTO_INGEST_CHANNELS needs: enable it in Developer Portal > Bot > Privileged Gateway Intents, or unset DISCORD_AUTO_INGEST_CHANNELS'
        : 'Discord refused the requested gateway intents (close code 4014)';
    default:
      return `the Discord gateway closed the connection for good (close code ${code})`;
  }
}
