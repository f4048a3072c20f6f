import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { createDiscordBot, type DiscordBot } from '../../../../src/adapters/discord/bot.js';
import { parseDiscordConfig } from '../../../../src/config/discord.js';
import { parseTenants } from '../../../../src/config/tenancy.js';
import type { OnRecord } from '../../../../src/core/api.js';
import { createFetchPolicy, safeFetch } from '../../../../src/io/fetch/index.js';
import { createOnRecord, type CitationTemplate, type UrlPreparer } from '../../../../src/core/index.js';
import type { QuoteStore } from '../../../../src/core/store/port.js';
import { SqliteQuoteStore } from '../../../../src/core/store/sqlite/store.js';
import { ARTICLES } from './articles.js';
import { GatewayStandIn } from './gateway.js';
import { WORLD, apiMember, apiUser, interactionBase, snowflake } from './ids.js';
import { RestStandIn, type RestCall } from './rest.js';

export interface WorldOptions {
  /** Extra articles (besides the fixtures and the seed), each `{ source, content, collection? }`. */
  articles?: { source: string; content: string; collection?: string }[];
  /** Extra Discord environment variables (DISCORD_ADD_ROLES, DISCORD_AUTO_INGEST_CHANNELS...). */
  env?: Record<string, string>;
  /** ONRECORD_TENANTS JSON. */
  tenants?: string;
  /** Wraps the real core (e.g. to make it slow); the wrapped core still answers everything. */
  wrapCore?: (core: OnRecord) => OnRecord;
  /** Intent bits the gateway refuses with close code 4014 (privileged intents not enabled in the portal). */
  refuseIntents?: number;
  /** Where URL ingests run (the bots' worker threads); in this thread when absent. */
  prepareUrl?: UrlPreparer;
  /** Another store than SQLite in the temp folder (PostgreSQL): opened and `init()`ed, with its clean-up. */
  openStore?: () => Promise<{ store: QuoteStore; dispose(): Promise<void> }>;
  /** Results per page (the bot's default is 3). */
  pageSize?: number;
  /** The citation format (CITATION_TEMPLATE, parsed); the default when absent. */
  citationTemplate?: CitationTemplate;
  /** Follow delivery timing (default: the bot's, every 30 s). */
  follows?: { intervalMs: number; channelGapMs: number };
}

const SEED = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../../data/articles/syria-nusra.txt');

/**
 * One offline Discord world: the real core over a fresh SQLite index in a temp folder (fixtures + seed),
 * the real discord.js client of the bot, and local REST and gateway stand-ins on loopback.
 */
export class World {
  rest = new RestStandIn();
  gateway = new GatewayStandIn();
  logs: any[] = [];
  bot!: DiscordBot;
  core!: OnRecord;
  dir = '';
  #dispose?: () => Promise<void>;
  /** Interaction id by token, to find an interaction's log line. */
  ids = new Map<string, string>();

  static async start(options: WorldOptions = {}): Promise<World> {
    const w = new World();
    if (options.refuseIntents) w.gateway.refuseIntents = options.refuseIntents;
    try {
      await w.#start(options);
    } catch (err) {
      await w.close();
      throw err;
    }
    return w;
  }

  async #start(o: WorldOptions): Promise<void> {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-discord-'));
    let store: QuoteStore;
    if (o.openStore) {
      const opened = await o.openStore();
      store = opened.store;
      this.#dispose = opened.dispose;
    } else {
      store = new SqliteQuoteStore({ dir: this.dir });
      await store.init();
    }
    // Pages are served from loopback in tests: the allow-list is the documented switch for that.
    const policy = createFetchPolicy({ allow: ['127.0.0.1'], timeoutMs: 5000 });
    const real = createOnRecord({ store, fetchPage: (url, signal) => safeFetch(url, policy, signal), ...(o.prepareUrl ? { prepareUrl: o.prepareUrl } : {}) });
    await real.ingestDocument({ source: SEED, content: fs.readFileSync(SEED, 'utf8') });
    for (const a of ARTICLES) await real.ingestDocument(a);
    for (const a of o.articles ?? []) await real.ingestDocument({ source: a.source, content: a.content }, a.collection ? { collection: a.collection } : {});
    this.core = o.wrapCore ? o.wrapCore(real) : real;

    const apiUrl = await this.rest.listen();
    this.rest.gatewayUrl = await this.gateway.listen();
    const config = parseDiscordConfig({
      DISCORD_TOKEN: WORLD.token,
      DISCORD_APPLICATION_ID: WORLD.applicationId,
      DISCORD_API_URL: apiUrl,
      ...o.env,
    });
    const sink = new Writable({
      write: (chunk, _enc, cb) => {
        for (const line of String(chunk).split('\n')) if (line.trim()) this.logs.push(JSON.parse(line));
        cb();
      },
    });
    // As npm run discord does: button state in the store, so buttons outlive a restart.
    this.#makeBot = (shared) =>
      createDiscordBot({
        core: this.core,
        config,
        logger: pino({ level: 'info' }, sink),
        tenants: parseTenants(o.tenants, 'default'),
        defaultCollection: 'default',
        ...(shared ? { sharedState: store } : {}),
        ...(o.pageSize ? { pageSize: o.pageSize } : {}),
        ...(o.citationTemplate ? { citationTemplate: o.citationTemplate } : {}),
        ...(o.follows ? { follows: o.follows } : {}),
      });
    this.bot = this.#makeBot(true);
    await this.bot.start();
  }

  #makeBot!: (shared: boolean) => DiscordBot;

  /**
   * A restart of the bot process: the client disconnects and a new bot (fresh process memory) logs in over the
   * same store. `withoutStore` builds it with memory-only button state, as before the store kept it.
   */
  async restartBot(options: { withoutStore?: boolean } = {}): Promise<void> {
    await this.bot.stop();
    const identifies = this.gateway.identifies;
    this.bot = this.#makeBot(!options.withoutStore);
    await this.bot.start();
    await this.gateway.until(() => this.gateway.identifies > identifies);
  }

  async close(): Promise<void> {
    await this.bot?.stop().catch(() => undefined);
    // An outside store's clean-up closes it (and drops its data); otherwise the core closes SQLite.
    if (this.#dispose) await this.#dispose().catch(() => undefined);
    else await this.core?.close().catch(() => undefined);
    await this.gateway.close().catch(() => undefined);
    await this.rest.close().catch(() => undefined);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  /** Dispatches a slash command; returns the interaction token to find its responses by. */
  slash(name: string, options: { name: string; type: number; value: unknown; focused?: boolean }[] = [], as: { user?: string; roles?: string[]; guild?: string; type?: number } = {}): string {
    const token = `tok${snowflake()}`;
    this.gateway.dispatch('INTERACTION_CREATE', {
      ...this.#interactionBase(token, as),
      type: as.type ?? 2,
      data: { id: snowflake(), name, type: 1, options, guild_id: as.guild ?? WORLD.guildId },
    });
    return token;
  }

  /** Dispatches a button click on `message` (a message object the stand-in recorded). */
  click(customId: string, message: any, as: { user?: string; guild?: string; permissions?: string } = {}): string {
    const token = `tok${snowflake()}`;
    this.gateway.dispatch('INTERACTION_CREATE', {
      ...this.#interactionBase(token, as),
      type: 3,
      data: { custom_id: customId, component_type: 2 },
      message,
    });
    return token;
  }

  /** Posts a user message in a channel or thread; returns its id. */
  post(content: string, as: { user?: string; channel?: string; mentionsBot?: boolean; roles?: string[] } = {}): string {
    const id = snowflake();
    const user = as.user ?? WORLD.alice;
    this.gateway.dispatch('MESSAGE_CREATE', {
      id,
      channel_id: as.channel ?? WORLD.channelId,
      guild_id: WORLD.guildId,
      author: apiUser(user, user === WORLD.alice ? 'alice' : 'bob'),
      member: { ...apiMember(user, 'alice', as.roles ?? []), user: undefined },
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: as.mentionsBot === false ? [] : content.includes(`<@${WORLD.botId}>`) ? [apiUser(WORLD.botId, 'OnRecord', true)] : [],
      mention_roles: [...content.matchAll(/<@&(\d+)>/g)].map((m) => m[1]),
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      flags: 0,
      components: [],
    });
    return id;
  }

  /** The first response (callback) to the interaction with `token`. */
  callback(token: string): Promise<RestCall> {
    return this.rest.waitFor((c) => c.path.includes(`/${token}/callback`), 15_000, `the callback of ${token}`);
  }

  /** The edit of the deferred response of `token`. */
  edit(token: string): Promise<RestCall> {
    return this.rest.waitFor((c) => c.method === 'PATCH' && c.path.includes(`/webhooks/${WORLD.applicationId}/${token}/messages/@original`), 15_000, `the edit of ${token}`);
  }

  /** The `n`th follow-up message (a POST to the interaction's webhook) of the interaction with `token`. */
  followUp(token: string, n = 1): Promise<RestCall> {
    const mine = (c: RestCall) => c.method === 'POST' && c.path === `/webhooks/${WORLD.applicationId}/${token}`;
    return this.rest.waitFor((c) => mine(c) && this.rest.calls.filter(mine).indexOf(c) === n - 1, 15_000, `follow-up #${n} of ${token}`);
  }

  /** The log line of the interaction with the given id or name, once written. */
  async logFor(pred: (l: any) => boolean): Promise<any> {
    for (let i = 0; i < 300; i++) {
      const line = this.logs.find(pred);
      if (line) return line;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('no such log line');
  }

  /** Dispatches a modal's submission (text inputs by custom id); returns the interaction token. */
  submitModal(customId: string, fields: Record<string, string>, as: { user?: string; guild?: string; permissions?: string } = {}): string {
    const token = `tok${snowflake()}`;
    this.gateway.dispatch('INTERACTION_CREATE', {
      ...this.#interactionBase(token, as),
      type: 5,
      data: { custom_id: customId, components: Object.entries(fields).map(([id, value]) => ({ type: 1, components: [{ type: 4, custom_id: id, value }] })) },
    });
    return token;
  }

  #interactionBase(token: string, as: { user?: string; roles?: string[]; guild?: string; permissions?: string }) {
    const id = snowflake();
    this.ids.set(token, id);
    return interactionBase(token, as, id);
  }
}

/** The rendered message of a callback: `data` of types 4 and 7. */
export function messageOf(call: RestCall): any {
  return call.body?.data ?? call.body;
}
